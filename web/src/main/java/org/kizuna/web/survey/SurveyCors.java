package org.kizuna.web.survey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin access to the public survey routes under {@code /s/}, for the in-app widget running on a
 * customer's own site: any origin may read them and post answers as JSON, never with credentials (no
 * cookie is needed: the signed token is the capability). Preflight requests are answered here, before the
 * security filters, which have nothing to check on a preflight.
 */
@Configuration
class SurveyCors {

    static final String ALLOWED_METHODS = "GET, POST";
    static final String ALLOWED_HEADERS = "Content-Type";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> surveyCorsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/s/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader("Origin") == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "3600");
                response.setStatus(HttpServletResponse.SC_OK);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
