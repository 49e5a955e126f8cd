// The download menu follows the breakdown a metric's page shows: choosing another attribute swaps the table
// in without loading the page again, so the menu's links take the new "by" here.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select.matches || !select.matches(".breakdown-picker select[name='by']")) {
      return;
    }
    document.querySelectorAll(".download-menu a[data-format]").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      if (select.value) {
        url.searchParams.set("by", select.value);
      } else {
        url.searchParams.delete("by");
      }
      link.setAttribute("href", url.pathname + url.search);
    });
  });
})();
