package org.kizuna.web.survey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.kizuna.metrics.Language;
import org.kizuna.store.survey.SurveyType;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a survey's recipient is spoken to in: the page is rendered in it (unless {@code ?lang=}
 * chooses), and the widget's texts are looked up in it.
 */
final class Speech {

    private Speech() {}

    static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    /**
     * Renders this request's page in the recipient's language, without remembering it for the browser
     * (the language cookie stays the signed-in user's). An explicit {@code ?lang=ja|en} wins.
     */
    static void renderIn(HttpServletRequest request, Language language) {
        String chosen = request.getParameter("lang");
        if (!"ja".equals(chosen) && !"en".equals(chosen)) {
            request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale(language));
        }
    }

    /** The scale's end labels of a survey type, lowest first. */
    static String[] ends(MessageSource messages, SurveyType type, Language language) {
        Locale locale = locale(language);
        String key = "answer.scale." + type.word();
        return new String[] {
            messages.getMessage(key + ".low", null, locale), messages.getMessage(key + ".high", null, locale)
        };
    }

    static String text(MessageSource messages, String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, locale(language));
    }
}
