package org.kizuna.generator;

import java.util.Map;

/**
 * The free text of the demo data: survey comments per topic and social posts, in Japanese and English, each bank
 * holding one sentiment so that comment and social sentiment metrics agree with the scores.
 */
final class Phrases {

    enum Sentiment {
        POSITIVE,
        NEUTRAL,
        NEGATIVE
    }

    /** What a comment is about. */
    enum Topic {
        RELATIONSHIP,
        SUPPORT,
        ONBOARDING,
        PURCHASE
    }

    /** The same kind of remark in both languages. */
    private record Lines(String[] japanese, String[] english) {

        String[] in(boolean japanese) {
            return japanese ? this.japanese : english;
        }
    }

    private static final Map<Topic, Map<Sentiment, Lines>> COMMENTS = Map.of(
            Topic.RELATIONSHIP,
            Map.of(
                    Sentiment.POSITIVE,
                    new Lines(
                            new String[] {
                                "操作が直感的で、チーム全員がすぐに使いこなせました。",
                                "レポート作成の時間が半分以下になりました。とても助かっています。",
                                "ワークフローの自動化で承認が早くなり、現場から好評です。",
                                "毎月の定例で担当の方が丁寧に提案してくれるので安心です。",
                                "他部署にも展開したいと考えています。"
                            },
                            new String[] {
                                "Intuitive, and the whole team picked it up quickly.",
                                "Report preparation time has more than halved. Great product.",
                                "Workflow automation sped up our approvals; people love it.",
                                "Our CSM is proactive and always has good suggestions.",
                                "We plan to roll it out to more departments."
                            }),
                    Sentiment.NEUTRAL,
                    new Lines(
                            new String[] {
                                "概ね満足していますが、動作が重いときがあります。",
                                "機能は十分ですが、料金がもう少し安いと嬉しいです。",
                                "便利ですが、使いこなすまでに少し時間がかかりました。",
                                "特に不満はありません。",
                                "モバイル版の機能がもう少し充実すると良いと思います。"
                            },
                            new String[] {
                                "Mostly happy, though it is sometimes slow.",
                                "Does the job, but the price could be lower.",
                                "Useful, but it took a while to learn.",
                                "No particular complaints.",
                                "The mobile app could do more."
                            }),
                    Sentiment.NEGATIVE,
                    new Lines(
                            new String[] {
                                "画面の読み込みが遅く、業務に支障が出ています。",
                                "必要な機能が足りず、他のツールと併用しています。",
                                "料金に見合った効果を感じられません。",
                                "不具合が多く、社内での評判が良くありません。",
                                "契約を更新するかどうか検討中です。"
                            },
                            new String[] {
                                "Pages load slowly and it gets in the way of our work.",
                                "Missing features we need, so we still use other tools.",
                                "Not worth the price for what we get.",
                                "Too many bugs; the team has lost confidence in it.",
                                "We are reconsidering our renewal."
                            })),
            Topic.SUPPORT,
            Map.of(
                    Sentiment.POSITIVE,
                    new Lines(
                            new String[] {
                                "迅速に対応していただき、すぐに解決しました。",
                                "説明が分かりやすく助かりました。",
                                "ヘルプ記事だけで自己解決できました。",
                                "丁寧なサポートをありがとうございました。"
                            },
                            new String[] {
                                "Quick response and the issue was fixed right away.",
                                "Clear explanation, very helpful.",
                                "Solved it myself with the help centre.",
                                "Thanks for the friendly support."
                            }),
                    Sentiment.NEUTRAL,
                    new Lines(
                            new String[] {"解決はしましたが、少し時間がかかりました。", "回答は得られましたが、もう少し具体的だと助かります。", "普通の対応だったと思います。"},
                            new String[] {
                                "Resolved, but it took a while.",
                                "Got an answer, though it could have been more specific.",
                                "An average experience."
                            }),
                    Sentiment.NEGATIVE,
                    new Lines(
                            new String[] {
                                "回答まで丸一日以上待たされました。", "何度も同じ説明をする必要がありました。", "問題が再発し、まだ解決していません。", "たらい回しにされた印象です。"
                            },
                            new String[] {
                                "Waited more than a day for a first reply.",
                                "Had to explain the same thing several times.",
                                "The problem came back and is still not fixed.",
                                "Felt like I was passed around."
                            })),
            Topic.ONBOARDING,
            Map.of(
                    Sentiment.POSITIVE,
                    new Lines(
                            new String[] {"導入支援のおかげでスムーズに立ち上げられました。", "初期設定のガイドが分かりやすかったです。", "データ移行を手厚くサポートしていただきました。"
                            },
                            new String[] {
                                "Onboarding went smoothly thanks to the team.",
                                "The setup guide was easy to follow.",
                                "Great help with migrating our data."
                            }),
                    Sentiment.NEUTRAL,
                    new Lines(
                            new String[] {"立ち上げはできましたが、少し手間取りました。", "トレーニングの日程がもう少し柔軟だと助かります。", "概ね計画どおりに進みました。"},
                            new String[] {
                                "Got up and running, with a few bumps.",
                                "Training times could be more flexible.",
                                "Went roughly to plan."
                            }),
                    Sentiment.NEGATIVE,
                    new Lines(
                            new String[] {"データ移行に想定以上の時間がかかりました。", "初期設定が複雑で、社内の担当者が苦労しました。", "導入時のサポートが不十分だと感じました。"},
                            new String[] {
                                "Data migration took far longer than expected.",
                                "Setup was complicated for our admins.",
                                "Onboarding support felt thin."
                            })),
            Topic.PURCHASE,
            Map.of(
                    Sentiment.POSITIVE,
                    new Lines(new String[] {"契約手続きがスムーズでした。", "見積もりから契約まで迅速でした。", "オプションの購入が簡単でした。"}, new String[] {
                        "Smooth contracting process.", "Quote to signature was quick.", "Buying the add-on was easy."
                    }),
                    Sentiment.NEUTRAL,
                    new Lines(
                            new String[] {"手続きは問題ありませんでしたが、請求書の形式を選べると助かります。", "特に問題はありませんでした。"},
                            new String[] {"Fine, though more invoice options would help.", "No issues."}),
                    Sentiment.NEGATIVE,
                    new Lines(new String[] {"請求内容が分かりにくかったです。", "契約手続きに時間がかかりすぎました。", "決済画面でエラーが出ました。"}, new String[] {
                        "The invoice was confusing.", "Contracting took far too long.", "Got an error at checkout."
                    })));

    private static final Map<Sentiment, Lines> POSTS = Map.of(
            Sentiment.POSITIVE,
            new Lines(
                    new String[] {
                        "ミライフローを導入して3か月、月末の集計作業がほぼ自動化できた #業務効率化",
                        "ミライフローのワークフロー機能、承認が早くなって本当に便利",
                        "ミライフローのユーザー会に参加。他社の事例が参考になった",
                        "ミライフローのサポート、返信が早くて助かる"
                    },
                    new String[] {
                        "Three months into Mirai Flow and month-end reporting is basically automated.",
                        "Mirai Flow approvals save our team hours every week.",
                        "Great user group meetup by Mirai Flow today.",
                        "Mirai Flow support answered within minutes. Impressed."
                    }),
            Sentiment.NEUTRAL,
            new Lines(
                    new String[] {"ミライフローとほかのツール、どちらがいいか比較中", "ミライフローの新機能のAI要約を試してみた", "ミライフローの料金プラン、見直しを検討中"},
                    new String[] {
                        "Comparing Mirai Flow with a couple of alternatives.",
                        "Trying out the new AI summaries in Mirai Flow.",
                        "Reviewing our Mirai Flow plan for next year."
                    }),
            Sentiment.NEGATIVE,
            new Lines(new String[] {"ミライフロー、今日も動作が重い…", "ミライフローのサポートから返信が来ない", "ミライフローの更新、正直迷っている"}, new String[] {
                "Mirai Flow is painfully slow again today.",
                "Still waiting on Mirai Flow support to get back to us.",
                "Not sure we'll renew Mirai Flow."
            }));

    private static final String[] JAPANESE_HANDLES = {
        "sato",
        "suzuki",
        "takahashi",
        "tanaka",
        "ito",
        "watanabe",
        "yamamoto",
        "nakamura",
        "kobayashi",
        "kato",
        "yoshida",
        "yamada",
        "sasaki",
        "matsumoto",
        "inoue"
    };
    private static final String[] ENGLISH_HANDLES = {
        "alex", "sam", "jordan", "chris", "taylor", "morgan", "casey", "jamie"
    };

    private Phrases() {}

    static String comment(Draws draws, Topic topic, Sentiment sentiment, boolean japanese) {
        return draws.pick(COMMENTS.get(topic).get(sentiment).in(japanese));
    }

    static String post(Draws draws, Sentiment sentiment, boolean japanese) {
        return draws.pick(POSTS.get(sentiment).in(japanese));
    }

    /** A social media handle such as {@code @tanaka_k42}. */
    static String handle(Draws draws, boolean japanese) {
        String name = draws.pick(japanese ? JAPANESE_HANDLES : ENGLISH_HANDLES);
        return "@" + name + "_" + (char) ('a' + draws.below(26)) + draws.between(1, 99);
    }
}
