package org.kizuna.store.survey;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

/**
 * A CSV file of contacts, UTF-8 (with or without BOM), header row: {@code customer_id} and {@code user_id}
 * (required), {@code email}, {@code name}, {@code language} (optional). Loaded all or nothing: every row is
 * checked first (known customer, an address that looks like one, no contact twice) and each problem reported
 * as {@code file:line: reason}.
 */
final class ContactsFile {

    private static final List<String> COLUMNS = List.of("customer_id", "user_id", "email", "name", "language");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int SHOWN_PROBLEMS = 20;

    private final Path file;

    ContactsFile(Path file) {
        this.file = file;
    }

    private record Contact(long line, String customerId, String userId, String email, String name, String language) {}

    int loadInto(Workspace workspace) {
        List<Contact> contacts = read();
        try (Connection connection = workspace.connect()) {
            List<String> problems = new ArrayList<>();
            Set<String> customers = customerIds(connection);
            Set<String> seen = new HashSet<>();
            for (Contact c : contacts) {
                String where = file.getFileName() + ":" + c.line() + ": ";
                if (!customers.contains(c.customerId())) {
                    problems.add(where + "customer_id: no customer " + c.customerId() + " in the workspace");
                }
                if (!seen.add(c.customerId() + "\u0000" + c.userId())) {
                    problems.add(where + "user " + c.userId() + " of customer " + c.customerId() + " is listed twice");
                }
                if (c.email() != null && !EMAIL.matcher(c.email()).matches()) {
                    problems.add(where + "email: \"" + c.email() + "\" is not an email address");
                }
            }
            if (!problems.isEmpty()) {
                StringBuilder message = new StringBuilder();
                problems.stream()
                        .limit(SHOWN_PROBLEMS)
                        .forEach(p -> message.append(p).append('\n'));
                if (problems.size() > SHOWN_PROBLEMS) {
                    message.append("… and ")
                            .append(problems.size() - SHOWN_PROBLEMS)
                            .append(" more\n");
                }
                message.append("No contacts were loaded: ")
                        .append(problems.size())
                        .append(problems.size() == 1 ? " problem" : " problems")
                        .append(" to fix first.");
                throw new ContactsRejectedException(message.toString(), problems);
            }
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM survey_contacts WHERE customer_id = ? AND user_id = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO survey_contacts (customer_id, user_id, email, name, language)"
                                    + " VALUES (?, ?, ?, ?, ?)")) {
                for (Contact c : contacts) {
                    delete.setString(1, c.customerId());
                    delete.setString(2, c.userId());
                    delete.executeUpdate();
                    insert.setString(1, c.customerId());
                    insert.setString(2, c.userId());
                    setText(insert, 3, c.email());
                    setText(insert, 4, c.name());
                    setText(insert, 5, c.language());
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(
                    "cannot load the contacts: " + WorkspaceException.databaseCause(e.getMessage()), e);
        }
        return contacts.size();
    }

    private List<Contact> read() {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(file + ": no such file");
        }
        List<Contact> contacts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> columns = null;
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    continue;
                }
                String where = file.getFileName() + ":" + record.getStartingLineNumber() + ": ";
                String customer = field(record, columns, "customer_id");
                String user = field(record, columns, "user_id");
                if (customer == null || user == null) {
                    throw new WorkspaceException(where + "customer_id and user_id are required");
                }
                contacts.add(new Contact(
                        record.getStartingLineNumber(),
                        customer,
                        user,
                        field(record, columns, "email"),
                        field(record, columns, "name"),
                        field(record, columns, "language")));
            }
            if (columns == null) {
                throw new WorkspaceException(
                        file + ": is empty; the first line must name the columns " + String.join(", ", COLUMNS));
            }
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new WorkspaceException(
                    file + ": cannot be read: " + e.getCause().getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new WorkspaceException(file + ": is not a readable CSV file: " + e.getMessage(), e);
        }
        return contacts;
    }

    private Map<String, Integer> header(CsvRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new WorkspaceException(file.getFileName() + ":1: unknown column \"" + name + "\"; known: "
                        + String.join(", ", COLUMNS));
            }
            columns.put(name, i);
        }
        for (String required : List.of("customer_id", "user_id")) {
            if (!columns.containsKey(required)) {
                throw new WorkspaceException(file.getFileName() + ":1: the column " + required + " is missing");
            }
        }
        return columns;
    }

    private static String field(CsvRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static Set<String> customerIds(Connection connection) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT customer_id FROM customers")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
