package org.kizuna.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kizuna.store.account.AccountStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see what. Pages need a signed-in account (form sign-in with CSRF protection); the API takes a
 * bearer token or the browser's session and answers 401 in JSON rather than redirecting. Public: the sign-in
 * page, static files, {@code /health} and the survey pages under {@code /s/}. Viewers read; analysts also
 * import data, run surveys, ingest through the API and see the rows behind a figure (explain); admins also
 * manage accounts and settings under {@code /admin/}.
 */
@Configuration
class SecurityConfig {

    static final String[] PUBLIC = {
        "/login", "/health", "/s/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return Credentials.PASSWORDS;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountStore accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/explain/**", "/api/v1/ingest/**", "/api/v1/segment/**")
                        .hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/api/v1/surveys/**")
                        .hasRole("ANALYST")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                // A request signed by its token is no browser's, so no cross-site request can forge it; one
                // without a session has no sign-in to ride on, and is answered 401 rather than refused for CSRF.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getHeader("Authorization") != null || request.getRequestedSessionId() == null))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ApiResponses.write(
                                response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "sign in or send Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> ApiResponses.write(
                                response, HttpServletResponse.SC_FORBIDDEN, "your role does not allow this")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toSavedPage = new SavedRequestAwareAuthenticationSuccessHandler();
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        // Viewers read; importing data and running surveys is an analyst's work.
                        .requestMatchers(HttpMethod.POST, "/data/**", "/surveys/**")
                        .hasRole("ANALYST")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(key(request));
                            toSavedPage.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> {
                            throttle.failed(key(request));
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A survey link's signed token is what lets its recipient answer, so the public answer page
                // and the in-app widget (posting from the customer's own site) carry no CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/s/**"))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static String key(HttpServletRequest request) {
        return LoginThrottle.key(request.getParameter("username"), request.getRemoteAddr());
    }

    /** Refuses a sign-in with 429 while its username and address are locked, before the password is checked. */
    private static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod())
                    && "/login".equals(request.getServletPath())
                    && throttle.locked(key(request))) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(LoginThrottle.LOCK.toSeconds()));
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kizuna</title></head><body>"
                                + "<p>ログインの失敗が続いたため、1分間ログインできません。</p>"
                                + "<p>Too many failed sign-ins: try again in a minute.</p>"
                                + "<p><a href=\"login\">Sign in / ログイン</a></p></body></html>");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
