package org.kizuna.store.importing;

import java.util.List;

/**
 * Rules checked together in one scan of a staged table.
 *
 * @param from the FROM clause, naming the staged row {@code r} (and whatever it joins)
 * @param rowId SQL for the staged row's id in that clause
 * @param checks the rules
 */
record CheckGroup(String from, String rowId, List<Check> checks) {

    CheckGroup {
        checks = List.copyOf(checks);
    }
}
