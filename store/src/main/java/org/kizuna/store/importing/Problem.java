package org.kizuna.store.importing;

/**
 * One thing wrong with the input, where it is and why: {@code orders.csv:1042:4: column amount: "12,5" is
 * not a number}.
 *
 * @param location file, line and column as far as they are known
 * @param reason what is wrong, in words the user can act on
 */
public record Problem(String location, String reason) {

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
