// The usage chart of a customer's page: events and users per week, drawn with ECharts from the figures the
// server put in the page.
(function () {
  "use strict";

  function usageChart() {
    const element = document.getElementById("usage-chart");
    if (!element || !window.echarts || !element.dataset.usage) {
      return;
    }
    const weeks = JSON.parse(element.dataset.usage);
    const chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      tooltip: { trigger: "axis" },
      legend: { data: [element.dataset.events, element.dataset.users] },
      xAxis: { type: "category", data: weeks.map(function (w) { return w.week; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: element.dataset.events, type: "bar", data: weeks.map(function (w) { return w.events; }),
          itemStyle: { color: "#8b2c3c" } },
        { name: element.dataset.users, type: "line", data: weeks.map(function (w) { return w.users; }),
          itemStyle: { color: "#616e7c" }, lineStyle: { color: "#616e7c" } }
      ]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  document.addEventListener("DOMContentLoaded", usageChart);
})();
