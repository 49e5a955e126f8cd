package org.kizuna.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kizuna.store.Workspace;
import org.kizuna.store.customer.CustomerDirectory;
import org.kizuna.store.customer.CustomerProfile;
import org.kizuna.store.customer.CustomerSummary;
import org.kizuna.store.customer.TimelineEntry;
import org.kizuna.store.customer.UsageWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One customer: key figures, attributes, weekly usage and everything that happened, newest first. */
@Command(
        name = "customer",
        mixinStandardHelpOptions = true,
        description = {
            "Show one customer: key figures, attributes, usage per week and its timeline, newest first.",
            "1社の顧客の主要な数値・属性・週ごとの利用・タイムラインを表示します。"
        })
final class CustomerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "the customer_id")
    String id;

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace folder")
    Path workspace;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "with --format csv, only the timeline entries of this kind: customer, subscription, order,"
                    + " usage, survey, ticket, onboarding, education, referral, loyalty, community or social")
    String kind;

    @Mixin
    CustomerOutput output;

    @Override
    public Integer call() {
        Workspace opened = Workspace.open(workspace);
        CustomerProfile profile = profile(opened, id, output.asOf);
        if (!output.json && output.format == MetricsCommand.OutputFormat.CSV) {
            // A CSV is the timeline for a spreadsheet, as the customer page downloads it.
            System.out.print(CustomerTimelineCsv.write(profile, kind));
            return 0;
        }
        if (kind != null) {
            throw new IllegalArgumentException("--kind is for --format csv: the table and the json show every kind");
        }
        boolean asJson = output.asJson("a customer is");
        System.out.print(asJson ? CustomersJson.profile(profile) : text(profile, output.japanese(opened)));
        return 0;
    }

    /**
     * The customer's profile as of the day given (default today).
     *
     * @throws IllegalArgumentException when the workspace has no customer with the id
     */
    private static CustomerProfile profile(Workspace workspace, String id, String asOf) {
        return new CustomerDirectory(workspace)
                .profile(id, CustomerRequests.asOf(asOf, workspace))
                .orElseThrow(() -> new IllegalArgumentException("no customer \"" + id + "\" in this workspace"));
    }

    private static String text(CustomerProfile profile, boolean ja) {
        CustomerSummary c = profile.summary();
        List<String[]> figures = new ArrayList<>();
        figures.add(new String[] {ja ? "項目" : "Figure", ja ? "値" : "Value"});
        figures.add(new String[] {"ID", c.id()});
        figures.add(new String[] {ja ? "状態" : "Status", CustomersCommand.status(c, ja)});
        figures.add(new String[] {"MRR", c.mrr() == null ? "–" : MetricsTable.value(c.mrr(), profile.currency(), ja)});
        figures.add(new String[] {ja ? "最終利用日" : "Last activity", day(c.lastActivity())});
        figures.add(new String[] {
            ja ? "最新のNPS回答" : "Latest NPS",
            c.latestNps() == null ? "–" : CustomersCommand.plain(c.latestNps()) + " (" + c.latestNpsOn() + ")"
        });
        figures.add(new String[] {ja ? "未解決チケット" : "Open tickets", Long.toString(c.openTickets())});
        figures.add(new String[] {ja ? "直近30日のイベント" : "Events, last 30 days", Long.toString(c.eventsLast30Days())});
        figures.add(new String[] {ja ? "直近90日のチケット" : "Tickets, last 90 days", Long.toString(c.ticketsLast90Days())});
        figures.add(new String[] {
            ja ? "オンボーディング（必須）" : "Onboarding (required)", c.onboardingDone() + " / " + c.onboardingRequired()
        });
        profile.attributes().forEach((name, value) -> figures.add(new String[] {name, value}));

        List<String[]> usage = new ArrayList<>();
        usage.add(new String[] {ja ? "週" : "Week", ja ? "イベント" : "Events", ja ? "ユーザー" : "Users"});
        for (UsageWeek week : profile.usage()) {
            usage.add(new String[] {week.week().toString(), Long.toString(week.events()), Long.toString(week.users())});
        }

        List<String[]> timeline = new ArrayList<>();
        timeline.add(new String[] {
            ja ? "日時" : "When", ja ? "種類" : "Kind", ja ? "出来事" : "Event", ja ? "内容" : "Title", ja ? "詳細" : "Details"
        });
        for (TimelineEntry entry : profile.timeline()) {
            timeline.add(new String[] {
                entry.at(),
                entry.kind(),
                entry.event(),
                CustomersCommand.orDash(entry.title()),
                details(entry.details())
            });
        }
        String heading = (c.name() == null ? c.id() : c.name()) + " — "
                + (ja ? profile.asOf() + " 時点" : "as of " + profile.asOf());
        String nl = System.lineSeparator();
        return heading
                + nl
                + nl
                + MetricsTable.render(figures, Set.of())
                + nl
                + (profile.usage().isEmpty() ? "" : MetricsTable.render(usage, Set.of(1, 2)) + nl)
                + MetricsTable.render(timeline, Set.of());
    }

    private static String details(Map<String, Object> details) {
        return details.entrySet().stream()
                .map(e -> e.getKey() + "=" + oneLine(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String oneLine(Object value) {
        return value instanceof java.math.BigDecimal decimal
                ? decimal.toPlainString()
                : String.valueOf(value).replaceAll("\\s+", " ");
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "–" : day.toString();
    }
}
