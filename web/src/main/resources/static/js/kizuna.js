// Charts of the dashboard, drawn with ECharts from figures the server put in the page or from the API's
// JSON, which is the same as `kizuna metrics --format json`.
(function () {
  "use strict";

  function line(element, periods, values, small) {
    if (!window.echarts || !element) {
      return;
    }
    const chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      grid: small ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 60, right: 20, top: 20, bottom: 40 },
      tooltip: small ? { show: false } : { trigger: "axis" },
      xAxis: { type: "category", data: periods, show: !small, boundaryGap: false },
      yAxis: { type: "value", show: !small, scale: true },
      series: [{
        type: "line", data: values, connectNulls: false, symbol: small ? "none" : "circle",
        lineStyle: { width: small ? 1.5 : 2, color: "#8b2c3c" }, itemStyle: { color: "#8b2c3c" },
        areaStyle: small ? { opacity: 0.08, color: "#8b2c3c" } : undefined
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function sparklines() {
    const overview = document.getElementById("overview");
    if (!overview || !overview.dataset.series) {
      return;
    }
    const url = "api/v1/metrics?series=" + encodeURIComponent(overview.dataset.series)
      + "&every=" + encodeURIComponent(overview.dataset.every);
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

  function seriesChart() {
    const element = document.getElementById("series-chart");
    if (!element || !element.dataset.series) {
      return;
    }
    const series = JSON.parse(element.dataset.series);
    line(element, series.map(function (p) { return p.period; }),
      series.map(function (p) { return p.value === null ? null : Number(p.value); }), false);
  }

  document.addEventListener("DOMContentLoaded", function () {
    sparklines();
    seriesChart();
  });
})();
