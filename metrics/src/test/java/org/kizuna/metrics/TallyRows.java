package org.kizuna.metrics;

import java.math.BigDecimal;

/**
 * Builders for the store's tally rows, so that a test states only what matters to it: {@code responses(5,
 * "9").onScale("1", "10").at("support")}, {@code customers(95).activeAtStart().activeAtEnd()}, {@code
 * customersMoving(3, "307.00", "461.00")}.
 */
public final class TallyRows {

    private TallyRows() {}

    /** Responses giving one score, on a 0–10 scale without a touchpoint or threshold of their own. */
    public static ScoreRow responses(long count, String score) {
        return new ScoreRow(count, new BigDecimal(score));
    }

    /** Customers active on neither day and not acquired, until told otherwise. */
    public static ActivityRow customers(long count) {
        return new ActivityRow(count);
    }

    /**
     * Customers whose MRR moved alike from {@code startMrr} (summed, the day before the period) to {@code
     * endMrr} (summed, its last day); they had MRR before exactly when they had it at the start.
     */
    public static MrrRow customersMoving(long count, String startMrr, String endMrr) {
        return new MrrRow(count, new BigDecimal(startMrr), new BigDecimal(endMrr));
    }

    public static final class ScoreRow {
        private final long count;
        private final BigDecimal score;
        private String segmentValue;
        private String surveyId = "survey";
        private String touchpoint;
        private BigDecimal scaleMin = BigDecimal.ZERO;
        private BigDecimal scaleMax = BigDecimal.TEN;
        private BigDecimal satisfiedThreshold;

        private ScoreRow(long count, BigDecimal score) {
            this.count = count;
            this.score = score;
        }

        public ScoreRow onScale(String min, String max) {
            scaleMin = new BigDecimal(min);
            scaleMax = new BigDecimal(max);
            surveyId = "survey " + min + "-" + max;
            return this;
        }

        public ScoreRow at(String touchpoint) {
            this.touchpoint = touchpoint;
            return this;
        }

        public ScoreRow satisfiedFrom(String threshold) {
            satisfiedThreshold = new BigDecimal(threshold);
            return this;
        }

        public ScoreRow in(String segmentValue) {
            this.segmentValue = segmentValue;
            return this;
        }

        public ScoreCount tally() {
            return new ScoreCount(
                    segmentValue, surveyId, touchpoint, scaleMin, scaleMax, satisfiedThreshold, score, count);
        }
    }

    public static final class ActivityRow {
        private final long count;
        private String segmentValue;
        private boolean activeAtStart;
        private boolean activeAtEnd;
        private boolean acquired;
        private Boolean activeDuring;

        private ActivityRow(long count) {
            this.count = count;
        }

        public ActivityRow activeAtStart() {
            activeAtStart = true;
            return this;
        }

        public ActivityRow activeAtEnd() {
            activeAtEnd = true;
            return this;
        }

        public ActivityRow acquired() {
            acquired = true;
            return this;
        }

        /** Active on some day of the period although on neither its start nor its last day. */
        public ActivityRow activeDuring() {
            activeDuring = true;
            return this;
        }

        public ActivityRow in(String segmentValue) {
            this.segmentValue = segmentValue;
            return this;
        }

        /** Active during the period when set so, or when active at its start or on its last day. */
        public ActivityTally tally() {
            boolean during = activeDuring != null ? activeDuring : activeAtStart || activeAtEnd;
            return new ActivityTally(segmentValue, activeAtStart, activeAtEnd, during, acquired, count);
        }
    }

    public static final class MrrRow {
        private final long count;
        private final BigDecimal startMrr;
        private final BigDecimal endMrr;
        private String segmentValue;
        private boolean hadMrrBefore;

        private MrrRow(long count, BigDecimal startMrr, BigDecimal endMrr) {
            this.count = count;
            this.startMrr = startMrr;
            this.endMrr = endMrr;
            this.hadMrrBefore = startMrr.signum() > 0;
        }

        /** Paid at some time before the start day, though perhaps not on it. */
        public MrrRow hadMrrBefore() {
            hadMrrBefore = true;
            return this;
        }

        public MrrRow in(String segmentValue) {
            this.segmentValue = segmentValue;
            return this;
        }

        public MrrChangeGroup tally() {
            return new MrrChangeGroup(
                    segmentValue,
                    startMrr.signum() > 0,
                    endMrr.signum() > 0,
                    endMrr.compareTo(startMrr),
                    hadMrrBefore,
                    count,
                    startMrr,
                    endMrr);
        }
    }
}
