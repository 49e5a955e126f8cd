package org.kizuna.web.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The error page in the page's language: the status, its reason and what was wrong, never a stack trace. */
public final class ErrorPage {

    private ErrorPage() {}

    /** Sets the response's status and fills the {@code error} template's model; returns the template's name. */
    public static String show(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("error", status.getReasonPhrase());
        model.addAttribute("message", message);
        return "error";
    }
}
