// The reply helper panel on activities and results: fetch the reviewed
// playbooks' replies for the chosen narrative and channel. A static file, not
// an inline <script>, so the admin's CSP needs no 'unsafe-inline'.
(function () {
  "use strict";

  function show(panel) {
    var narrative = panel.querySelector("[data-reply-narrative]").value;
    var channel = panel.querySelector("[data-reply-channel]").value;
    var result = panel.querySelector("[data-reply-result]");
    var url = panel.getAttribute("data-url") + "?narrative=" +
      encodeURIComponent(narrative) + "&channel=" + encodeURIComponent(channel);
    fetch(url, {credentials: "same-origin", headers: {"X-Requested-With": "XMLHttpRequest"}})
      .then(function (response) { return response.text(); })
      .then(function (html) { result.innerHTML = html; });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-reply-show]") : null;
    if (!button) return;
    event.preventDefault();
    show(button.closest("[data-kopir-reply-helper]"));
  });
})();
