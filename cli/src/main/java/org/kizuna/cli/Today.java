package org.kizuna.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * What day it is for the command line: the workspace's (or machine's) today, or the day KIZUNA_TODAY names,
 * so that scripts and tests get the same answers on any day.
 */
public final class Today {

    private Today() {}

    public static LocalDate in(ZoneId zone) {
        String fixed = System.getenv("KIZUNA_TODAY");
        if (fixed != null && !fixed.isBlank()) {
            try {
                return LocalDate.parse(fixed.strip());
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("KIZUNA_TODAY=\"" + fixed + "\" is not a date (YYYY-MM-DD)");
            }
        }
        return LocalDate.now(Clock.system(zone));
    }

    /** The last month that has fully passed. */
    public static YearMonth lastFullMonth(ZoneId zone) {
        return YearMonth.from(in(zone)).minusMonths(1);
    }
}
