package org.kizuna.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    private static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);

    @Test
    void startsTheHistoryTheGivenNumberOfMonthsBeforeTheDayAfterUntil() {
        // 24 months back from 2025-06-01 is 2023-06-01
        assertThat(new GeneratorOptions(10, 24, 42, END_OF_MAY).historyStart()).isEqualTo(LocalDate.of(2023, 6, 1));
        // one month back from 2024-03-01 (the day after a leap day) is 2024-02-01
        assertThat(new GeneratorOptions(10, 1, 42, LocalDate.of(2024, 2, 29)).historyStart())
                .isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void acceptsTheBoundaries() {
        assertThat(new GeneratorOptions(1, 1, 0, END_OF_MAY).months()).isEqualTo(1);
        assertThat(new GeneratorOptions(1, 120, 0, END_OF_MAY).months()).isEqualTo(120);
    }

    @Test
    void rejectsFewerThanOneCustomer() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeneratorOptions(0, 24, 42, END_OF_MAY))
                .withMessageContaining("customers");
    }

    @Test
    void rejectsMonthsOutsideOneToHundredTwenty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorOptions(10, 0, 42, END_OF_MAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeneratorOptions(10, 121, 42, END_OF_MAY))
                .withMessageContaining("months");
    }

    @Test
    void rejectsAMissingEndDate() {
        assertThatNullPointerException().isThrownBy(() -> new GeneratorOptions(10, 24, 42, null));
    }
}
