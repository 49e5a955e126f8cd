package org.kizuna.generator;

/**
 * Plausible, fictional customer company names: Japanese names built from a word and an industry word with a
 * legal form before or after (株式会社サクラ物流, 青葉テクノロジー合同会社), and English names with the legal form of
 * the customer's country. Names may repeat, as real registers of small companies do.
 */
final class CompanyNames {

    private static final String[] JAPANESE_WORDS = {
        "サクラ", "アオバ", "ミドリ", "ヒカリ", "ツバサ", "アサヒ", "ミナト", "ハルカ", "カエデ", "ソラ", "ホシノ", "ユウキ", "アカツキ", "イロハ", "ツムギ", "ミライ",
        "コスモ", "アルファ", "ノゾミ", "シラサギ", "ヤマト", "ワカバ", "スズラン", "ハヤテ", "青葉", "桜", "富士", "大和", "北斗", "東海", "瑞穂", "朝日", "若葉",
        "光", "葵", "旭", "白鷺", "松風", "紅葉", "常盤", "千代田", "浪速", "筑紫", "信濃", "出雲", "豊田", "日向", "天城", "春日", "三つ葉", "泉", "高砂",
        "緑川", "東雲"
    };

    private static final String[] ENGLISH_WORDS = {
        "Blue Harbor", "Summit", "Redwood", "Silver Oak", "Brightline", "Lakeside", "Crescent", "Evergreen",
        "Ironbridge", "Westfield", "Northgate", "Clearwater", "Maple Ridge", "Highland", "Riverstone", "Sunrise",
        "Keystone", "Bluebird", "Granite", "Harborview", "Pinecrest", "Oakmont", "Lighthouse", "Meridian"
    };

    private CompanyNames() {}

    static String japanese(Draws draws, Industry industry) {
        String core = draws.pick(JAPANESE_WORDS) + draws.pick(industry.japaneseWords());
        double form = draws.uniform();
        if (form < 0.58) {
            return "株式会社" + core;
        }
        if (form < 0.85) {
            return core + "株式会社";
        }
        if (form < 0.95) {
            return core + "合同会社";
        }
        return "有限会社" + core;
    }

    static String english(Draws draws, Industry industry, String country) {
        String legalForm = switch (country) {
            case "US" -> draws.chance(0.7) ? "Inc." : "LLC";
            case "GB" -> "Ltd";
            case "SG" -> "Pte. Ltd.";
            case "DE" -> "GmbH";
            case "NL" -> "B.V.";
            default -> "Japan K.K.";
        };
        return draws.pick(ENGLISH_WORDS) + " " + draws.pick(industry.englishWords()) + " " + legalForm;
    }
}
