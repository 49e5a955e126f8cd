package org.kizuna.metrics;

/** The catalogue's sections, in the order the catalogue lists them. */
public enum Family {
    VOICE("顧客の声", "Voice of the customer"),
    RETENTION("継続と解約", "Retention and churn"),
    REVENUE("収益と価値", "Revenue and value");

    private final String nameJa;
    private final String nameEn;

    Family(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }
}
