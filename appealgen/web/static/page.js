// appealgen web page: drag and drop, a size check before upload, and the answer shown in
// place. Without this script the form still posts and the server answers with a whole page.
"use strict";

(function () {
  // a page that arrives with an answer (the letters, an error, a review to check): the
  // answer's heading takes the focus, so keyboard and screen-reader users start there
  var arrived = document.querySelector("#result h2");
  if (arrived) arrived.focus();

  var form = document.getElementById("letters-form");
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) return;
  document.documentElement.classList.add("js");
  form.noValidate = true; // our own messages, not a bubble on the hidden file input

  var input = document.getElementById("file");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var button = document.getElementById("submit");
  var status = document.getElementById("status");
  var maxBytes = Number(form.getAttribute("data-max-bytes")) || 0;
  var maxMb = form.getAttribute("data-max-mb");

  function showChosen() {
    var f = input.files && input.files[0];
    chosen.textContent = f ? "Chosen: " + f.name : "";
  }
  input.addEventListener("change", showChosen);

  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (ev) {
      ev.preventDefault();
      drop.classList.add("over");
    });
  });
  ["dragleave", "dragend"].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) {
    ev.preventDefault();
    drop.classList.remove("over");
    if (ev.dataTransfer && ev.dataTransfer.files.length) {
      input.files = ev.dataTransfer.files;
      showChosen();
    }
  });

  function showResult(section) {
    // the answer goes where the server puts it: first in <main>, above earlier cases
    var old = document.getElementById("result");
    if (old) old.replaceWith(section); else form.parentNode.insertBefore(section, form.parentNode.firstChild);
    var heading = section.querySelector("h2");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
      section.scrollIntoView({ block: "start" });
    }
  }

  function showError(title, message) {
    var section = document.createElement("section");
    section.id = "result";
    section.className = "result result-error";
    section.setAttribute("role", "alert");
    var h = document.createElement("h2");
    h.textContent = title;
    var p = document.createElement("p");
    p.className = "error-line";
    p.textContent = message;
    section.appendChild(h);
    section.appendChild(p);
    showResult(section);
  }

  function busy(on) {
    button.disabled = on;
    status.classList.toggle("busy", on);
    status.textContent = on ? "Reading your notice\u2026" : "";
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var f = input.files && input.files[0];
    if (!f) {
      showError("No file was chosen", "choose the denial letter or EOB first");
      input.focus();
      return;
    }
    if (maxBytes && f.size > maxBytes) {
      showError("We could not make letters from this file",
        "the file is larger than " + maxMb + " MB; send a smaller scan or photo");
      return;
    }
    busy(true);
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var section = doc.getElementById("result");
        if (!section) throw new Error("no answer");
        showResult(document.importNode(section, true));
      })
      .catch(function () {
        showError("Something went wrong",
          "the page could not reach appealgen; check that it is still running, then try again");
      })
      .then(function () { busy(false); });
  });
})();
