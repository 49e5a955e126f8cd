package org.kizuna.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ends a browser session whose account has since been disabled, deleted or given another role, so that an
 * admin's change takes effect at the account's next request rather than when its session runs out: the
 * account signs in again and gets its role as it is now. Requests signed by an API token are checked by the
 * token's lookup instead.
 */
@Configuration
class SignedInAccountCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final AccountStore accounts;

    SignedInAccountCheck(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(SecurityConfig.PUBLIC).excludePathPatterns("/logout");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null
                || authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || request.getHeader("Authorization") != null) {
            return true;
        }
        Optional<Account> account = accounts.find(authentication.getName());
        if (account.isPresent()
                && accounts.enabled(account.get().username())
                && authorities(authentication)
                        .equals(AccountUserDetails.authorities(account.get().role()).stream()
                                .map(GrantedAuthority::getAuthority)
                                .collect(Collectors.toSet()))) {
            return true;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "sign in again");
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
        return false;
    }

    /** The roles the session was granted (sign-in adds other authorities, such as how it was proven). */
    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
