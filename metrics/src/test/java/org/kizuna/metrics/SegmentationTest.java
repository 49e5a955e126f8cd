package org.kizuna.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kizuna.metrics.Segmentation.Slice;

class SegmentationTest {

    /** A tally row reduced to what segmentation reads: its segment value, and a count to follow it by. */
    private record Row(String segmentValue, long customers) {}

    @Test
    void coversTheWholeBaseOnlyWithoutABreakdown() {
        List<Row> rows = List.of(new Row(null, 3), new Row(null, 5));

        List<Slice<Row>> slices = Segmentation.slices(Requests.wholeBase("2024-06"), rows, Row::segmentValue);

        assertThat(slices).containsExactly(new Slice<>(Segment.ALL, rows));
    }

    @Test
    void putsTheWholeBaseFirstThenValuesInNaturalOrderWithNullLast() {
        List<Row> rows = List.of(
                new Row("pro", 2), new Row(null, 3), new Row("basic", 5), new Row("pro", 7), new Row("enterprise", 11));

        List<Slice<Row>> slices =
                Segmentation.slices(Requests.brokenDownBy("plan", "2024-06"), rows, Row::segmentValue);

        assertThat(slices)
                .extracting(Slice::segment)
                .containsExactly(
                        Segment.ALL,
                        Segment.of("plan", "basic"),
                        Segment.of("plan", "enterprise"),
                        Segment.of("plan", "pro"),
                        Segment.of("plan", null));
        assertThat(slices.get(0).rows()).isEqualTo(rows);
        assertThat(slices.get(3).rows()).containsExactly(new Row("pro", 2), new Row("pro", 7));
        assertThat(slices.get(4).rows()).containsExactly(new Row(null, 3));
    }

    @Test
    void partitionsTheRowsSoThatSegmentsAddUpToTheWholeBase() {
        List<Row> rows = List.of(new Row("pro", 2), new Row(null, 3), new Row("basic", 5), new Row("pro", 7));

        List<Slice<Row>> slices =
                Segmentation.slices(Requests.brokenDownBy("plan", "2024-06"), rows, Row::segmentValue);

        long segmentsTotal = slices.subList(1, slices.size()).stream()
                .flatMap(slice -> slice.rows().stream())
                .mapToLong(Row::customers)
                .sum();
        // 2 + 3 + 5 + 7
        assertThat(segmentsTotal).isEqualTo(17);
    }

    @Test
    void keepsTheWholeBaseWhenThereAreNoRows() {
        List<Slice<Row>> slices =
                Segmentation.slices(Requests.brokenDownBy("plan", "2024-06"), List.of(), Row::segmentValue);

        assertThat(slices).containsExactly(new Slice<>(Segment.ALL, List.of()));
    }

    @Test
    void segmentsTheValuesOfSeveralInputsTogether() {
        List<Segment> segments = Segmentation.segments(
                Requests.brokenDownBy("plan", "2024-06"), Arrays.asList("pro", null, "free", "pro"));

        assertThat(segments)
                .containsExactly(
                        Segment.ALL, Segment.of("plan", "free"), Segment.of("plan", "pro"), Segment.of("plan", null));
    }

    @Test
    void refusesASegmentOfSeveralAttributes() {
        Segment twoAttributes = new Segment(Map.of("plan", "pro", "region", "kanto"));

        assertThatThrownBy(() -> Segmentation.rowsIn(twoAttributes, List.of(new Row("pro", 2)), Row::segmentValue))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
