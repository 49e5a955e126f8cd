package org.kizuna.generator;

import java.util.Arrays;
import java.util.Comparator;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.LifeMonth;
import org.kizuna.generator.CustomerLife.SubscriptionTerm;

/**
 * Writes a customer's product usage events: each session starts with a {@code session_start} event carrying its
 * duration, followed by the feature events of that session, plus API syncs for customers that connected an
 * integration. Every user's events are strictly increasing in time, which keeps the events table's natural key
 * (customer, user, time, event) unique.
 */
final class UsageRecords {

    private static final ProductFeature[] FEATURES = ProductFeature.values();
    private static final String[] OUTREACH = {"email", "notification", "csm"};
    private static final double[] OUTREACH_WEIGHTS = {50, 30, 20};
    private static final int NEVER = Integer.MAX_VALUE;

    private final TableFile events;
    private final TimeText time;
    private final CompanyCalendar calendar;
    private final int[] launchDays;
    private long[] starts = new long[64];
    private long[] lastEventOfUser = new long[64];
    private final int[] adoptionDays = new int[FEATURES.length];
    private final double[] featureWeights = new double[FEATURES.length];

    UsageRecords(TableFiles files, TimeText time, CompanyCalendar calendar) {
        this.events = files.of(DataContract.EVENTS);
        this.time = time;
        this.calendar = calendar;
        this.launchDays = new int[FEATURES.length];
        for (int f = 0; f < FEATURES.length; f++) {
            launchDays[f] = FEATURES[f].launchDay(calendar);
        }
    }

    void write(CustomerContext customer) {
        adopt(customer);
        if (lastEventOfUser.length < customer.users()) {
            lastEventOfUser = new long[customer.users()];
        }
        Arrays.fill(lastEventOfUser, 0, customer.users(), Long.MIN_VALUE);
        int sessionNumber = 0;
        long lastSync = Long.MIN_VALUE;
        for (LifeMonth month : customer.life().months()) {
            sessionNumber = writeSessions(customer, month, sessionNumber);
            if (adoptionDays[ProductFeature.INTEGRATIONS.ordinal()] < month.end()) {
                lastSync = writeSyncs(customer, month, lastSync);
            }
        }
    }

    /** Which features this customer takes up, and from which day: healthier customers adopt more, and sooner. */
    private void adopt(CustomerContext customer) {
        Draws draws = customer.draws();
        CustomerProfile profile = customer.profile();
        Plan highestPlan = customer.life().terms().stream()
                .map(SubscriptionTerm::plan)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        double eagerness = StrictMath.exp(0.4 * profile.health());
        for (int f = 0; f < FEATURES.length; f++) {
            ProductFeature feature = FEATURES[f];
            boolean adopts = feature.includedIn(highestPlan) && draws.chance(feature.adoption() * eagerness);
            adoptionDays[f] = adopts
                    ? Math.max(profile.signupDay(), launchDays[f])
                            + (int) Math.round(draws.logNormal(14 / eagerness, 1.0))
                    : NEVER;
            if (feature == ProductFeature.DASHBOARDS && !adopts) {
                // everyone lands on the dashboard
                adoptionDays[f] = profile.signupDay();
            }
        }
    }

    private int writeSessions(CustomerContext customer, LifeMonth month, int sessionNumber) {
        Draws draws = customer.draws();
        int count = month.sessions();
        if (count == 0) {
            return sessionNumber;
        }
        if (starts.length < count) {
            starts = new long[Math.max(count, 2 * starts.length)];
        }
        for (int i = 0; i < count; i++) {
            starts[i] = calendar.officeMoment(draws, month.start(), month.end());
        }
        Arrays.sort(starts, 0, count);
        long monthEnd = CompanyCalendar.moment(month.end(), 0);
        long lastMoment = calendar.lastMoment();
        // customers at risk get more nudges from their CSM, emails and notifications
        double promptedShare = 0.05 + 0.2 * Draws.logistic(-1.5 * month.health() - 1);
        String customerId = customer.customerId();
        for (int i = 0; i < count; i++) {
            int user = (int) (month.engagedUsers() * StrictMath.pow(draws.uniform(), 1.6));
            long start = Math.max(starts[i], lastEventOfUser[user] + 60 + draws.below(600));
            if (start >= monthEnd || start > lastMoment) {
                continue;
            }
            int duration = (int) Math.max(20, Math.min(4 * 3600, Math.round(draws.logNormal(540, 0.9))));
            String sessionId = customerId + "-S" + (++sessionNumber);
            String channel = draws.chance(0.2) ? "mobile" : "web";
            String prompt = draws.chance(promptedShare) ? OUTREACH[draws.weighted(OUTREACH_WEIGHTS)] : "";
            String userId = customer.userId(user);
            events.row(
                    customerId,
                    userId,
                    time.timestamp(start),
                    "session_start",
                    sessionId,
                    Integer.toString(duration),
                    "",
                    prompt,
                    channel);
            int day = CompanyCalendar.dayOf(start);
            int available = featureWeights(day, month);
            int featureEvents = available == 0 ? 0 : draws.poisson(1.6);
            long at = start;
            int step = Math.max(2, duration / (featureEvents + 1));
            for (int e = 0; e < featureEvents; e++) {
                at += 1 + draws.below(step);
                if (at > lastMoment) {
                    break;
                }
                ProductFeature feature = FEATURES[draws.weighted(featureWeights)];
                events.row(
                        customerId,
                        userId,
                        time.timestamp(at),
                        feature.event(),
                        sessionId,
                        "",
                        feature.label(),
                        prompt,
                        channel);
            }
            lastEventOfUser[user] = Math.max(at, start + duration);
        }
        return sessionNumber;
    }

    /** Fills the session weights of the features this customer uses on the day; returns how many there are. */
    private int featureWeights(int day, LifeMonth month) {
        int available = 0;
        for (int f = 0; f < FEATURES.length; f++) {
            boolean usable =
                    adoptionDays[f] <= day && FEATURES[f].includedIn(month.plan()) && FEATURES[f].sessionWeight() > 0;
            featureWeights[f] = usable ? FEATURES[f].sessionWeight() : 0;
            available += usable ? 1 : 0;
        }
        return available;
    }

    private long writeSyncs(CustomerContext customer, LifeMonth month, long lastSync) {
        Draws draws = customer.draws();
        int syncs = draws.poisson(1.5 * (month.end() - month.start()) / 30.4);
        int from = Math.max(month.start(), adoptionDays[ProductFeature.INTEGRATIONS.ordinal()]);
        if (syncs == 0 || from >= month.end()) {
            return lastSync;
        }
        if (starts.length < syncs) {
            starts = new long[Math.max(syncs, 2 * starts.length)];
        }
        for (int i = 0; i < syncs; i++) {
            starts[i] = CompanyCalendar.moment(
                    from + draws.below(month.end() - from), draws.below(CompanyCalendar.SECONDS_PER_DAY));
        }
        Arrays.sort(starts, 0, syncs);
        String serviceUser = customer.customerId() + "-API";
        long limit = Math.min(calendar.lastMoment(), CompanyCalendar.moment(month.end(), 0) - 1);
        for (int i = 0; i < syncs; i++) {
            long at = Math.max(starts[i], lastSync + 1);
            if (at > limit) {
                break;
            }
            events.row(
                    customer.customerId(),
                    serviceUser,
                    time.timestamp(at),
                    ProductFeature.INTEGRATIONS.event(),
                    "",
                    "",
                    ProductFeature.INTEGRATIONS.label(),
                    "",
                    "api");
            lastSync = at;
        }
        return lastSync;
    }
}
