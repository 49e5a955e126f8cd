package org.kizuna.store.customer;

import java.util.Locale;

/** Whether a customer is active on the day a list or profile is made for, as the metrics judge activity. */
public enum CustomerStatus {
    ACTIVE,
    CHURNED;

    /** The status as output writes it: {@code active} or {@code churned}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a user typed, {@code active} or {@code churned}, in any case.
     *
     * @throws IllegalArgumentException naming the two statuses for anything else
     */
    public static CustomerStatus parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (CustomerStatus status : values()) {
            if (status.label().equals(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status \"" + text + "\" is neither active nor churned");
    }
}
