package org.kizuna.metrics.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kizuna.metrics.MetricRequest;
import org.kizuna.metrics.Segment;
import org.kizuna.metrics.Segmentation;
import org.kizuna.metrics.Segmentation.Slice;

/**
 * The segments of a product-usage tally. Broken down by a customer attribute, segments partition the users
 * and the whole base is their sum. Broken down by an event's channel, a user, customer or session seen on two
 * channels counts in both, so the whole base is read from the tally without breakdown instead of summed.
 */
final class UsageSlices {

    private UsageSlices() {}

    static <T> List<Slice<T>> of(
            MetricRequest request,
            Function<Optional<String>, List<T>> tally,
            Function<? super T, String> segmentValue) {
        List<Slice<T>> slices = Segmentation.slices(request, tally.apply(request.by()), segmentValue);
        if (!byRowAttribute(request)) {
            return slices;
        }
        List<Slice<T>> distinct = new ArrayList<>();
        distinct.add(new Slice<>(Segment.ALL, tally.apply(Optional.empty())));
        distinct.addAll(slices.subList(1, slices.size()));
        return distinct;
    }

    /** Whether the request breaks down by an attribute of the events rather than of customers. */
    static boolean byRowAttribute(MetricRequest request) {
        return request.by().filter(Segmentation.ROW_ATTRIBUTES::contains).isPresent();
    }

    /** The convention's clause for a breakdown by an event's channel, else empty text. */
    static String rowAttributeClause(MetricRequest request, String counted) {
        return byRowAttribute(request)
                ? "; broken down by " + request.by().get() + ", " + counted + " on two "
                        + request.by().get() + "s counts in each, and once in the whole base"
                : "";
    }
}
