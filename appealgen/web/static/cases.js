// "Your earlier cases on this computer": fetched from /cases (an escaped HTML fragment
// built by the server from the case log) and shown when there is anything in it.
(function () {
  "use strict";
  function show() {
    var panel = document.getElementById("earlier-cases");
    if (!panel) return;
    fetch("/cases", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (fragment) {
        if (!fragment) return;
        panel.innerHTML = fragment;
        panel.hidden = false;
      })
      .catch(function () { /* the panel is optional */ });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
