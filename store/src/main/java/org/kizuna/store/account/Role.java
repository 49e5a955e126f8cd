package org.kizuna.store.account;

import java.util.Locale;

/** What an account may do: an admin everything, an analyst see every figure and the rows behind it, a viewer the figures. */
public enum Role {
    ADMIN,
    ANALYST,
    VIEWER;

    /** The role as written in the database and on the command line: {@code admin}, {@code analyst}, {@code viewer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("role \"" + id + "\" is not admin, analyst or viewer");
    }
}
