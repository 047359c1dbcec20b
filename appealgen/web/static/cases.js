// "Your earlier cases on this computer": fetched from /cases (an escaped HTML fragment
// built by the server from the case log) and shown when there is anything in it. Its
// buttons record "sent", "won" or "lost" for today and show the panel again.
(function () {
  "use strict";
  function fill(panel, fragment) {
    if (!fragment) return;
    panel.innerHTML = fragment;
    panel.hidden = false;
  }
  function show() {
    var panel = document.getElementById("earlier-cases");
    if (!panel) return;
    fetch("/cases", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (fragment) { fill(panel, fragment); })
      .catch(function () { /* the panel is optional */ });
    panel.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-case]");
      var token = document.querySelector('input[name="token"]');
      if (!button || !token) return;
      button.disabled = true;
      var body = new FormData();
      body.append("token", token.value);
      var url = "/cases/" + encodeURIComponent(button.dataset.case) + "/" +
        encodeURIComponent(button.dataset.status);
      fetch(url, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (fragment) {
          if (fragment) { fill(panel, fragment); } else { button.disabled = false; }
        })
        .catch(function () { button.disabled = false; });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
