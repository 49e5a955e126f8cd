package org.kizuna.web.data;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the limit ({@code spring.servlet.multipart.max-request-size}) is refused before any
 * controller sees it; this says so in the page's language, with status 413. It applies to every page, since
 * the refusal comes before the request reaches a controller.
 */
@ControllerAdvice
class UploadLimit {

    private final DataPage page;
    private final MessageSource messages;

    UploadLimit(DataPage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        String message = messages.getMessage("data.tooLarge", new Object[] {page.limitText()}, locale);
        if (request.getServletPath().startsWith("/data")) {
            model.addAttribute("isAdmin", DataPage.hasRole("ROLE_ADMIN"));
            return page.render(model, null, message, request.getHeader("HX-Request") != null, (CsrfToken)
                    request.getAttribute(CsrfToken.class.getName()));
        }
        model.addAttribute("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("error", "Payload Too Large");
        model.addAttribute("message", message);
        return "error";
    }
}
