// Lesson exercises without a page reload: the feedback is already in the page;
// the answer is sent only to add one to its option's counter. Without this
// script the form posts and the server shows the same feedback.
(function () {
  "use strict";
  document.querySelectorAll("[data-exercise]").forEach(function (section) {
    var form = section.querySelector("form");
    var result = section.querySelector("[data-result]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input[name=option]:checked");
      result.textContent = "";
      if (!chosen) {
        result.textContent = section.dataset.empty;
        result.focus();
        return;
      }
      var good = chosen.dataset.good === "1";
      var feedback = chosen.parentNode.querySelector("[data-feedback]");
      var verdict = document.createElement("strong");
      verdict.textContent = good ? section.dataset.right : section.dataset.wrong;
      result.className = "exercise-result " + (good ? "verdict-good" : "verdict-bad");
      result.appendChild(verdict);
      result.appendChild(document.createTextNode(" " + feedback.textContent));
      result.focus();
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "omit",
      }).catch(function () {});
    });
  });
})();
