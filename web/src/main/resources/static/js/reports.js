// The download menu follows the breakdown a metric's page shows: choosing another attribute swaps the table
// in without loading the page again, so the menu's links take the new "by" here. A report can take a while to
// compute (a year of a large workspace, many seconds), so a download is fetched here with the page's progress
// bar and a line saying what happens, then saved under the server's file name; an error is shown in that line.
// Without fetch the links work as plain downloads.
(function () {
  "use strict";

  function fileName(disposition) {
    var match = /filename="([^"]+)"/.exec(disposition || "");
    return match ? match[1] : "report";
  }

  function reason(html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    var message = page.querySelector("main p, body p");
    return message ? message.textContent : "";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".download-menu a[data-format]") : null;
    if (!link || !window.fetch || !window.URL || !URL.createObjectURL) {
      return;
    }
    event.preventDefault();
    var menu = link.closest(".download");
    var status = menu.querySelector(".download-status");
    var details = menu.querySelector("details");
    if (details) {
      details.open = false;
    }
    status.textContent = status.getAttribute("data-preparing");
    status.classList.remove("failed");
    document.documentElement.classList.add("busy");
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (html) {
            throw new Error(reason(html) || response.status + " " + response.statusText);
          });
        }
        var name = fileName(response.headers.get("Content-Disposition"));
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var save = document.createElement("a");
          save.href = url;
          save.download = name;
          document.body.appendChild(save);
          save.click();
          save.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
          status.textContent = status.getAttribute("data-done").replace("{0}", name);
          status.setAttribute("data-file", name);
        });
      })
      .catch(function (error) {
        status.textContent = error.message;
        status.classList.add("failed");
      })
      .then(function () {
        document.documentElement.classList.remove("busy");
      });
  });

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
