package org.kizuna.store.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.domain.contract.Column;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;
import org.kizuna.store.Reason;

/**
 * A source's column names matched against its contract table: case-insensitive, any order. Missing
 * required columns and repeated names are problems; unknown names are kept as custom attributes of
 * customers and reported elsewhere.
 *
 * @param names every column name in source order, lower case
 * @param known those the contract knows
 * @param extra the others
 */
record Header(List<String> names, List<String> known, List<String> extra) {

    static Header match(
            Source source, List<String> rawNames, String location, List<Problem> problems, List<Notice> notices) {
        Table table = source.table();
        List<String> names = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawNames.size(); i++) {
            String raw = rawNames.get(i) == null ? "" : rawNames.get(i).strip();
            String name = raw.toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.isEmpty()) {
                problems.add(new Problem(location, Reason.of("unnamed_column", i + 1)));
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                problems.add(new Problem(location, Reason.of("repeated_column", i + 1, raw, earlier)));
                continue;
            }
            if (table.column(name).isPresent()) {
                known.add(name);
            } else {
                extra.add(name);
            }
        }
        for (Column column : table.columns()) {
            if (column.required() && !known.contains(column.name())) {
                problems.add(new Problem(location, Reason.of("missing_column", column.name())));
            }
        }
        if (!extra.isEmpty()) {
            if (table == DataContract.CUSTOMERS) {
                notices.add(new Notice(source.displayName(), Reason.of("custom_attributes", String.join(", ", extra))));
            } else {
                notices.add(new Notice(source.displayName(), Reason.of("ignored_columns", String.join(", ", extra))));
            }
        }
        return new Header(names, known, extra);
    }

    int position(String name) {
        return names.indexOf(name) + 1;
    }
}
