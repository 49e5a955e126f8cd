package org.kizuna.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.kizuna.store.Workspace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of pages: Japanese or English, chosen with {@code ?lang=ja|en} and remembered in a cookie;
 * without a choice, the workspace's language.
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {

    static final String COOKIE = "kizuna-lang";

    private final Workspace workspace;

    LanguageConfig(Workspace workspace) {
        this.workspace = workspace;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // The workspace's language as it is now: saved settings take effect without a restart.
        resolver.setDefaultLocaleFunction(
                request -> Locale.forLanguageTag(workspace.settings().language()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleResolver resolver = localeResolver();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if ("ja".equals(lang) || "en".equals(lang)) {
                    resolver.setLocale(request, response, Locale.forLanguageTag(lang));
                }
                return true;
            }
        });
    }
}
