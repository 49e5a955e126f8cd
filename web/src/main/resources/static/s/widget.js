/*
 * Kizuna in-app survey widget. No dependencies; include it in your own web application:
 *
 *   <script src="https://kizuna.example.com/s/widget.js" data-kizuna-token="TOKEN" async></script>
 *
 * or call it yourself once the script has loaded:
 *
 *   KizunaSurvey.show({ token: "TOKEN" });            // the script's own server
 *   KizunaSurvey.show({ token: "TOKEN", base: "https://kizuna.example.com", onDone: fn });
 *
 * The token comes from POST /api/v1/surveys/{id}/invitations, asked by your server. The card shows the
 * question in the token's language with a button per scale point, a comment and send/close buttons, and
 * posts the answer as JSON to /s/TOKEN (no cookies are sent). It lives in a shadow root, so the page's
 * styles and the card's do not mix.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var defaultBase = script && script.src ? script.src.replace(/\/s\/widget\.js(\?.*)?$/, "") : "";

  var STYLE =
    ":host{all:initial}" +
    ".card{position:fixed;right:16px;bottom:16px;z-index:2147483000;box-sizing:border-box;width:min(380px,calc(100vw - 32px));" +
    "background:#fff;color:#1f2933;border:1px solid #e4e7eb;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.18);" +
    "padding:14px 16px 16px;font:15px/1.5 system-ui,'Hiragino Sans','Noto Sans JP','Yu Gothic',sans-serif}" +
    ".head{display:flex;justify-content:space-between;gap:8px;align-items:flex-start}" +
    ".q{margin:0 0 10px;font-weight:600;font-size:15px}" +
    ".x{border:0;background:none;font-size:20px;line-height:1;cursor:pointer;color:#616e7c;padding:2px 4px;min-width:32px;min-height:32px}" +
    ".pts{display:grid;grid-template-columns:repeat(auto-fit,minmax(28px,1fr));gap:4px}" +
    ".pt{min-height:36px;border:1px solid #c5cbd3;border-radius:6px;background:#fff;font:inherit;font-weight:600;cursor:pointer;padding:0}" +
    ".pt[aria-pressed=true]{background:#8b2c3c;border-color:#8b2c3c;color:#fff}" +
    ".ends{display:flex;justify-content:space-between;color:#616e7c;font-size:12px;margin:4px 0 8px}" +
    "textarea{box-sizing:border-box;width:100%;font:inherit;border:1px solid #c5cbd3;border-radius:6px;padding:6px;resize:vertical}" +
    ".send{margin-top:8px;width:100%;min-height:40px;border:0;border-radius:6px;background:#8b2c3c;color:#fff;font:inherit;cursor:pointer}" +
    ".send[disabled]{opacity:.6;cursor:default}" +
    ".msg{margin:8px 0 0;color:#b42318;font-size:13px}" +
    ".done{margin:4px 0 0}";

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes) {
      if (Object.prototype.hasOwnProperty.call(attributes, name)) node.setAttribute(name, attributes[name]);
    }
    if (text !== undefined) node.textContent = text; // never HTML: questions and messages are text
    return node;
  }

  function show(options) {
    var token = options && options.token;
    if (!token) return;
    var base = (options.base || defaultBase).replace(/\/$/, "");
    var address = base + "/s/" + encodeURIComponent(token);
    var host = el("div", { "data-kizuna-survey": "" });
    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    var done = typeof options.onDone === "function" ? options.onDone : function () {};

    fetch(address + "/question", { credentials: "omit", mode: "cors" })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { done({ status: "refused", reason: answer.body.reason }); return; }
        render(answer.body);
      })
      .catch(function () { done({ status: "unavailable" }); });

    function close(result) {
      if (host.parentNode) host.parentNode.removeChild(host);
      done(result);
    }

    function render(survey) {
      var t = survey.texts;
      var style = el("style", {}, STYLE);
      var card = el("div", { "class": "card", role: "dialog", "aria-label": survey.question, lang: survey.language });
      var head = el("div", { "class": "head" });
      head.appendChild(el("p", { "class": "q" }, survey.question));
      var x = el("button", { "class": "x", type: "button", "aria-label": t.close, title: t.close }, "×");
      x.addEventListener("click", function () { close({ status: "closed" }); });
      head.appendChild(x);
      card.appendChild(head);

      var chosen = null;
      var points = el("div", { "class": "pts", role: "group", "aria-label": survey.question });
      for (var p = survey.scale_min; p <= survey.scale_max; p++) {
        (function (value) {
          var b = el("button", { "class": "pt", type: "button", "aria-pressed": "false" }, String(value));
          b.addEventListener("click", function () {
            chosen = value;
            var all = points.querySelectorAll(".pt");
            for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-pressed", String(all[i] === b));
          });
          points.appendChild(b);
        })(p);
      }
      card.appendChild(points);
      var ends = el("div", { "class": "ends" });
      ends.appendChild(el("span", {}, survey.low_label));
      ends.appendChild(el("span", {}, survey.high_label));
      card.appendChild(ends);
      var comment = el("textarea", { rows: "3", maxlength: "10000", placeholder: t.comment, "aria-label": t.comment });
      card.appendChild(comment);
      var send = el("button", { "class": "send", type: "button" }, t.send);
      var message = el("p", { "class": "msg", role: "status" });
      send.addEventListener("click", function () {
        if (chosen === null) { message.textContent = t.choose; return; }
        send.disabled = true;
        fetch(address, {
          method: "POST",
          mode: "cors",
          credentials: "omit",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ score: chosen, comment: comment.value })
        })
          .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
          .then(function (answer) {
            if (answer.ok) {
              while (card.firstChild) card.removeChild(card.firstChild);
              card.appendChild(el("p", { "class": "done" }, t.thanks));
              setTimeout(function () { close({ status: "recorded", score: chosen }); }, 2500);
            } else {
              message.textContent = answer.body.error || "";
              send.disabled = answer.body.reason !== "INVALID_SCORE";
              if (answer.body.reason !== "INVALID_SCORE") done({ status: "refused", reason: answer.body.reason });
            }
          })
          .catch(function () { send.disabled = false; });
      });
      card.appendChild(send);
      card.appendChild(message);
      root.appendChild(style);
      root.appendChild(card);
      document.body.appendChild(host);
    }
  }

  window.KizunaSurvey = { show: show };
  if (script && script.getAttribute("data-kizuna-token")) {
    var start = function () { show({ token: script.getAttribute("data-kizuna-token") }); };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})();
