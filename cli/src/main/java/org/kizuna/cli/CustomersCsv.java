package org.kizuna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.kizuna.store.CsvCells;
import org.kizuna.store.customer.CustomerStatus;
import org.kizuna.store.customer.CustomerSummary;

/**
 * A customer list as CSV, one row per customer with the fields of the JSON contract's {@code customers} array in
 * the same order and under the same names, and the currency of {@code mrr} beside it: what {@code kizuna customers
 * --format csv} prints and the customer list page downloads.
 */
public final class CustomersCsv {

    private CustomersCsv() {}

    public static String write(List<CustomerSummary> customers, String currency) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            List<String> header = new ArrayList<>();
            // The JSON's field names, read off an empty customer so that an empty list has its header too.
            ObjectNode blank = CustomersJson.summary(new CustomerSummary(
                    "", null, null, null, CustomerStatus.ACTIVE, null, null, null, null, null, 0, 0, 0, 0, 0));
            blank.fieldNames().forEachRemaining(header::add);
            header.add("currency");
            csv.writeRecord(header);
            for (CustomerSummary customer : customers) {
                List<String> row = new ArrayList<>();
                for (Iterator<JsonNode> values = CustomersJson.summary(customer).elements(); values.hasNext(); ) {
                    JsonNode value = values.next();
                    row.add(
                            value.isNull()
                                    ? ""
                                    : value.isBigDecimal()
                                            ? value.decimalValue().toPlainString()
                                            : value.asText());
                }
                row.add(currency);
                CsvCells.write(csv, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
