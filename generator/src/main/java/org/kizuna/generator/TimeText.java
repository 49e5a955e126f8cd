package org.kizuna.generator;

import java.time.LocalDate;

/**
 * Writes days as {@code YYYY-MM-DD} and moments as ISO-8601 timestamps with the +09:00 offset. The history's
 * dates are formatted once up front, because timestamps are the bulk of the output and a formatter per row would
 * dominate the generation time.
 */
final class TimeText {

    private static final char[] OFFSET = "+09:00".toCharArray();

    private final int firstDay;
    private final String[] dates;

    TimeText(int firstDay, int lastDay) {
        this.firstDay = firstDay;
        this.dates = new String[lastDay - firstDay + 1];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = LocalDate.ofEpochDay(firstDay + (long) i).toString();
        }
    }

    String date(int day) {
        int i = day - firstDay;
        return i >= 0 && i < dates.length ? dates[i] : LocalDate.ofEpochDay(day).toString();
    }

    String timestamp(long moment) {
        int day = CompanyCalendar.dayOf(moment);
        int second = (int) (moment - (long) day * CompanyCalendar.SECONDS_PER_DAY);
        char[] text = new char[25];
        date(day).getChars(0, 10, text, 0);
        text[10] = 'T';
        twoDigits(text, 11, second / 3600);
        text[13] = ':';
        twoDigits(text, 14, second / 60 % 60);
        text[16] = ':';
        twoDigits(text, 17, second % 60);
        System.arraycopy(OFFSET, 0, text, 19, OFFSET.length);
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
