package org.kizuna.store.importing;

import java.nio.file.Path;
import java.util.Optional;
import org.kizuna.domain.contract.Table;

/**
 * Where one contract table's rows come from: a file, or one sheet of a workbook.
 *
 * @param table the contract table
 * @param file the file
 * @param format its format
 * @param sheet the worksheet, for workbooks
 */
record Source(Table table, Path file, SourceFormat format, Optional<String> sheet) {

    /** The source as error messages name it: {@code orders.csv}, or {@code book.xlsx[orders]}. */
    String displayName() {
        String name = file.getFileName().toString();
        return sheet.map(s -> name + "[" + s + "]").orElse(name);
    }
}
