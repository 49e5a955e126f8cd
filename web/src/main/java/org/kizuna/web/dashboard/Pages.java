package org.kizuna.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.domain.Granularity;
import org.kizuna.domain.Period;
import org.kizuna.metrics.Family;
import org.kizuna.metrics.Language;
import org.kizuna.metrics.MetricResult;
import org.kizuna.reports.ReportSection;
import org.kizuna.web.metrics.MetricsService;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * What the dashboard's pages share: the page's language, the period picker and the filter, the MRR waterfall
 * and what each family needs.
 */
final class Pages {

    private Pages() {}

    static Language language(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? Language.JA : Language.EN;
    }

    /** The granularities the period picker offers. */
    static final List<Granularity> PICKER = List.of(Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR);

    /**
     * For each granularity the picker offers, the last whole period of it that has ended by the chosen
     * period's last day, e.g. for 2024-06: 2024-06, 2024-Q2, 2023; a period still running would show
     * partial figures.
     */
    static Map<String, String> granularities(Period period) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Granularity granularity : PICKER) {
            Period containing = Period.containing(granularity, period.last());
            Period whole = containing.last().equals(period.last()) ? containing : containing.previous();
            choices.put(granularity.name().toLowerCase(Locale.ROOT), whole.label());
        }
        return choices;
    }

    /** The most values of one attribute the filter lists; an attribute with more (an id) is left out. */
    static final int FILTER_VALUES = 100;

    /**
     * What the period picker and the filter need: the period and its neighbours, the picker's choices, the
     * range's days, the selection (for links that keep the filter) and the values the filter offers.
     */
    static void selection(Selection selection, MetricsService metrics, Model model) {
        Period chosen = selection.period();
        model.addAttribute("selection", selection);
        model.addAttribute("period", chosen.label());
        model.addAttribute("previous", chosen.previous().label());
        model.addAttribute("next", chosen.next().label());
        model.addAttribute("granularities", granularities(chosen));
        model.addAttribute("rangeFrom", chosen.first().toString());
        model.addAttribute("rangeTo", chosen.last().toString());
        model.addAttribute("filterQuery", selection.filterQuery());
        model.addAttribute("filterValues", metrics.segmentValues(FILTER_VALUES));
    }

    /** The MRR waterfall of a result of {@code mrr_movements}, its bars named in the page's language. */
    static Waterfall waterfall(MetricResult movements, MessageSource messages, Locale locale) {
        return Waterfall.of(
                movements,
                part -> messages.getMessage("waterfall." + part, null, part, locale),
                language(locale) == Language.JA);
    }

    /** The twelve periods ending with this one, for a sparkline; just the period itself for a range. */
    static List<Period> trailing(Period period, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            if (period.granularity() == Granularity.RANGE) {
                break;
            }
            p = p.previous();
        }
        return periods;
    }

    /** The data files a family's metrics are counted from, for an empty state to name. */
    static String needs(Family family) {
        return ReportSection.needs(family);
    }
}
