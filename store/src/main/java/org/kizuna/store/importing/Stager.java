package org.kizuna.store.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.kizuna.store.Reason;

/**
 * Reads one source into a temporary table of text columns. CSV and Parquet are read by DuckDB itself (the
 * fast path); JSON Lines and workbooks are first written out as CSV with each row's line, so that every
 * format is then checked and loaded by the same SQL.
 */
final class Stager {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final String LINE_COLUMN = "_line";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Path scratch;
    private final Optional<Charset> forcedEncoding;
    private final List<Problem> problems;
    private final List<Notice> notices;

    Stager(
            Connection connection,
            Path scratch,
            Optional<Charset> forcedEncoding,
            List<Problem> problems,
            List<Notice> notices) {
        this.connection = connection;
        this.scratch = scratch;
        this.forcedEncoding = forcedEncoding;
        this.problems = problems;
        this.notices = notices;
    }

    /** Stages the source, or returns empty after adding the problems that stopped it. */
    Optional<StagedTable> stage(Source source) throws SQLException, IOException {
        String name = "stg_" + source.table().name();
        return switch (source.format()) {
            case CSV -> stageCsv(source, name);
            case PARQUET -> stageParquet(source, name);
            case JSON_LINES -> stageJsonLines(source, name);
            case XLSX -> stageWorkbookSheet(source, name);
            case ROWS -> throw new IllegalArgumentException("given rows are staged with stageRows");
        };
    }

    private Optional<StagedTable> stageCsv(Source source, String name) throws SQLException, IOException {
        Path file = source.file();
        Charset charset = forcedEncoding.orElse(StandardCharsets.UTF_8);
        boolean detect = forcedEncoding.isEmpty();
        if (detect && !headerIsUtf8(file)) {
            charset = SHIFT_JIS;
        }
        Path utf8 = charset.equals(StandardCharsets.UTF_8) ? file : transcode(source, charset);
        if (utf8 == null) {
            return Optional.empty();
        }
        CsvRead read = readCsv(source, name, utf8);
        if (detect && read.invalidEncoding() && charset.equals(StandardCharsets.UTF_8)) {
            // UTF-8 in the header but not below it: Japanese Excel's Shift_JIS is the likely cause.
            Path converted = transcode(source, SHIFT_JIS);
            if (converted == null) {
                return Optional.empty();
            }
            read = readCsv(source, name, converted);
        }
        problems.addAll(read.problems());
        return read.problems().isEmpty() ? read.staged() : Optional.empty();
    }

    private record CsvRead(Optional<StagedTable> staged, List<Problem> problems, boolean invalidEncoding) {}

    /** Reads a UTF-8 CSV with DuckDB; problems are returned, not yet reported, so that a retry can drop them. */
    private CsvRead readCsv(Source source, String name, Path utf8) throws SQLException, IOException {
        String display = source.displayName();
        List<Problem> found = new ArrayList<>();
        List<String> rawHeader;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(utf8, StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                found.add(new Problem(display + ":1", Reason.of("file_empty")));
                return new CsvRead(Optional.empty(), found, false);
            }
            rawHeader = records.next().getFields();
        } catch (RuntimeException e) {
            found.add(new Problem(display + ":1", Reason.of("header_unreadable", e.getMessage())));
            return new CsvRead(Optional.empty(), found, false);
        }
        List<Notice> headerNotices = new ArrayList<>();
        Header header = Header.match(source, rawHeader, display + ":1", found, headerNotices);
        if (!found.isEmpty()) {
            return new CsvRead(Optional.empty(), found, false);
        }
        StringBuilder columns = new StringBuilder();
        for (String column : header.names()) {
            if (columns.length() > 0) {
                columns.append(", ");
            }
            columns.append(Sql.literal(column)).append(": 'VARCHAR'");
        }
        String rejects = "rej_" + source.table().name();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + name);
            statement.execute("CREATE TEMP TABLE " + name + " AS SELECT * FROM read_csv(" + Sql.literal(utf8.toString())
                    + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
                    + " columns = {" + columns + "}, store_rejects = true, rejects_table = " + Sql.literal(rejects)
                    + ", rejects_scan = " + Sql.literal(rejects + "_scan") + ")");
            // DuckDB numbers rejected rows as records (the header is record 1), which is the line only when no
            // quoted field spans lines; the file is read again to find each one's line.
            Map<Long, Reason> rejectedRecords = new java.util.TreeMap<>();
            boolean invalidEncoding = false;
            try (ResultSet r = statement.executeQuery(
                    "SELECT line, error_type, error_message FROM " + rejects + " ORDER BY line, column_idx")) {
                while (r.next()) {
                    invalidEncoding |= "INVALID ENCODING".equals(r.getString(2));
                    rejectedRecords.putIfAbsent(r.getLong(1), rejectReason(r.getString(2), r.getString(3), header));
                }
            }
            CsvLocator locator = new CsvLocator(utf8, display, header, rejectedRecords.keySet());
            Map<Long, Long> lines = locator.linesOfRecords(rejectedRecords.keySet());
            rejectedRecords.forEach((record, reason) ->
                    found.add(new Problem(display + ":" + lines.getOrDefault(record, record), reason)));
            statement.execute("DROP TABLE IF EXISTS " + rejects);
            statement.execute("DROP TABLE IF EXISTS " + rejects + "_scan");
            long rows = count(statement, name);
            if (!invalidEncoding) {
                notices.addAll(headerNotices);
            }
            StagedTable staged = new StagedTable(source, name, header.known(), header.extra(), locator, rows);
            return new CsvRead(Optional.of(staged), found, invalidEncoding);
        }
    }

    private static Reason rejectReason(String type, String message, Header header) {
        int expected = header.names().size();
        return switch (type) {
            case "TOO MANY COLUMNS" -> Reason.of("too_many_fields", expected);
            case "MISSING COLUMNS" -> Reason.of("too_few_fields", expected);
            case "UNQUOTED VALUE" -> Reason.of("text_after_quote");
            case "INVALID ENCODING" -> Reason.of("bad_encoding");
            case "LINE SIZE OVER MAXIMUM" -> Reason.of("line_too_long");
            default -> Reason.text(message == null ? type.toLowerCase(java.util.Locale.ROOT) : message);
        };
    }

    private static boolean headerIsUtf8(Path file) throws IOException {
        byte[] start;
        try (var in = Files.newInputStream(file)) {
            start = in.readNBytes(64 * 1024);
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(start, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Rewrites a file in another encoding as UTF-8, line by line, or reports the first line that does not
     * decode. Splitting on the newline byte is safe: no multi-byte Shift_JIS character contains it.
     */
    private Path transcode(Source source, Charset charset) throws IOException {
        Path target = scratch.resolve(source.table().name() + ".utf8.csv");
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(source.file()), 1 << 16);
                Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
            int b;
            do {
                b = in.read();
                if (b >= 0) {
                    bytes.write(b);
                }
                if ((b == '\n' || b < 0) && bytes.size() > 0) {
                    out.write(
                            decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
                    bytes.reset();
                    line++;
                }
            } while (b >= 0);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(
                    source.displayName() + ":" + line,
                    forcedEncoding.isPresent()
                            ? Reason.of("not_charset", charset.name())
                            : Reason.of("unknown_encoding")));
            return null;
        }
        notices.add(new Notice(
                source.displayName(),
                Reason.of("read_as", charset.equals(SHIFT_JIS) ? "Shift_JIS (CP932)" : charset.name())));
        return target;
    }

    private Optional<StagedTable> stageParquet(Source source, String name) throws SQLException {
        String display = source.displayName();
        List<String> rawNames = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                    + Sql.literal(source.file().toString()) + ")")) {
                while (r.next()) {
                    rawNames.add(r.getString(1));
                }
            } catch (SQLException e) {
                problems.add(new Problem(display, Reason.of("not_parquet", Sql.firstLine(e))));
                return Optional.empty();
            }
            int before = problems.size();
            Header header = Header.match(source, rawNames, display, problems, notices);
            if (problems.size() > before) {
                return Optional.empty();
            }
            StringBuilder select = new StringBuilder();
            for (int i = 0; i < rawNames.size(); i++) {
                if (i > 0) {
                    select.append(", ");
                }
                select.append("CAST(")
                        .append(Sql.identifier(rawNames.get(i)))
                        .append(" AS VARCHAR) AS ")
                        .append(Sql.identifier(header.names().get(i)));
            }
            statement.execute("DROP TABLE IF EXISTS " + name);
            statement.execute("CREATE TEMP TABLE " + name + " AS SELECT " + select + " FROM read_parquet("
                    + Sql.literal(source.file().toString()) + ")");
            long rows = count(statement, name);
            RowLocator locator = new RowLocator() {
                @Override
                public Map<Long, String> rows(Connection c, Set<Long> rowIds) {
                    Map<Long, String> rows = new HashMap<>();
                    rowIds.forEach(id -> rows.put(id, display + ":row " + (id + 1)));
                    return rows;
                }

                @Override
                public String column(String columnName) {
                    return ":" + header.position(columnName);
                }
            };
            return Optional.of(new StagedTable(source, name, header.known(), header.extra(), locator, rows));
        }
    }

    private Optional<StagedTable> stageJsonLines(Source source, String name) throws IOException, SQLException {
        String display = source.displayName();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        int before = problems.size();
        long line = 0;
        try (BufferedReader in = Files.newBufferedReader(source.file(), StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = parseObject(display, line, text);
                if (node != null) {
                    node.fieldNames().forEachRemaining(keys::add);
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Header header = Header.match(source, List.copyOf(keys), display, problems, notices);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Path csv = scratch.resolve(source.table().name() + ".jsonl.csv");
        List<String> originalKeys = List.copyOf(keys);
        try (BufferedReader in = Files.newBufferedReader(source.file(), StandardCharsets.UTF_8);
                CsvWriter out = CsvWriter.builder().build(csv, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(header.names());
            head.add(LINE_COLUMN);
            out.writeRecord(head);
            String text;
            line = 0;
            String[] row = new String[originalKeys.size() + 1];
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(text);
                for (int i = 0; i < originalKeys.size(); i++) {
                    JsonNode value = node.get(originalKeys.get(i));
                    if (value != null && value.isContainerNode()) {
                        problems.add(new Problem(display + ":" + line, Reason.of("nested_field", originalKeys.get(i))));
                    }
                    row[i] = value == null || value.isNull()
                            ? null
                            : value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
                }
                row[originalKeys.size()] = Long.toString(line);
                out.writeRecord(row);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(stageConverted(source, name, csv, header, ""));
    }

    private JsonNode parseObject(String display, long line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                problems.add(new Problem(display + ":" + line, Reason.of("not_json_object")));
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(display + ":" + line, Reason.of("not_json", e.getOriginalMessage())));
            return null;
        }
    }

    /**
     * Stages rows given as values (column name to a plain value: text, number, boolean or null), as the API
     * receives them. Every column of the contract is staged, so that a row lacking a required value is
     * reported at that row; names are matched as a file's header is, and a nested object or list is a
     * problem of its row and field. Each row's position is kept in place of a line.
     */
    Optional<StagedTable> stageRows(Source source, List<? extends Map<String, ?>> givenRows)
            throws IOException, SQLException {
        String name = "stg_" + source.table().name();
        String display = source.displayName();
        int before = problems.size();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        givenRows.forEach(row -> keys.addAll(row.keySet()));
        Set<String> lowerKeys = new java.util.HashSet<>();
        keys.forEach(k -> lowerKeys.add(k == null ? "" : k.strip().toLowerCase(java.util.Locale.ROOT)));
        List<String> rawNames = new ArrayList<>(keys);
        for (String column : source.table().columnNames()) {
            if (!lowerKeys.contains(column)) {
                rawNames.add(column);
            }
        }
        Header header = Header.match(source, rawNames, display, problems, notices);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Path csv = scratch.resolve(source.table().name() + ".rows.csv");
        try (CsvWriter out = CsvWriter.builder().build(csv, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(header.names());
            head.add(LINE_COLUMN);
            out.writeRecord(head);
            String[] values = new String[rawNames.size() + 1];
            for (int index = 0; index < givenRows.size(); index++) {
                Map<String, ?> row = givenRows.get(index);
                for (int i = 0; i < rawNames.size(); i++) {
                    Object value = row.get(rawNames.get(i));
                    if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof Object[]) {
                        Reason nested = Reason.of("nested_field", rawNames.get(i));
                        problems.add(new Problem(
                                display + "[" + index + "]." + header.names().get(i),
                                nested.english(),
                                Optional.of(new Problem.Field(
                                        source.table().name(),
                                        index,
                                        header.names().get(i),
                                        Reason.of("nested_value").english())),
                                nested));
                        value = null;
                    }
                    values[i] = plain(value);
                }
                values[rawNames.size()] = Integer.toString(index);
                out.writeRecord(values);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(stageConverted(source, name, csv, header, "rows"));
    }

    /** A given value as a cell is written: numbers in plain decimal notation, booleans as true or false. */
    private static String plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }

    private Optional<StagedTable> stageWorkbookSheet(Source source, String name) throws IOException, SQLException {
        String display = source.displayName();
        Path csv = scratch.resolve(source.table().name() + ".xlsx.csv");
        int before = problems.size();
        Header header = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(source.file().toFile(), new ReadingOptions(true, false));
                CsvWriter out = CsvWriter.builder().build(csv, StandardCharsets.UTF_8)) {
            Sheet sheet = workbook.findSheet(source.sheet().orElseThrow()).orElseThrow();
            try (var rows = sheet.openStream()) {
                Iterator<Row> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    if (header == null) {
                        List<String> names = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            names.add(row.getCellText(i));
                        }
                        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
                            names.remove(names.size() - 1);
                        }
                        header = Header.match(source, names, display + ":" + row.getRowNum(), problems, notices);
                        if (problems.size() > before) {
                            return Optional.empty();
                        }
                        List<String> head = new ArrayList<>(header.names());
                        head.add(LINE_COLUMN);
                        out.writeRecord(head);
                        continue;
                    }
                    String[] values = new String[header.names().size() + 1];
                    boolean empty = true;
                    for (int i = 0; i < header.names().size(); i++) {
                        values[i] = cellText(row, i, display);
                        empty &= values[i] == null;
                    }
                    if (empty) {
                        continue;
                    }
                    values[header.names().size()] = Integer.toString(row.getRowNum());
                    out.writeRecord(values);
                }
            }
        }
        if (header == null) {
            problems.add(new Problem(display, Reason.of("sheet_empty")));
            return Optional.empty();
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(stageConverted(source, name, csv, header, "letters"));
    }

    private String cellText(Row row, int index, String display) {
        if (!row.hasCell(index)) {
            return null;
        }
        Cell cell = row.getCell(index);
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean().toString();
            case NUMBER, FORMULA -> numberText(cell);
            case ERROR -> {
                problems.add(new Problem(
                        display + ":" + row.getRowNum() + ":" + columnLetters(index + 1),
                        Reason.of("excel_error", cell.getRawValue())));
                yield null;
            }
        };
    }

    private static String numberText(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(raw);
        } catch (NumberFormatException notANumber) {
            return raw;
        }
        if (isDateFormat(cell.getDataFormatString())) {
            LocalDateTime when = cell.asDate();
            return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? when.toLocalDate().toString()
                    : when.toString();
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return bare.matches(".*[ymdhs].*") && !bare.equals("general");
    }

    static String columnLetters(int position) {
        StringBuilder letters = new StringBuilder();
        for (int n = position; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Reads a CSV that a conversion wrote, whose last column holds each row's line or sheet row. */
    private StagedTable stageConverted(Source source, String name, Path csv, Header header, String columnStyle)
            throws SQLException {
        StringBuilder columns = new StringBuilder();
        for (String column : header.names()) {
            columns.append(Sql.literal(column)).append(": 'VARCHAR', ");
        }
        columns.append(Sql.literal(LINE_COLUMN)).append(": 'BIGINT'");
        String display = source.displayName();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + name);
            statement.execute("CREATE TEMP TABLE " + name + " AS SELECT * FROM read_csv(" + Sql.literal(csv.toString())
                    + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {"
                    + columns + "})");
            long rows = count(statement, name);
            boolean given = columnStyle.equals("rows");
            RowLocator locator = new RowLocator() {
                @Override
                public Map<Long, String> rows(Connection c, Set<Long> rowIds) throws SQLException {
                    Map<Long, String> places = new HashMap<>();
                    // Given rows are named by their position, as a list's items are: customers[3].
                    lines(c, name, rowIds)
                            .forEach((id, line) ->
                                    places.put(id, given ? display + "[" + line + "]" : display + ":" + line));
                    return places;
                }

                @Override
                public String column(String columnName) {
                    int position = header.position(columnName);
                    return switch (columnStyle) {
                        case "letters" -> ":" + columnLetters(position);
                        case "rows" -> "." + columnName;
                        default -> "";
                    };
                }

                @Override
                public Map<Long, Long> positions(Connection c, Set<Long> rowIds) throws SQLException {
                    return given ? lines(c, name, rowIds) : Map.of();
                }
            };
            return new StagedTable(source, name, header.known(), header.extra(), locator, rows);
        }
    }

    /** The line (or, for given rows, the position) that each staged row of a converted source came from. */
    private static Map<Long, Long> lines(Connection connection, String table, Set<Long> rowIds) throws SQLException {
        Map<Long, Long> lines = new HashMap<>();
        if (rowIds.isEmpty()) {
            return lines;
        }
        StringBuilder ids = new StringBuilder();
        rowIds.forEach(id -> ids.append(ids.length() == 0 ? "" : ",").append(id));
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT rowid, " + LINE_COLUMN + " FROM " + table + " WHERE rowid IN (" + ids + ")")) {
            while (r.next()) {
                lines.put(r.getLong(1), r.getLong(2));
            }
        }
        return lines;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Finds the physical line of CSV rows by reading the file again, only when a problem needs it. Records
     * are counted as DuckDB counts them: the header is record 1, and rejected records hold no staged row.
     */
    private record CsvLocator(Path file, String display, Header header, Set<Long> rejectedRecords)
            implements RowLocator {

        @Override
        public Map<Long, String> rows(Connection connection, Set<Long> rowIds) throws IOException {
            Map<Long, String> lines = new HashMap<>();
            if (rowIds.isEmpty()) {
                return lines;
            }
            long last = rowIds.stream().mapToLong(Long::longValue).max().orElse(-1);
            long rowId = -1;
            long record = 0;
            try (CsvReader<CsvRecord> reader = lenientReader()) {
                for (CsvRecord csvRecord : reader) {
                    record++;
                    if (record == 1 || rejectedRecords.contains(record)) {
                        continue;
                    }
                    rowId++;
                    if (rowIds.contains(rowId)) {
                        lines.put(rowId, display + ":" + csvRecord.getStartingLineNumber());
                    }
                    if (rowId >= last) {
                        break;
                    }
                }
            }
            return lines;
        }

        /** The starting line of each of the given records. */
        Map<Long, Long> linesOfRecords(Set<Long> records) throws IOException {
            Map<Long, Long> lines = new HashMap<>();
            if (records.isEmpty()) {
                return lines;
            }
            long last = records.stream().mapToLong(Long::longValue).max().orElse(0);
            long record = 0;
            try (CsvReader<CsvRecord> reader = lenientReader()) {
                for (CsvRecord csvRecord : reader) {
                    record++;
                    if (records.contains(record)) {
                        lines.put(record, csvRecord.getStartingLineNumber());
                    }
                    if (record >= last) {
                        break;
                    }
                }
            } catch (RuntimeException unreadable) {
                // Text FastCSV cannot read either (an unclosed quote): the record numbers stand as they are.
            }
            return lines;
        }

        private CsvReader<CsvRecord> lenientReader() throws IOException {
            return CsvReader.builder()
                    .detectBomHeader(true)
                    .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(file, StandardCharsets.UTF_8);
        }

        @Override
        public String column(String columnName) {
            return ":" + header.position(columnName);
        }
    }
}
