package org.kizuna.generator;

/** The customers' industries, with how often each occurs and the words that their company names use. */
enum Industry {
    MANUFACTURING("manufacturing", 18, "製作所 工業 精機 電機 化学", "Manufacturing Industries Precision"),
    IT_SERVICES("it_services", 16, "テクノロジー システムズ ソリューションズ ソフト ラボ", "Technologies Systems Software"),
    RETAIL("retail", 12, "商事 ストア リテール 商店", "Retail Stores Trading"),
    LOGISTICS("logistics", 9, "物流 運輸 ロジスティクス 倉庫", "Logistics Freight Transport"),
    CONSTRUCTION("construction", 8, "建設 工務店 設計 ハウス", "Construction Builders Engineering"),
    FOOD("food", 8, "フーズ 食品 製菓 酒造", "Foods Kitchen Beverages"),
    HEALTHCARE("healthcare", 7, "メディカル 薬品 ヘルスケア ケアサービス", "Health Medical Care"),
    FINANCE("finance", 6, "ファイナンス リース 保険サービス キャピタル", "Finance Capital Insurance"),
    REAL_ESTATE("real_estate", 6, "不動産 エステート ハウジング 地所", "Properties Estates Realty"),
    EDUCATION("education", 5, "教育 スクール ラーニング 学院", "Learning Academy Education"),
    MEDIA("media", 5, "メディア 出版 広告 デザイン", "Media Publishing Studio");

    private static final Industry[] ALL = values();
    private static final double[] WEIGHTS = new double[ALL.length];

    static {
        for (int i = 0; i < ALL.length; i++) {
            WEIGHTS[i] = ALL[i].weight;
        }
    }

    private final String label;
    private final double weight;
    private final String[] japaneseWords;
    private final String[] englishWords;

    /** The name words are separated by spaces. */
    Industry(String label, double weight, String japaneseWords, String englishWords) {
        this.label = label;
        this.weight = weight;
        this.japaneseWords = japaneseWords.split(" ");
        this.englishWords = englishWords.split(" ");
    }

    String label() {
        return label;
    }

    String[] japaneseWords() {
        return japaneseWords;
    }

    String[] englishWords() {
        return englishWords;
    }

    static Industry draw(Draws draws) {
        return ALL[draws.weighted(WEIGHTS)];
    }
}
