package org.kizuna.web.account;

import java.util.List;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.kizuna.store.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The accounts of the workspace as Spring Security sees them. A role grants the roles below it too: an admin
 * is an analyst and a viewer, an analyst a viewer.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountStore accounts;

    AccountUserDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account =
                accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        // A disabled account is refused like a wrong password, without saying that it exists.
        return User.withUserDetails(user(account))
                .disabled(!accounts.enabled(username))
                .build();
    }

    static UserDetails user(Account account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities(account.role()))
                .build();
    }

    static List<GrantedAuthority> authorities(Role role) {
        return switch (role) {
            case ADMIN -> granted("ROLE_ADMIN", "ROLE_ANALYST", "ROLE_VIEWER");
            case ANALYST -> granted("ROLE_ANALYST", "ROLE_VIEWER");
            case VIEWER -> granted("ROLE_VIEWER");
        };
    }

    private static List<GrantedAuthority> granted(String... names) {
        return java.util.Arrays.stream(names)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
