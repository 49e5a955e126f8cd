package org.kizuna.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.kizuna.store.Workspace;
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
    private final Workspace workspace;

    /** What was read of an account, and the database's stamp before it was read. */
    private record Known(List<Object> stamp, Optional<Set<String>> roles) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    SignedInAccountCheck(AccountStore accounts, Workspace workspace) {
        this.accounts = accounts;
        this.workspace = workspace;
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
        Optional<Set<String>> roles = roles(authentication.getName());
        if (roles.isPresent() && authorities(authentication).equals(roles.get())) {
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

    /**
     * The roles an enabled account has now, or empty when it is disabled or gone; read again only when the
     * database has changed since it was last read, so that a page costs no query of its own.
     */
    private Optional<Set<String>> roles(String username) {
        List<Object> stamp = workspace.dataStamp();
        Known remembered = known.get(username);
        if (remembered != null && remembered.stamp().equals(stamp)) {
            return remembered.roles();
        }
        Optional<Account> account = accounts.find(username);
        Optional<Set<String>> roles = account.filter(found -> accounts.enabled(found.username()))
                .map(found -> AccountUserDetails.authorities(found.role()).stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet()));
        known.put(username, new Known(stamp, roles));
        return roles;
    }

    /** The roles the session was granted (sign-in adds other authorities, such as how it was proven). */
    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
