package org.kizuna.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.kizuna.store.customer.CustomerPage;
import org.kizuna.store.customer.CustomerProfile;
import org.kizuna.store.customer.CustomerQuery;
import org.kizuna.store.customer.CustomerStatus;
import org.kizuna.store.customer.CustomerSummary;
import org.kizuna.store.customer.TimelineEntry;
import org.kizuna.store.customer.UsageWeek;

/**
 * Customer lists and profiles as the output contract's JSON: what {@code kizuna customers --format json} and
 * {@code kizuna customer ID --format json} print and the API serves, byte for byte.
 */
public final class CustomersJson {

    private CustomersJson() {}

    /** One page of a customer list. */
    public static String page(CustomerPage page) {
        CustomerQuery query = page.query();
        ObjectNode root = MetricsJson.JSON.createObjectNode();
        root.put("as_of", query.asOf().toString());
        root.put("currency", page.currency());
        root.put("query", query.text().orElse(null));
        root.put("status", query.status().map(CustomerStatus::label).orElse(null));
        ObjectNode where = root.putObject("where");
        query.where().forEach(where::put);
        root.put("page", query.page());
        root.put("page_size", CustomerQuery.PAGE_SIZE);
        root.put("pages", page.pages());
        root.put("total", page.total());
        ArrayNode customers = root.putArray("customers");
        page.customers().forEach(customer -> customers.add(summary(customer)));
        return MetricsJson.print(root);
    }

    /** One customer's profile, usage and timeline. */
    public static String profile(CustomerProfile profile) {
        ObjectNode root = MetricsJson.JSON.createObjectNode();
        root.put("as_of", profile.asOf().toString());
        root.put("currency", profile.currency());
        root.set("customer", summary(profile.summary()));
        ObjectNode attributes = root.putObject("attributes");
        profile.attributes().forEach(attributes::put);
        ArrayNode usage = root.putArray("usage");
        for (UsageWeek week : profile.usage()) {
            usage.addObject()
                    .put("week", week.week().toString())
                    .put("events", week.events())
                    .put("users", week.users());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry entry : profile.timeline()) {
            ObjectNode node = timeline.addObject();
            node.put("at", entry.at());
            node.put("kind", entry.kind());
            node.put("event", entry.event());
            node.put("title", entry.title());
            ObjectNode details = node.putObject("details");
            entry.details().forEach((name, value) -> details.set(name, MetricsJson.figure(value)));
        }
        return MetricsJson.print(root);
    }

    static ObjectNode summary(CustomerSummary customer) {
        ObjectNode node = MetricsJson.JSON.createObjectNode();
        node.put("id", customer.id());
        node.put("name", customer.name());
        node.put("plan", customer.plan());
        node.put("status", customer.status().label());
        node.put("mrr", customer.mrr());
        node.put("customer_since", text(customer.customerSince()));
        node.put("churned_at", text(customer.churnedAt()));
        node.put("last_activity", text(customer.lastActivity()));
        node.put("latest_nps", customer.latestNps());
        node.put("latest_nps_on", text(customer.latestNpsOn()));
        node.put("open_tickets", customer.openTickets());
        node.put("events_last_30_days", customer.eventsLast30Days());
        node.put("tickets_last_90_days", customer.ticketsLast90Days());
        node.put("onboarding_done", customer.onboardingDone());
        node.put("onboarding_required", customer.onboardingRequired());
        return node;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
