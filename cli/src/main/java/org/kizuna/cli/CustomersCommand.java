package org.kizuna.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kizuna.store.Workspace;
import org.kizuna.store.customer.CustomerDirectory;
import org.kizuna.store.customer.CustomerPage;
import org.kizuna.store.customer.CustomerSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The customer list: search, filter and page through the customers with their key figures. */
@Command(
        name = "customers",
        mixinStandardHelpOptions = true,
        description = {
            "List customers with their key figures (plan, MRR, status, last activity, NPS, open tickets).",
            "顧客の一覧を主要な数値とともに表示します。"
        })
final class CustomersCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path workspace;

    @Option(
            names = {"--query", "-q"},
            paramLabel = "TEXT",
            description = "only customers whose id, name or an attribute value contains TEXT (any case)")
    String query;

    @Option(names = "--status", paramLabel = "active|churned", description = "only active or only churned customers")
    String status;

    @Option(
            names = "--where",
            paramLabel = "ATTR=VALUE",
            description = "only customers with this attribute value, e.g. plan=pro (repeatable)")
    Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--page", paramLabel = "N", description = "the page, 20 customers each (default: 1)")
    String page;

    @Mixin
    CustomerOutput output;

    @Override
    public Integer call() {
        Workspace opened = Workspace.open(workspace);
        if (!output.json && output.format == MetricsCommand.OutputFormat.CSV) {
            // A CSV is for a spreadsheet: every customer the query finds, not one page of them.
            System.out.print(CustomersCsv.write(
                    new CustomerDirectory(opened)
                            .all(CustomerRequests.query(opened, query, status, where, null, output.asOf)),
                    opened.settings().reportingCurrency()));
            return 0;
        }
        CustomerPage found = new CustomerDirectory(opened)
                .page(CustomerRequests.query(opened, query, status, where, page, output.asOf));
        boolean asJson = output.asJson("customers are");
        System.out.print(asJson ? CustomersJson.page(found) : table(found, output.japanese(opened)));
        return 0;
    }

    static String table(CustomerPage page, boolean ja) {
        List<String[]> rows = new ArrayList<>();
        rows.add(
                ja
                        ? new String[] {"ID", "名前", "プラン", "状態", "MRR", "顧客になった日", "最終利用日", "NPS", "未解決チケット"}
                        : new String[] {
                            "ID", "Name", "Plan", "Status", "MRR", "Since", "Last activity", "NPS", "Open tickets"
                        });
        for (CustomerSummary c : page.customers()) {
            rows.add(new String[] {
                c.id(),
                orDash(c.name()),
                orDash(c.plan()),
                status(c, ja),
                c.mrr() == null ? "–" : MetricsTable.value(c.mrr(), page.currency(), ja),
                c.customerSince().toString(),
                c.lastActivity() == null ? "–" : c.lastActivity().toString(),
                c.latestNps() == null ? "–" : plain(c.latestNps()),
                Long.toString(c.openTickets())
            });
        }
        String footer = ja
                ? page.query().asOf() + " 時点 · " + page.total() + " 社 · "
                        + page.query().page() + " / " + page.pages() + " ページ"
                : "As of " + page.query().asOf() + " · " + page.total() + " customers · page "
                        + page.query().page() + " of " + page.pages();
        return MetricsTable.render(rows, Set.of(4, 7, 8)) + footer + System.lineSeparator();
    }

    static String status(CustomerSummary customer, boolean ja) {
        return switch (customer.status()) {
            case ACTIVE -> ja ? "利用中" : "active";
            case CHURNED -> ja ? "解約" : "churned";
        };
    }

    static String orDash(String text) {
        return text == null ? "–" : text;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
