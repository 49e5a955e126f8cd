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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The overview: every metric of the catalogue for one period, family by family, each beside the period
 * before and its target. The sparklines are drawn in the browser from the API's series of the same figures.
 */
@Controller
class OverviewController {

    private final MetricsService metrics;

    OverviewController(MetricsService metrics) {
        this.metrics = metrics;
    }

    /** One family's cards. */
    record FamilySection(String name, String needs, List<Card> cards) {}

    @GetMapping("/")
    String overview(@RequestParam(required = false) String period, Locale locale, Model model) {
        Period chosen = period(period, metrics);
        Language language = Pages.language(locale);
        List<Metric> all = MetricCatalog.all();
        List<MetricResult> now = metrics.compute(all, chosen, Optional.empty(), Map.of());
        List<MetricResult> before = metrics.compute(all, chosen.previous(), Optional.empty(), Map.of());
        Map<Family, List<Card>> cards = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            cards.computeIfAbsent(all.get(i).definition().family(), family -> new ArrayList<>())
                    .add(Card.of(all.get(i).definition(), now.get(i), before.get(i), language));
        }
        List<FamilySection> sections = new ArrayList<>();
        cards.forEach(
                (family, list) -> sections.add(new FamilySection(family.name(language), Pages.needs(family), list)));
        List<Period> trailing = Pages.trailing(chosen, 12);
        model.addAttribute("period", chosen.label());
        model.addAttribute("previous", chosen.previous().label());
        model.addAttribute("next", chosen.next().label());
        model.addAttribute("granularities", Pages.granularities(chosen));
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
        return "overview";
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
