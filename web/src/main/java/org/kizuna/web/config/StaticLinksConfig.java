package org.kizuna.web.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as they are. Spring would otherwise pass every link a page writes through the
 * static-resource chain, looking each one up in the jar (the static files are served from {@code /**}), to
 * rewrite it to a versioned address that Kizuna does not use; under load that lookup was a fifth of the
 * server's work. WebJars are still found without their version when they are asked for.
 */
@Configuration
class StaticLinksConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
