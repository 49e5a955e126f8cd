package org.kizuna.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.kizuna.store.account.Account;
import org.kizuna.store.account.AccountStore;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries an API token as the token's account, for that request only (nothing
 * is kept in a session): {@code Authorization: Bearer <token>}, or HTTP Basic with the token as the username
 * and an empty password, as Segment's tracking libraries send their write key. A token that is unknown or
 * revoked, or Basic credentials of another shape, are refused with 401 at once, rather than falling back to
 * a browser session.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private static final String BASIC = "Basic ";

    private final AccountStore accounts;

    BearerTokenFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String token;
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            token = header.substring(PREFIX.length()).strip();
        } else if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            token = basicToken(header.substring(BASIC.length()).strip());
            if (token == null) {
                ApiResponses.write(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "HTTP Basic takes the API token as the username and an empty password");
                return;
            }
        } else {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.findByTokenHash(Credentials.hash(token));
        if (account.isEmpty()) {
            ApiResponses.write(
                    response, HttpServletResponse.SC_UNAUTHORIZED, "the API token is unknown or has been revoked");
            return;
        }
        UserDetails user = AccountUserDetails.user(account.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The token of Basic credentials {@code base64(token + ":")}, or null when they are not of that shape. */
    static String basicToken(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        String username = colon < 0 ? decoded : decoded.substring(0, colon);
        boolean emptyPassword = colon < 0 || colon == decoded.length() - 1;
        return emptyPassword && !username.isBlank() ? username.strip() : null;
    }
}
