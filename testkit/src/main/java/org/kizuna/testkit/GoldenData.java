package org.kizuna.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kizuna.domain.contract.DataContract;
import org.kizuna.domain.contract.Table;

/**
 * The golden data set: a small company in every table of the data format, whose metrics are worked out by hand
 * in {@code GOLDEN*.md} beside its files. Tests import it from a folder of its own.
 */
public final class GoldenData {

    /** Where the data set's files lie on the classpath. */
    public static final String FOLDER = "/org/kizuna/testkit/golden/";

    private GoldenData() {}

    /** Writes the data set's table files into the folder (created if need be) and returns the folder. */
    public static Path copyTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Table table : DataContract.TABLES) {
                String file = table.name() + ".csv";
                Optional<String> text = resource(file);
                if (text.isPresent()) {
                    Files.writeString(folder.resolve(file), text.get(), StandardCharsets.UTF_8);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file beside the data set (a table, an expectation file, a document), if it exists. */
    public static Optional<String> resource(String file) {
        try (InputStream in = GoldenData.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
