package org.kizuna.metrics;

import java.util.Locale;

/** The languages Kizuna speaks. */
public enum Language {
    JA,
    EN;

    public static Language of(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language \"" + code + "\" is not ja or en");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
