package org.kizuna.store.query;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one query's result as plain values, read back as a result set: what {@link KeptTallies} keeps
 * in a file and hands to a query's reader. Its getters convert a value the way the database's own result set
 * does, so that a reader cannot tell kept rows from rows just read.
 *
 * @param columns the columns' labels, in order
 * @param rows each row's values, as the database gave them ({@code getObject})
 */
record KeptRows(List<String> columns, List<Object[]> rows) {

    // One byte before each value tells its type.
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INTEGER = 3;
    private static final byte SHORT = 4;
    private static final byte BIG_INTEGER = 5;
    private static final byte BIG_DECIMAL = 6;
    private static final byte DOUBLE = 7;
    private static final byte FLOAT = 8;
    private static final byte BOOLEAN = 9;
    private static final byte DATE = 10;
    private static final byte INSTANT = 11;

    /**
     * Every row of a result set, or empty when a value is of a type these rows cannot keep (a list, a struct):
     * such a query is read as it comes, never kept.
     */
    static Optional<KeptRows> read(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int count = meta.getColumnCount();
        List<String> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<Object[]> rows = new ArrayList<>();
        while (result.next()) {
            Object[] row = new Object[count];
            for (int i = 0; i < count; i++) {
                row[i] = result.getObject(i + 1);
                if (tag(row[i]) < 0) {
                    return Optional.empty();
                }
            }
            rows.add(row);
        }
        return Optional.of(new KeptRows(List.copyOf(columns), rows));
    }

    private static byte tag(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Integer) {
            return INTEGER;
        }
        if (value instanceof Short) {
            return SHORT;
        }
        if (value instanceof BigInteger) {
            return BIG_INTEGER;
        }
        if (value instanceof BigDecimal) {
            return BIG_DECIMAL;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof LocalDate) {
            return DATE;
        }
        if (value instanceof OffsetDateTime) {
            return INSTANT;
        }
        return -1;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(columns.size());
        for (String column : columns) {
            text(out, column);
        }
        out.writeInt(rows.size());
        for (Object[] row : rows) {
            for (Object value : row) {
                value(out, value);
            }
        }
    }

    static KeptRows read(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(text(in));
        }
        int size = in.readInt();
        List<Object[]> rows = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            Object[] row = new Object[count];
            for (int i = 0; i < count; i++) {
                row[i] = value(in);
            }
            rows.add(row);
        }
        return new KeptRows(List.copyOf(columns), rows);
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        byte tag = tag(value);
        out.writeByte(tag);
        switch (tag) {
            case NULL -> {}
            case STRING -> text(out, (String) value);
            case LONG -> out.writeLong((Long) value);
            case INTEGER -> out.writeInt((Integer) value);
            case SHORT -> out.writeShort((Short) value);
            case BIG_INTEGER -> text(out, value.toString());
            case BIG_DECIMAL -> text(out, value.toString());
            case DOUBLE -> out.writeDouble((Double) value);
            case FLOAT -> out.writeFloat((Float) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
            case INSTANT -> text(out, value.toString());
            default ->
                throw new IOException("a value of type " + value.getClass().getName() + " cannot be kept");
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> text(in);
            case LONG -> in.readLong();
            case INTEGER -> in.readInt();
            case SHORT -> in.readShort();
            case BIG_INTEGER -> new BigInteger(text(in));
            case BIG_DECIMAL -> new BigDecimal(text(in));
            case DOUBLE -> in.readDouble();
            case FLOAT -> in.readFloat();
            case BOOLEAN -> in.readBoolean();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case INSTANT -> OffsetDateTime.parse(text(in));
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    // Length and UTF-8 bytes: writeUTF stops at 64 KiB.
    static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("a kept text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** The rows as a result set, positioned before the first row; only the getters readers use are there. */
    ResultSet resultSet() {
        return (ResultSet) Proxy.newProxyInstance(
                ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, new Cursor(this));
    }

    /** Reads the rows one at a time, as a forward-only result set does. */
    private static final class Cursor implements java.lang.reflect.InvocationHandler {

        private final KeptRows kept;
        private int row = -1;
        private boolean wasNull;
        private boolean closed;

        Cursor(KeptRows kept) {
            this.kept = kept;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws SQLException {
            String name = method.getName();
            switch (name) {
                case "next":
                    row++;
                    return row < kept.rows().size();
                case "close":
                    closed = true;
                    return null;
                case "isClosed":
                    return closed;
                case "wasNull":
                    return wasNull;
                case "findColumn":
                    return column(args[0]);
                case "getMetaData":
                    return metaData();
                case "unwrap", "isWrapperFor":
                    throw new SQLException("kept rows wrap nothing");
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "kept rows " + kept.columns();
                default:
                    break;
            }
            if (name.startsWith("get") && args != null && (args.length == 1 || args.length == 2)) {
                Object value = value(column(args[0]));
                wasNull = value == null;
                return convert(name, value, args.length == 2 ? (Class<?>) args[1] : null);
            }
            throw new SQLException("kept rows do not support " + name);
        }

        private int column(Object which) throws SQLException {
            if (which instanceof Integer index) {
                if (index < 1 || index > kept.columns().size()) {
                    throw new SQLException(
                            "no column " + index + " among " + kept.columns().size());
                }
                return index;
            }
            String label = (String) which;
            for (int i = 0; i < kept.columns().size(); i++) {
                if (kept.columns().get(i).equalsIgnoreCase(label)) {
                    return i + 1;
                }
            }
            throw new SQLException("no column " + label + " among " + kept.columns());
        }

        private Object value(int column) throws SQLException {
            if (closed || row < 0 || row >= kept.rows().size()) {
                throw new SQLException("no current row");
            }
            return kept.rows().get(row)[column - 1];
        }

        private ResultSetMetaData metaData() {
            return (ResultSetMetaData) Proxy.newProxyInstance(
                    ResultSetMetaData.class.getClassLoader(),
                    new Class<?>[] {ResultSetMetaData.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getColumnCount" -> kept.columns().size();
                        case "getColumnLabel", "getColumnName" -> kept.columns().get((Integer) args[0] - 1);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "kept columns " + kept.columns();
                        default -> throw new SQLException("kept rows do not support " + method.getName());
                    });
        }
    }

    /** A value as the named getter of the database's result set gives it. */
    static Object convert(String getter, Object value, Class<?> type) throws SQLException {
        switch (getter) {
            case "getObject":
                return type == null ? value : as(type, value);
            case "getString":
                return value == null ? null : value.toString();
            case "getLong":
                return value == null ? 0L : whole(value).longValue();
            case "getInt":
                if (value instanceof OffsetDateTime) {
                    throw new SQLException("a kept instant is not an int");
                }
                return value == null ? 0 : whole(value).intValue();
            case "getDouble":
                return value == null ? Double.NaN : number(value).doubleValue();
            case "getBigDecimal":
                return value == null ? null : decimal(value);
            case "getBoolean":
                if (value == null) {
                    return false;
                }
                if (value instanceof Boolean flag) {
                    return flag;
                }
                // As the database reads other values: a number is true when its whole part is 1.
                if (value instanceof Number) {
                    return whole(value).longValue() == 1;
                }
                return value instanceof String text
                        && (Boolean.parseBoolean(text.strip()) || text.strip().equals("1"));
            default:
                throw new SQLException("kept rows do not support " + getter);
        }
    }

    private static Object as(Class<?> type, Object value) throws SQLException {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (type == Long.class
                && (value instanceof Integer || value instanceof Short || value instanceof OffsetDateTime)) {
            return whole(value).longValue();
        }
        throw new SQLException("a kept " + value.getClass().getSimpleName() + " is not a " + type.getSimpleName());
    }

    // Whole-number getters: the database truncates decimals toward zero and reads an instant as its microseconds.
    private static Number whole(Object value) throws SQLException {
        if (value instanceof OffsetDateTime instant) {
            return ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00:00Z"), instant);
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new SQLException("kept text \"" + text + "\" is not a number", e);
            }
        }
        return number(value);
    }

    private static Number number(Object value) throws SQLException {
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new SQLException("kept text \"" + text + "\" is not a number", e);
            }
        }
        throw new SQLException("a kept " + value.getClass().getSimpleName() + " is not a number");
    }

    private static BigDecimal decimal(Object value) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger whole) {
            return new BigDecimal(whole);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                throw new SQLException("a kept " + value + " is not a decimal", e);
            }
        }
        return (BigDecimal) number(value);
    }
}
