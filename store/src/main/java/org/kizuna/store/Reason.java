package org.kizuna.store;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why some input cannot be used — a data file's row, a file, a setting — as a key of Kizuna's wording ({@code
 * reasons.properties} beside this class, and {@code reasons_ja.properties} in Japanese) with the values it
 * names, so that a page can say it in its reader's language. {@link #english()} is what the command line and the
 * API say.
 *
 * @param key the wording's key; {@link #TEXT} for words from elsewhere (a library's message), given as they are
 * @param args the values the wording names, as text
 */
public record Reason(String key, List<String> args) {

    /** The key of words that have no wording of their own: the only argument is the text itself. */
    public static final String TEXT = "text";

    private static final String BUNDLE = "org.kizuna.store.reasons";

    public Reason {
        args = List.copyOf(args);
    }

    /** The reason of a key with its values, each given as text. */
    public static Reason of(String key, Object... args) {
        return new Reason(
                key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Words from elsewhere, said as they are in every language. */
    public static Reason text(String text) {
        return new Reason(TEXT, List.of(text));
    }

    /** In English, as the command line and the API say it. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** In the language of the locale when there is wording in it, otherwise in English. */
    public String in(Locale locale) {
        if (key.equals(TEXT)) {
            return args.get(0);
        }
        ResourceBundle wording = ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(locale.getLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = wording.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("there is no wording for " + key, e);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }
}
