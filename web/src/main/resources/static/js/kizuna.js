// Charts of the dashboard, drawn with ECharts from figures the server put in the page or from the API's
// JSON, which is the same as `kizuna metrics --format json`; and the progress shown while a page or a part
// of one is being computed.
(function () {
  "use strict";

  const MAROON = "#8b2c3c";
  const UP = "#2e7d4f";
  const DOWN = "#b3261e";
  const TOTAL = "#5b6b7a";

  function chartOf(element) {
    const chart = echarts.init(element, null, { renderer: "svg" });
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  function line(element, periods, values, small) {
    if (!window.echarts || !element) {
      return;
    }
    chartOf(element).setOption({
      animation: false,
      grid: small ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 60, right: 40, top: 20, bottom: 40 },
      tooltip: small ? { show: false } : { trigger: "axis" },
      xAxis: { type: "category", data: periods, show: !small, boundaryGap: false },
      yAxis: { type: "value", show: !small, scale: true },
      series: [{
        type: "line", data: values, connectNulls: false, symbol: small ? "none" : "circle",
        lineStyle: { width: small ? 1.5 : 2, color: MAROON }, itemStyle: { color: MAROON },
        areaStyle: small ? { opacity: 0.08, color: MAROON } : undefined
      }]
    });
  }

  function sparklines(root) {
    const overview = root.id === "overview" ? root : root.querySelector("#overview");
    if (!overview || !overview.dataset.series) {
      return;
    }
    const url = "api/v1/metrics?series=" + encodeURIComponent(overview.dataset.series)
      + "&every=" + encodeURIComponent(overview.dataset.every) + (overview.dataset.where || "");
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (results) {
        const byMetric = {};
        results.forEach(function (r) {
          (byMetric[r.metric] = byMetric[r.metric] || { periods: [], values: [] });
          byMetric[r.metric].periods.push(r.period);
          byMetric[r.metric].values.push(r.value === null ? null : Number(r.value));
        });
        overview.querySelectorAll(".card[data-metric]").forEach(function (card) {
          const figures = byMetric[card.dataset.metric];
          if (figures && figures.values.some(function (v) { return v !== null; })) {
            line(card.querySelector(".sparkline"), figures.periods, figures.values, true);
          }
        });
      });
  }

  function seriesChart(root) {
    const element = root.id === "series-chart" ? root : root.querySelector("#series-chart");
    if (!element || !element.dataset.series) {
      return;
    }
    const series = JSON.parse(element.dataset.series);
    line(element, series.map(function (p) { return p.period; }),
      series.map(function (p) { return p.value === null ? null : Number(p.value); }), false);
  }

  // A waterfall: each bar stands on an invisible bar as high as the running total below it.
  function waterfalls(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll(".waterfall-chart[data-steps]").forEach(function (element) {
      const steps = JSON.parse(element.dataset.steps);
      const colour = { total: TOTAL, up: UP, down: DOWN };
      chartOf(element).setOption({
        animation: false,
        grid: { left: 80, right: 20, top: 30, bottom: 30 },
        tooltip: {
          trigger: "axis", axisPointer: { type: "shadow" },
          formatter: function (items) {
            const step = steps[items[0].dataIndex];
            return step.label + ": " + step.text;
          }
        },
        xAxis: { type: "category", data: steps.map(function (s) { return s.label; }) },
        yAxis: { type: "value" },
        series: [
          {
            type: "bar", stack: "waterfall", silent: true,
            itemStyle: { color: "transparent", borderColor: "transparent" },
            data: steps.map(function (s) { return Number(s.base); })
          },
          {
            type: "bar", stack: "waterfall",
            label: {
              show: true, position: "top",
              formatter: function (p) { return steps[p.dataIndex].text; }
            },
            data: steps.map(function (s) {
              return { value: Number(s.amount), itemStyle: { color: colour[s.kind] } };
            })
          }
        ]
      });
    });
  }

  // A cohort heat map: one row per cohort, one column per month since signup, the colour scale as legend.
  function heatmaps(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll(".heatmap[data-heat]").forEach(function (element) {
      const heat = JSON.parse(element.dataset.heat);
      chartOf(element).setOption({
        animation: false,
        grid: { left: 90, right: 30, top: 20, bottom: 80 },
        tooltip: {
          formatter: function (p) {
            return heat.cohorts[p.value[1]] + " · " + heat.months[p.value[0]] + ": " + p.value[3];
          }
        },
        xAxis: { type: "category", data: heat.months, splitArea: { show: true } },
        yAxis: { type: "category", data: heat.cohorts, inverse: true, splitArea: { show: true } },
        visualMap: {
          min: heat.min, max: heat.max, calculable: true, orient: "horizontal", left: "center", bottom: 0,
          text: [heat.maxText, heat.minText], dimension: 2,
          inRange: { color: ["#f7eaea", "#d98c94", MAROON] }
        },
        series: [{
          type: "heatmap", data: heat.cells,
          label: { show: true, formatter: function (p) { return p.value[3]; } },
          emphasis: { itemStyle: { borderColor: "#333", borderWidth: 1 } }
        }]
      });
    });
  }

  function draw(root) {
    sparklines(root);
    seriesChart(root);
    waterfalls(root);
    heatmaps(root);
  }

  // Progress: a bar under the header while a request of this page (htmx) or the next page is under way.
  let pending = 0;

  function busy(on) {
    document.documentElement.classList.toggle("busy", on);
  }

  document.addEventListener("htmx:beforeRequest", function () { pending += 1; busy(true); });
  document.addEventListener("htmx:afterRequest", function () {
    pending = Math.max(0, pending - 1);
    busy(pending > 0);
  });
  document.addEventListener("click", function (event) {
    const link = event.target.closest ? event.target.closest("a[href]") : null;
    if (link && !event.defaultPrevented && event.button === 0 && !event.ctrlKey && !event.metaKey
      && !event.shiftKey && !link.target && link.origin === window.location.origin
      && !link.hasAttribute("download") && link.getAttribute("href").charAt(0) !== "#") {
      busy(true);
    }
  });
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented && !event.target.hasAttribute("hx-get") && !event.target.hasAttribute("hx-post")) {
      busy(true);
    }
  });
  window.addEventListener("pageshow", function () { pending = 0; busy(false); });

  if (window.htmx) {
    htmx.onLoad(draw);
  } else {
    document.addEventListener("DOMContentLoaded", function () { draw(document.body); });
  }
})();
