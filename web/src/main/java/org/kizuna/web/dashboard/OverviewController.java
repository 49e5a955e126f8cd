package org.kizuna.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.Metric;
import org.kizuna.metrics.MetricCatalog;
import org.kizuna.metrics.MetricResult;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The overview: every metric of the catalogue for one period and the customers a filter keeps, family by
 * family, each beside the period before and its target, and MRR's movements as a waterfall. The page comes at
 * once; its figures follow from {@code /overview/figures}, which computes them. The sparklines are drawn in
 * the browser from the API's series of the same figures.
 */
@Controller
class OverviewController {

    private final MetricsService metrics;
    private final MessageSource messages;

    OverviewController(MetricsService metrics, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
    }

    /** One family's cards, and for revenue the MRR waterfall (else null). */
    record FamilySection(String name, String needs, List<Card> cards, Waterfall waterfall) {}

    @GetMapping("/")
    String overview(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> where,
            Locale locale,
            Model model) {
        Selection selection = Selection.of(period, from, to, where, metrics, messages, locale);
        Pages.selection(selection, metrics, model);
        return "overview";
    }

    /** The overview's figures, which the page loads as soon as it is shown. */
    @GetMapping("/overview/figures")
    String figures(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) List<String> where,
            Locale locale,
            Model model) {
        Selection selection = Selection.of(period, null, null, where, metrics, messages, locale);
        Period chosen = selection.period();
        Language language = Pages.language(locale);
        List<Metric> all = MetricCatalog.all();
        List<MetricResult> now = metrics.compute(all, chosen, Optional.empty(), selection.where());
        List<MetricResult> before = metrics.compute(all, chosen.previous(), Optional.empty(), selection.where());
        Map<Family, List<Card>> cards = new LinkedHashMap<>();
        Waterfall waterfall = null;
        for (int i = 0; i < all.size(); i++) {
            cards.computeIfAbsent(all.get(i).definition().family(), family -> new ArrayList<>())
                    .add(Card.of(all.get(i).definition(), now.get(i), before.get(i), language));
            if (all.get(i).definition().id().equals(Waterfall.METRIC)) {
                waterfall = Pages.waterfall(now.get(i), messages, locale);
            }
        }
        List<FamilySection> sections = new ArrayList<>();
        for (Map.Entry<Family, List<Card>> family : cards.entrySet()) {
            sections.add(new FamilySection(
                    family.getKey().name(language),
                    Pages.needs(family.getKey()),
                    family.getValue(),
                    family.getKey() == Family.REVENUE ? waterfall : null));
        }
        List<Period> trailing = Pages.trailing(chosen, 12);
        Pages.selection(selection, metrics, model);
        model.addAttribute("sections", sections);
        // MRR and its movements are 0 rather than "no data" before the first subscription: a period is empty
        // when no figure is anything but 0 or no data.
        model.addAttribute(
                "empty",
                now.stream()
                        .noneMatch(result -> result.hasData() && result.value().signum() != 0));
        model.addAttribute("workspace", metrics.workspace().folder().toString());
        model.addAttribute(
                "series",
                trailing.size() < 2
                        ? null
                        : trailing.get(0).label() + ".."
                                + trailing.get(trailing.size() - 1).label());
        model.addAttribute("seriesEvery", chosen.granularity().name().toLowerCase(Locale.ROOT));
        return "overview :: figures";
    }

    /** The period a page asks for, or the last full month; a period that cannot be read is a 400. */
    static Period period(String text, MetricsService metrics) {
        if (text == null || text.isBlank()) {
            return metrics.defaultPeriod();
        }
        try {
            return Period.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
