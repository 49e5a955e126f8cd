package org.kizuna.generator;

import org.kizuna.generator.CustomerProfile.AcquisitionChannel;

/**
 * Draws a customer's profile from the generator seed and its index alone, so that a referred customer can look
 * at any earlier customer without the generator keeping it. The mix (mostly small Japanese companies in Kanto
 * and Kansai, some overseas accounts billed in their own currency) is that of a Japanese B2B SaaS vendor.
 */
final class CustomerProfiles {

    /** How much higher a referred customer's health starts, behind the referred-customer CLV uplift. */
    static final double REFERRAL_HEALTH_UPLIFT = 0.3;

    /** No one has been a customer long enough to refer anyone in the company's first weeks. */
    private static final int DAYS_BEFORE_FIRST_REFERRAL = 45;

    private static final String[] REGIONS = {
        "kanto", "kansai", "chubu", "kyushu", "tohoku", "hokkaido", "chugoku", "shikoku"
    };
    private static final double[] REGION_WEIGHTS = {45, 18, 12, 7, 4, 3, 4, 2};

    private static final String[] COUNTRIES = {"US", "SG", "GB", "DE", "NL"};
    private static final double[] COUNTRY_WEIGHTS = {35, 25, 20, 12, 8};
    private static final double OVERSEAS_SHARE = 0.055;

    private static final String[] COMPANY_SIZES = {"1-49", "50-299", "300-999", "1000+"};
    private static final double[] COMPANY_SIZE_WEIGHTS = {45, 33, 14, 8};

    /** Plan weights per company size (rows) and plan (columns, starter to enterprise). */
    private static final double[][] PLAN_BY_SIZE = {{70, 25, 5, 0}, {30, 45, 20, 5}, {8, 32, 40, 20}, {0, 10, 35, 55}};

    /** Seats range per plan, drawn log-uniformly. */
    private static final int[][] SEATS_BY_PLAN = {{2, 12}, {8, 40}, {25, 120}, {80, 600}};

    private static final double[] ANNUAL_SHARE_BY_PLAN = {0.15, 0.25, 0.40, 0.70};

    private static final String[] AGE_BANDS = {"20s", "30s", "40s", "50s", "60+"};
    private static final double[] AGE_BAND_WEIGHTS = {12, 30, 32, 20, 6};

    private static final String[] KANTO_CSMS = {"佐藤 美咲", "鈴木 健太", "高橋 彩", "田中 翔"};
    private static final String[] WEST_CSMS = {"山本 さくら", "中村 拓也"};
    private static final String[] STRATEGIC_CSMS = {"渡辺 大輔", "木村 理恵"};
    private static final String[] OVERSEAS_CSMS = {"Emily Carter", "Daniel Wong", "Priya Nair"};

    private final long seed;
    private final SignupSchedule signups;
    private final int firstDay;
    private final int idDigits;

    CustomerProfiles(long seed, SignupSchedule signups, CompanyCalendar calendar, int customers) {
        this.seed = seed;
        this.signups = signups;
        this.firstDay = calendar.firstDay();
        this.idDigits = Math.max(6, Integer.toString(customers).length());
    }

    String customerId(int index) {
        String number = Integer.toString(index + 1);
        return "C" + "0".repeat(Math.max(0, idDigits - number.length())) + number;
    }

    CustomerProfile create(int index) {
        Draws draws = Draws.forCustomer(seed, index, Draws.Purpose.PROFILE);
        int signupDay = signups.signupDay(index);
        boolean overseas = draws.chance(OVERSEAS_SHARE);
        String country = overseas ? COUNTRIES[draws.weighted(COUNTRY_WEIGHTS)] : "JP";
        String region = overseas ? "overseas" : REGIONS[draws.weighted(REGION_WEIGHTS)];
        String language = overseas || draws.chance(0.02) ? "en" : "ja";
        BillingCurrency currency = currencyOf(country);
        Industry industry = Industry.draw(draws);
        int size = draws.weighted(COMPANY_SIZE_WEIGHTS);
        Plan plan = Plan.values()[draws.weighted(PLAN_BY_SIZE[size])];
        int[] seatRange = SEATS_BY_PLAN[plan.ordinal()];
        int seats = (int) Math.round(draws.logUniform(seatRange[0], seatRange[1]));
        Plan.Billing billing =
                draws.chance(ANNUAL_SHARE_BY_PLAN[plan.ordinal()]) ? Plan.Billing.ANNUAL : Plan.Billing.MONTHLY;
        int discount = plan == Plan.ENTERPRISE ? 5 * draws.between(0, 4) : 0;
        AcquisitionChannel channel = channel(draws, plan, overseas, signupDay - firstDay >= DAYS_BEFORE_FIRST_REFERRAL);
        double health = draws.gaussian() + healthShift(channel, plan);
        String name = language.equals("ja")
                ? CompanyNames.japanese(draws, industry)
                : overseas
                        ? CompanyNames.english(draws, industry, country)
                        : CompanyNames.english(draws, industry, "JP");
        String ageBand = draws.chance(0.06) ? "" : AGE_BANDS[draws.weighted(AGE_BAND_WEIGHTS)];
        String gender = draws.chance(0.05) ? "" : draws.chance(0.38) ? "female" : "male";
        return new CustomerProfile(
                index,
                customerId(index),
                name,
                signupDay,
                plan,
                seats,
                billing,
                discount,
                region,
                country,
                language,
                currency,
                industry,
                COMPANY_SIZES[size],
                channel,
                ageBand,
                gender,
                csm(draws, plan, region, overseas),
                health);
    }

    private static BillingCurrency currencyOf(String country) {
        return switch (country) {
            case "JP" -> BillingCurrency.JPY;
            case "US" -> BillingCurrency.USD;
            case "SG" -> BillingCurrency.SGD;
            case "GB" -> BillingCurrency.GBP;
            default -> BillingCurrency.EUR;
        };
    }

    private static AcquisitionChannel channel(Draws draws, Plan plan, boolean overseas, boolean referralsPossible) {
        // ads, organic, referral, partner, events, outbound
        double[] weights = switch (plan) {
            case STARTER -> new double[] {34, 30, 13, 10, 6, 7};
            case STANDARD -> new double[] {28, 24, 13, 13, 10, 12};
            case PRO -> new double[] {18, 16, 12, 16, 16, 22};
            case ENTERPRISE -> new double[] {6, 6, 10, 22, 22, 34};
        };
        if (overseas) {
            weights[AcquisitionChannel.PARTNER.ordinal()] *= 2;
            weights[AcquisitionChannel.REFERRAL.ordinal()] /= 2;
        }
        if (!referralsPossible) {
            weights[AcquisitionChannel.REFERRAL.ordinal()] = 0;
        }
        return AcquisitionChannel.values()[draws.weighted(weights)];
    }

    private static double healthShift(AcquisitionChannel channel, Plan plan) {
        double shift = switch (channel) {
            case REFERRAL -> REFERRAL_HEALTH_UPLIFT;
            case PARTNER -> 0.1;
            case ADS -> -0.15;
            default -> 0.0;
        };
        return plan == Plan.ENTERPRISE ? shift + 0.1 : shift;
    }

    private static String csm(Draws draws, Plan plan, String region, boolean overseas) {
        if (overseas) {
            return draws.pick(OVERSEAS_CSMS);
        }
        if (plan == Plan.ENTERPRISE) {
            return draws.pick(STRATEGIC_CSMS);
        }
        return switch (region) {
            case "kanto" -> draws.pick(KANTO_CSMS);
            case "kansai", "chugoku", "shikoku" -> draws.pick(WEST_CSMS);
            case "chubu" -> "小林 真由";
            case "kyushu" -> "加藤 亮";
            default -> "伊藤 優子";
        };
    }
}
