package org.kizuna.metrics;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The segments a request asks for, in output order: the whole base first, then, only when the request breaks
 * down by an attribute, one segment per value the tallies hold, in natural order with the customers lacking
 * the attribute (null) last. It only partitions tally rows; it never computes a figure.
 */
public final class Segmentation {

    /**
     * Attributes of input rows rather than of customers: a survey's touchpoint, and the channel of an event,
     * ticket, invitation, referral or mention. Only the metrics whose rows carry one can be broken down by it.
     */
    public static final List<String> ROW_ATTRIBUTES = List.of("touchpoint", "channel");

    private static final Comparator<String> NULL_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private Segmentation() {}

    /**
     * The rows of one segment.
     *
     * @param segment the customers covered
     * @param rows the tally rows of those customers
     */
    public record Slice<T>(Segment segment, List<T> rows) {

        public Slice {
            rows = List.copyOf(rows);
        }
    }

    /** The request's segments over one kind of tally row, each with its rows. */
    public static <T> List<Slice<T>> slices(
            MetricRequest request, List<T> rows, Function<? super T, String> segmentValue) {
        return segments(request, rows.stream().map(segmentValue).toList()).stream()
                .map(segment -> new Slice<>(segment, rowsIn(segment, rows, segmentValue)))
                .toList();
    }

    /**
     * The request's segments given every segment value the tallies hold (nulls included); metrics that read
     * several kinds of tally pass the values of all of them, so that a value seen in one kind only still gets
     * its segment.
     */
    public static List<Segment> segments(MetricRequest request, Collection<String> segmentValues) {
        if (request.by().isEmpty()) {
            return List.of(Segment.ALL);
        }
        String attribute = request.by().get();
        Stream<Segment> breakdown =
                segmentValues.stream().distinct().sorted(NULL_LAST).map(value -> Segment.of(attribute, value));
        return Stream.concat(Stream.of(Segment.ALL), breakdown).toList();
    }

    /** The rows that belong to a segment: all of them for the whole base. */
    public static <T> List<T> rowsIn(Segment segment, List<T> rows, Function<? super T, String> segmentValue) {
        if (segment.isAll()) {
            return List.copyOf(rows);
        }
        if (segment.attributes().size() != 1) {
            throw new IllegalArgumentException("segment " + segment + " does not break down by one attribute");
        }
        String value = segment.attributes().values().iterator().next();
        return rows.stream()
                .filter(row -> Objects.equals(value, segmentValue.apply(row)))
                .toList();
    }
}
