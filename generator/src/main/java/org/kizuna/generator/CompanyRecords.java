package org.kizuna.generator;

import java.time.LocalDate;
import java.util.List;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerProfile.AcquisitionChannel;
import org.kizuna.generator.Phrases.Sentiment;

/**
 * Writes the company-wide tables: the survey catalogue, monthly exchange rates for every billing currency, monthly
 * costs per category (marketing partly by acquisition channel) that follow signups and the active base, and social
 * mentions by people who are not customers.
 */
final class CompanyRecords {

    private static final BillingCurrency[] FOREIGN = {
        BillingCurrency.USD, BillingCurrency.SGD, BillingCurrency.GBP, BillingCurrency.EUR
    };

    /** Marketing spend per customer won, in yen, for the channels that have a cost line of their own. */
    private record ChannelSpend(AcquisitionChannel channel, long yenPerSignup) {}

    private static final List<ChannelSpend> CHANNEL_SPEND = List.of(
            new ChannelSpend(AcquisitionChannel.ADS, 420_000),
            new ChannelSpend(AcquisitionChannel.EVENTS, 650_000),
            new ChannelSpend(AcquisitionChannel.PARTNER, 280_000),
            new ChannelSpend(AcquisitionChannel.REFERRAL, 50_000));

    /** A cost period: the first and last day, both included. */
    private record Period(String start, String end) {}

    private static final double[] PUBLIC_SENTIMENT_WEIGHTS = {50, 30, 20};

    private final TableFiles files;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private final long seed;

    CompanyRecords(TableFiles files, TimeText time, CompanyCalendar calendar, long seed) {
        this.files = files;
        this.time = time;
        this.calendar = calendar;
        this.seed = seed;
    }

    void writeSurveys() {
        TableFile surveys = files.of(DataContract.SURVEYS);
        for (SurveyKind kind : SurveyKind.values()) {
            surveys.row(kind.surveyRow(true));
            surveys.row(kind.surveyRow(false));
        }
    }

    /** A rate on the first of every month from the history's first month: a random walk around list rates. */
    void writeExchangeRates(CompanyTotals totals) {
        TableFile rates = files.of(DataContract.FX_RATES);
        Draws draws = Draws.forCompany(seed, Draws.Purpose.EXCHANGE_RATES);
        double[] rate = new double[FOREIGN.length];
        for (int c = 0; c < FOREIGN.length; c++) {
            rate[c] = FOREIGN[c].listPriceYenPerUnit() * draws.uniform(0.95, 1.05);
        }
        for (int m = 0; m < totals.months(); m++) {
            String date = time.date(totals.monthStart(m));
            for (int c = 0; c < FOREIGN.length; c++) {
                rates.row(date, FOREIGN[c].code(), BillingCurrency.twoDecimals(Math.round(rate[c] * 100)));
                rate[c] *= StrictMath.exp(0.025 * draws.gaussian());
            }
        }
    }

    /**
     * Monthly costs in yen: brand marketing and sales follow the month's signups (outbound deals cost most),
     * channel marketing follows each channel's signups, and retention, success and support follow the active base.
     */
    void writeCosts(CompanyTotals totals) {
        TableFile costs = files.of(DataContract.COSTS);
        Draws draws = Draws.forCompany(seed, Draws.Purpose.COSTS);
        for (int m = 0; m < totals.months(); m++) {
            Period period = new Period(time.date(totals.periodStart(m)), time.date(totals.periodEnd(m)));
            long signups = totals.signups(m);
            long active = totals.activeCustomers(m);
            long outbound = totals.signups(m, AcquisitionChannel.OUTBOUND);
            long field = totals.signups(m, AcquisitionChannel.EVENTS) + totals.signups(m, AcquisitionChannel.PARTNER);
            long sales = 500_000 + 900_000 * outbound + 150_000 * field + 40_000 * (signups - outbound - field);
            writeCost(costs, draws, period, "marketing", 300_000 + 120_000 * signups, null);
            for (ChannelSpend spend : CHANNEL_SPEND) {
                long yen = spend.yenPerSignup() * totals.signups(m, spend.channel());
                writeCost(costs, draws, period, "marketing", yen, spend.channel());
            }
            writeCost(costs, draws, period, "sales", sales, null);
            writeCost(costs, draws, period, "retention", 100_000 + 1_500 * active, null);
            writeCost(costs, draws, period, "success", 300_000 + 8_000 * active, null);
            writeCost(costs, draws, period, "support", 200_000 + 3_000 * active + 4_000 * totals.tickets(m), null);
        }
    }

    private static void writeCost(
            TableFile costs, Draws draws, Period period, String category, long plannedYen, AcquisitionChannel segment) {
        long yen = Math.round(plannedYen * draws.uniform(0.9, 1.1) / 1000) * 1000;
        costs.row(
                period.start(),
                period.end(),
                category,
                BillingCurrency.JPY.format(yen),
                BillingCurrency.JPY.code(),
                segment == null ? "" : "acquisition_channel",
                segment == null ? "" : segment.label());
    }

    /** Mentions of the product by the public: a few a month, growing with the active base. */
    void writePublicMentions(CompanyTotals totals) {
        TableFile social = files.of(DataContract.SOCIAL);
        Draws draws = Draws.forCompany(seed, Draws.Purpose.SOCIAL);
        for (int m = 0; m < totals.months(); m++) {
            int count = draws.poisson(3 + 0.01 * totals.activeCustomers(m));
            String month = LocalDate.ofEpochDay(totals.monthStart(m)).toString().substring(0, 7);
            for (int n = 1; n <= count; n++) {
                Sentiment sentiment = Sentiment.values()[draws.weighted(PUBLIC_SENTIMENT_WEIGHTS)];
                long postedAt = calendar.officeMoment(draws, totals.periodStart(m), totals.periodEnd(m) + 1);
                AdvocacyRecords.writeMention(
                        social, time, draws, "M-" + month + "-" + n, "", postedAt, sentiment, draws.chance(0.9));
            }
        }
    }
}
