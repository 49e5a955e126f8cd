package org.kizuna.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsAMonthAsItsCalendarDays() {
        Period june = Period.parse("2024-06");
        assertThat(june.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(june.first()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(june.last()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(june.days()).isEqualTo(30);
    }

    /**
     * 2023 ends on 31 December, the day before January 2024 starts; February 2024 ends on the 29th, the day
     * before March; a gap of a day (2024-01-01..2024-01-30, then February) or an overlap (the year, then its
     * first month) does not follow.
     */
    @Test
    void aPeriodIsFollowedByOneStartingTheDayAfterItEnds() {
        assertThat(Period.parse("2023").isFollowedBy(Period.parse("2024-01"))).isTrue();
        assertThat(Period.parse("2024-02").isFollowedBy(Period.parse("2024-03")))
                .isTrue();
        assertThat(Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 30))
                        .isFollowedBy(Period.parse("2024-02")))
                .isFalse();
        assertThat(Period.parse("2024").isFollowedBy(Period.parse("2024-01"))).isFalse();
    }

    @Test
    void readsALeapFebruary() {
        assertThat(Period.parse("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2023-02").last()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void readsAQuarterInEitherCase() {
        Period q2 = Period.parse("2024-q2");
        assertThat(q2.label()).isEqualTo("2024-Q2");
        assertThat(q2.first()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(q2.last()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(q2.days()).isEqualTo(91); // 30 + 31 + 30
    }

    @Test
    void readsAnIsoWeekFromMondayToSunday() {
        // ISO week 1 of 2025 starts on Monday 30 December 2024, the week holding the year's first Thursday
        Period week = Period.parse("2025-W01");
        assertThat(week.first()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(week.last()).isEqualTo(LocalDate.of(2025, 1, 5));
        // 2020 has 53 ISO weeks (it starts on a Wednesday and is a leap year); week 53 ends on 3 January 2021
        assertThat(Period.parse("2020-W53").last()).isEqualTo(LocalDate.of(2021, 1, 3));
    }

    @Test
    void refusesAWeekTheYearDoesNotHave() {
        assertThatThrownBy(() -> Period.parse("2021-W53"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("week 53 does not exist in 2021 (1 to 52)");
    }

    @Test
    void readsAYearADayAndARange() {
        assertThat(Period.parse("2024").days()).isEqualTo(366);
        Period day = Period.parse("2024-06-15");
        assertThat(day.granularity()).isEqualTo(Granularity.DAY);
        assertThat(day.first()).isEqualTo(day.last());
        Period range = Period.parse("2024-04-01..2024-05-15");
        assertThat(range.granularity()).isEqualTo(Granularity.RANGE);
        assertThat(range.days()).isEqualTo(45); // 30 days of April + 15 of May
    }

    @Test
    void previousPeriodIsOfTheSameKindAndEndsTheDayBefore() {
        assertThat(Period.parse("2024-01").previous().label()).isEqualTo("2023-12");
        assertThat(Period.parse("2024-Q1").previous().label()).isEqualTo("2023-Q4");
        assertThat(Period.parse("2025-W01").previous().label()).isEqualTo("2024-W52");
        assertThat(Period.parse("2024").previous().label()).isEqualTo("2023");
        assertThat(Period.parse("2024-03-01").previous().label()).isEqualTo("2024-02-29");
        Period range = Period.parse("2024-04-01..2024-05-15").previous();
        assertThat(range.last()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(range.days()).isEqualTo(45);
    }

    @Test
    void namesTheAcceptedFormsWhenTheTextIsNoneOfThem() {
        assertThatThrownBy(() -> Period.parse("June 2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period \"June 2024\" is not one of " + Period.FORMS);
    }

    @Test
    void refusesAMonthThatDoesNotExist() {
        assertThatThrownBy(() -> Period.parse("2024-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("period \"2024-13\" is not a calendar date");
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Period.parse("2024-05-15..2024-04-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period \"2024-05-15..2024-04-01\" ends before it starts; write the earlier day first");
    }

    @Test
    void findsThePeriodContainingADay() {
        assertThat(Period.containing(Granularity.QUARTER, LocalDate.of(2024, 11, 23))
                        .label())
                .isEqualTo("2024-Q4");
        assertThat(Period.containing(Granularity.WEEK, LocalDate.of(2024, 12, 31))
                        .label())
                .isEqualTo("2025-W01");
    }

    @Test
    void aSeriesRunsFromThePeriodHoldingTheFirstDayToThePeriodHoldingTheLast() {
        assertThat(Period.series(Period.parse("2024-01"), Period.parse("2024-06"), Granularity.MONTH))
                .extracting(Period::label)
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        // 15 Feb lies in Q1 and 10 Aug in Q3: Q1, Q2, Q3
        assertThat(Period.series(Period.parse("2024-02-15"), Period.parse("2024-08-10"), Granularity.QUARTER))
                .extracting(Period::label)
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3");
        // weeks across the turn of the year: 30 Dec 2024 is in 2025-W01
        assertThat(Period.series(Period.parse("2024-12-20"), Period.parse("2025-01-06"), Granularity.WEEK))
                .extracting(Period::label)
                .containsExactly("2024-W51", "2024-W52", "2025-W01", "2025-W02");
        assertThat(Period.series(Period.parse("2024-02-28"), Period.parse("2024-03-01"), Granularity.DAY))
                .extracting(Period::label)
                .containsExactly("2024-02-28", "2024-02-29", "2024-03-01");
    }

    @Test
    void refusesASeriesThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Period.series(Period.parse("2024-06"), Period.parse("2024-01"), Granularity.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the series ends (2024-01) before it starts (2024-06)");
    }

    @Test
    void aMonthAQuarterAndAYearSpanTheirCalendarMonths() {
        assertThat(Period.parse("2024-02").months()).isEqualByComparingTo("1");
        assertThat(Period.parse("2024-Q2").months()).isEqualByComparingTo("3");
        assertThat(Period.parse("2024").months()).isEqualByComparingTo("12");
        assertThat(Period.parse("2024-04-01..2024-05-31").wholeMonths())
                .containsExactly(java.time.YearMonth.of(2024, 4), java.time.YearMonth.of(2024, 5));
    }

    @Test
    void otherPeriodsSpanTheirDaysOverTheMeanMonth() {
        // 7 days / 30.4375 = 0.2299794661...
        assertThat(Period.parse("2024-W23").months()).isEqualByComparingTo("0.2299794661190965");
        assertThat(Period.parse("2024-W23").wholeMonths()).isEmpty();
        // 1 June to 15 July is not whole months: 45 / 30.4375 = 1.4784394250...
        assertThat(Period.parse("2024-06-01..2024-07-15").months().setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("1.478439");
        // 14 days / 7 = 2 weeks
        assertThat(Period.parse("2024-06-01..2024-06-14").weeks()).isEqualByComparingTo("2");
    }
}
