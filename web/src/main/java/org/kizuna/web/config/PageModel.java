package org.kizuna.web.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's header needs: whether the account is an admin, and the link to the other language. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
    }

    /** This page in the other language: the same address and parameters, with {@code lang} switched. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(HttpServletRequest request, Locale locale) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", "ja".equals(locale.getLanguage()) ? "en" : "ja")
                .build()
                .toUriString();
    }
}
