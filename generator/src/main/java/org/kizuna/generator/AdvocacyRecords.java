package org.kizuna.generator;

import java.util.Arrays;
import java.util.List;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.LifeMonth;
import org.kizuna.generator.Phrases.Sentiment;

/**
 * Writes what a customer does beyond using the product: referrals it makes (and the one that brought it in),
 * courses and certifications, community activity, the loyalty programme and social media mentions. Healthier
 * customers and promoters do more of all of it.
 */
final class AdvocacyRecords {

    private static final String[] REFERRAL_CHANNELS = {"link", "email", "introduction", "event"};
    private static final double[] REFERRAL_CHANNEL_WEIGHTS = {40, 30, 20, 10};

    /** Referrals a month from a customer with the highest willingness to refer. */
    static final double REFERRALS_PER_MONTH_AT_FULL_PROPENSITY = 0.1;

    /**
     * A course or certification of the customer academy.
     *
     * @param forAdmins taken by the customer's administrators (its first two users) only
     * @param uptake share of a customer's learners (at health 0) who complete it
     * @param medianDays typical days from signup to completion
     */
    private record Course(String name, boolean certification, boolean forAdmins, double uptake, int medianDays) {}

    private static final List<Course> COURSES = List.of(
            new Course("Getting Started", false, false, 0.25, 45),
            new Course("Dashboards and Reports", false, false, 0.12, 45),
            new Course("Workflow Design", false, false, 0.08, 45),
            new Course("Automation Basics", false, false, 0.05, 45),
            new Course("Administrator Essentials", false, true, 0.1, 45),
            new Course("Certified Administrator", true, true, 0.05, 120),
            new Course("Certified Workflow Designer", true, false, 0.02, 120));

    /** Learners per customer are capped: a large account's academy users are a small share of its seats. */
    private static final int MAX_LEARNERS = 15;

    private static final String[] COMMUNITY_ACTIVITIES = {"post", "answer", "event", "like"};
    private static final double[] COMMUNITY_MONTHLY_RATE = {0.15, 0.1, 0.08, 0.6};

    private static final String[] SOCIAL_CHANNELS = {"x", "facebook", "linkedin", "note"};
    private static final double[] JAPANESE_SOCIAL_WEIGHTS = {45, 15, 20, 20};
    private static final double[] ENGLISH_SOCIAL_WEIGHTS = {40, 15, 45, 0};

    private final TableFile referrals;
    private final TableFile education;
    private final TableFile community;
    private final TableFile loyalty;
    private final TableFile social;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private long[] moments = new long[64];

    AdvocacyRecords(TableFiles files, TimeText time, CompanyCalendar calendar) {
        this.referrals = files.of(DataContract.REFERRALS);
        this.education = files.of(DataContract.EDUCATION);
        this.community = files.of(DataContract.COMMUNITY);
        this.loyalty = files.of(DataContract.LOYALTY);
        this.social = files.of(DataContract.SOCIAL);
        this.time = time;
        this.calendar = calendar;
    }

    void write(CustomerContext customer, ReferrerSearch.Referral acquiredBy) {
        if (acquiredBy != null) {
            writeAcquiringReferral(customer, acquiredBy);
        }
        writeReferrals(customer);
        writeEducation(customer);
        writeCommunity(customer);
        writeLoyalty(customer);
        writeSocial(customer);
    }

    private void writeAcquiringReferral(CustomerContext customer, ReferrerSearch.Referral referral) {
        Draws draws = customer.draws();
        long convertedAt = CompanyCalendar.moment(customer.profile().signupDay(), calendar.officeSecond(draws));
        referrals.row(
                customer.nextId("REF"),
                referral.referrerId(),
                time.timestamp(referral.referredAt()),
                customer.nextId("P"),
                customer.customerId(),
                time.timestamp(convertedAt),
                REFERRAL_CHANNELS[draws.weighted(REFERRAL_CHANNEL_WEIGHTS)]);
    }

    /** Referrals of prospects not (yet) converted; a converted referral is written by the customer it became. */
    private void writeReferrals(CustomerContext customer) {
        Draws draws = customer.draws();
        for (LifeMonth month : customer.life().months()) {
            double propensity = customer.life().referralPropensity(CompanyCalendar.moment(month.start(), 0));
            double coveredShare = (month.end() - month.start()) / 30.4;
            int count = draws.poisson(REFERRALS_PER_MONTH_AT_FULL_PROPENSITY * propensity * coveredShare);
            for (int r = 0; r < count; r++) {
                long referredAt = calendar.officeMoment(draws, month.start(), month.end());
                referrals.row(
                        customer.nextId("REF"),
                        customer.customerId(),
                        time.timestamp(referredAt),
                        customer.nextId("P"),
                        "",
                        "",
                        REFERRAL_CHANNELS[draws.weighted(REFERRAL_CHANNEL_WEIGHTS)]);
            }
        }
    }

    /** Each course is completed by a few distinct users, so (customer, user, course) stays unique. */
    private void writeEducation(CustomerContext customer) {
        Draws draws = customer.draws();
        CustomerLife life = customer.life();
        int learners = Math.min(customer.users(), MAX_LEARNERS);
        double eagerness = StrictMath.exp(0.6 * customer.profile().health());
        for (Course course : COURSES) {
            int pool = course.forAdmins() ? Math.min(2, learners) : learners;
            int completions = Math.min(pool, draws.poisson(pool * course.uptake() * eagerness));
            int firstUser = draws.below(pool);
            for (int n = 0; n < completions; n++) {
                int day = customer.profile().signupDay() + (int) Math.round(draws.logNormal(course.medianDays(), 0.8));
                int score = course.certification() ? draws.between(70, 100) : draws.between(55, 100);
                if (day > calendar.lastDay() || !life.activeOn(day)) {
                    continue;
                }
                education.row(
                        customer.customerId(),
                        customer.userId((firstUser + n) % pool),
                        course.name(),
                        course.certification() ? "certification" : "course",
                        time.timestamp(CompanyCalendar.moment(day, calendar.officeSecond(draws))),
                        Integer.toString(score));
            }
        }
    }

    private void writeCommunity(CustomerContext customer) {
        Draws draws = customer.draws();
        double participation =
                Draws.logistic(-1.0 + 0.9 * customer.profile().health()) * (customer.japanese() ? 1.0 : 0.6);
        if (!draws.chance(participation)) {
            return;
        }
        int members = Math.min(customer.users(), 1 + draws.below(3));
        long last = Long.MIN_VALUE;
        for (LifeMonth month : customer.life().months()) {
            double coveredShare = (month.end() - month.start()) / 30.4;
            double activity = StrictMath.exp(0.5 * month.health()) * coveredShare;
            int count = 0;
            for (int a = 0; a < COMMUNITY_ACTIVITIES.length; a++) {
                int ofActivity = draws.poisson(members * COMMUNITY_MONTHLY_RATE[a] * activity);
                for (int i = 0; i < ofActivity; i++) {
                    // the activity rides in the low bits so that one sort orders the month's activities by time
                    append(count++, calendar.officeMoment(draws, month.start(), month.end()) * 4 + a);
                }
            }
            Arrays.sort(moments, 0, count);
            for (int i = 0; i < count; i++) {
                // one strictly increasing clock per customer keeps (customer, user, activity, time) unique
                long at = Math.max(moments[i] >> 2, last + 1);
                if (at > calendar.lastMoment()) {
                    break;
                }
                community.row(
                        customer.customerId(),
                        customer.userId(draws.below(members)),
                        COMMUNITY_ACTIVITIES[(int) (moments[i] & 3)],
                        time.timestamp(at));
                last = at;
            }
        }
    }

    private void writeLoyalty(CustomerContext customer) {
        Draws draws = customer.draws();
        CustomerLife life = customer.life();
        if (!draws.chance(Draws.logistic(-0.6 + 0.8 * customer.profile().health()))) {
            return;
        }
        int enrollDay = customer.profile().signupDay() + draws.between(0, 60);
        if (enrollDay > calendar.lastDay() || !life.activeOn(enrollDay)) {
            return;
        }
        long last = CompanyCalendar.moment(enrollDay, calendar.officeSecond(draws));
        loyalty.row(customer.customerId(), time.timestamp(last), "enroll", "");
        long balance = 0;
        int monthsEnrolled = 0;
        for (LifeMonth month : life.months()) {
            if (month.end() <= enrollDay || month.end() - 1 > calendar.lastDay() || month.sessions() == 0) {
                continue;
            }
            // points are credited in the nightly batch on the month's last day
            long creditedAt = Math.max(CompanyCalendar.moment(month.end() - 1, 3 * 3600), last + 1);
            long earned = 100 + 10L * Math.min(month.sessions(), 50);
            balance += earned;
            loyalty.row(customer.customerId(), time.timestamp(creditedAt), "earn", Long.toString(earned));
            last = creditedAt;
            if (balance >= 1000 && draws.chance(0.15)) {
                long redeemed = 100L * draws.between(5, (int) (balance / 100));
                long redeemedAt = last + draws.between(3, 25) * (long) CompanyCalendar.SECONDS_PER_DAY;
                if (redeemedAt <= calendar.lastMoment() && life.activeOn(CompanyCalendar.dayOf(redeemedAt))) {
                    balance -= redeemed;
                    loyalty.row(customer.customerId(), time.timestamp(redeemedAt), "redeem", Long.toString(redeemed));
                    last = redeemedAt;
                }
            }
            if (++monthsEnrolled % 12 == 0 && balance > 0) {
                // a share of unused points lapses at each programme anniversary
                long expired = balance * 3 / 10;
                long expiredAt = last + 1;
                if (expired > 0 && expiredAt <= calendar.lastMoment()) {
                    balance -= expired;
                    loyalty.row(customer.customerId(), time.timestamp(expiredAt), "expire", Long.toString(expired));
                    last = expiredAt;
                }
            }
        }
    }

    private void writeSocial(CustomerContext customer) {
        Draws draws = customer.draws();
        boolean japanese = customer.japanese();
        for (LifeMonth month : customer.life().months()) {
            double coveredShare = (month.end() - month.start()) / 30.4;
            // the delighted and the frustrated post; the indifferent rarely do
            int posts = draws.poisson(0.015 * (1 + Math.abs(month.health())) * coveredShare);
            for (int p = 0; p < posts; p++) {
                double mood = month.health() + 0.5 * draws.gaussian();
                Sentiment sentiment =
                        mood > 0.5 ? Sentiment.POSITIVE : mood < -0.5 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
                long postedAt = calendar.officeMoment(draws, month.start(), month.end());
                writeMention(
                        social,
                        time,
                        draws,
                        customer.nextId("M"),
                        customer.customerId(),
                        postedAt,
                        sentiment,
                        japanese);
            }
        }
    }

    /** One social media mention, shared with the company's mentions by people who are not customers. */
    static void writeMention(
            TableFile social,
            TimeText time,
            Draws draws,
            String mentionId,
            String customerId,
            long postedAt,
            Sentiment sentiment,
            boolean japanese) {
        String channel = SOCIAL_CHANNELS[draws.weighted(japanese ? JAPANESE_SOCIAL_WEIGHTS : ENGLISH_SOCIAL_WEIGHTS)];
        long likes = Math.round(draws.logNormal(8, 1.2));
        social.row(
                mentionId,
                customerId,
                channel,
                time.timestamp(postedAt),
                Long.toString(likes),
                Long.toString(Math.round(likes * draws.uniform(0, 0.3))),
                Long.toString(Math.round(likes * draws.uniform(0, 0.2))),
                Phrases.post(draws, sentiment, japanese),
                japanese ? "ja" : "en",
                Phrases.handle(draws, japanese));
    }

    private void append(int index, long value) {
        if (index == moments.length) {
            moments = Arrays.copyOf(moments, 2 * moments.length);
        }
        moments[index] = value;
    }
}
