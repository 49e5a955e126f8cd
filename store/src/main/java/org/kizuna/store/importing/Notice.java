package org.kizuna.store.importing;

import java.util.Locale;
import org.kizuna.store.Reason;

/**
 * Something worth knowing about an import that did not stop it: an unknown file or column, custom attributes
 * kept, an encoding detected.
 *
 * @param where the file (and sheet) it is about
 * @param what what was noticed, as a key of the importer's wording ({@link Reason})
 */
public record Notice(String where, Reason what) {

    /** In English, as the command line says it: {@code customers.csv: kept as custom attributes: tier}. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** In the language of the locale when the importer has its wording in it, otherwise in English. */
    public String in(Locale locale) {
        return where + ": " + what.in(locale);
    }
}
