// crimestats web: progressive enhancement only (every page works without it).
(function () {
  "use strict";
  // 'Go back' on the error page (no inline script: the Content-Security-Policy allows none)
  document.querySelectorAll("a[data-back]").forEach(function (a) {
    a.addEventListener("click", function (e) { if (history.length > 1) { e.preventDefault(); history.back(); } });
  });
  // Busy indicator while a form is being worked on by the server.
  document.querySelectorAll("form.busy-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var busy = document.getElementById("busy");
      if (!busy) return;
      busy.querySelector(".busy-text").textContent = form.getAttribute("data-busy") || "Working…";
      busy.hidden = false;
      var btn = form.querySelector("button[type=submit]");
      if (btn) { btn.disabled = true; }
    });
  });
  window.addEventListener("pageshow", function () {  // back button: clear the indicator
    var busy = document.getElementById("busy"); if (busy) busy.hidden = true;
    document.querySelectorAll("form.busy-form button[type=submit]").forEach(function (b) { b.disabled = false; });
  });
  // Clicking a highlighted claim opens its evidence.
  function openClaim(i) {
    var d = document.getElementById("detail-" + i);
    if (!d) return;
    document.querySelectorAll("mark.claim.active").forEach(function (m) { m.classList.remove("active"); m.setAttribute("aria-expanded", "false"); });
    var m = document.getElementById("claim-" + i);
    if (m) { m.classList.add("active"); m.setAttribute("aria-expanded", "true"); }
    d.open = true;
    d.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }
  document.querySelectorAll("mark.claim").forEach(function (m) {
    var i = m.getAttribute("data-claim");
    m.addEventListener("click", function () { openClaim(i); });
    m.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openClaim(i); } });
  });
  document.querySelectorAll("details.detail").forEach(function (d) {
    d.addEventListener("toggle", function () {
      var m = document.getElementById("claim-" + d.getAttribute("data-claim"));
      if (m && d.open) { m.scrollIntoView({ behavior: "smooth", block: "nearest" }); }
    });
  });
})();
