package org.kizuna.metrics;

import java.util.List;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.revenue.ValueInputs;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.voice.VoiceInputs;

/**
 * The tallies that metrics are computed from, produced by the store. Each method returns small, mergeable
 * rows (counts and sums per segment value), never one row per event, so that the heavy work stays in the
 * store and the business rules stay here. With {@code by} empty every row's segment value is null. The
 * tallies of each catalogue family beyond these shared ones come from that family's own port.
 */
public interface MetricInputs {

    /** How this workspace decides that a customer is active. */
    ActivityBasis activityBasis();

    /**
     * Customers' activity at the period's start (on the day before its first day, so that a subscription
     * ending on the first day is lost in this period and a customer acquired on it is only acquired) and on
     * its last day, and acquisitions within it.
     */
    List<ActivityTally> activity(Period period, Optional<String> by);

    /** MRR change groups from the day before the period to its last day; empty without subscriptions. */
    List<MrrChangeGroup> mrrChanges(Period period, Optional<String> by);

    /** Whether the workspace has any subscriptions, i.e. whether MRR is defined at all. */
    boolean hasSubscriptions();

    /** Score counts of the responses answered within the period to surveys of one type (nps, csat, ces …). */
    List<ScoreCount> surveyScores(Period period, Optional<String> by, String surveyType);

    VoiceInputs voice();

    RetentionInputs retention();

    ValueInputs value();

    EngagementInputs engagement();

    SupportInputs support();

    AdvocacyInputs advocacy();
}
