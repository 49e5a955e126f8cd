package org.kizuna.metrics;

/** The catalogue's sections, in the order the catalogue lists them. */
public enum Family {
    VOICE("顧客の声", "Voice of the customer"),
    RETENTION("継続と解約", "Retention and churn"),
    REVENUE("収益と価値", "Revenue and value"),
    ENGAGEMENT("エンゲージメントと製品の採用", "Engagement and adoption"),
    SUPPORT("サポート・オンボーディング・教育", "Support, onboarding, education"),
    ADVOCACY("アドボカシー・コミュニティ・ソーシャル・ロイヤルティ", "Advocacy, community, social, loyalty");

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
