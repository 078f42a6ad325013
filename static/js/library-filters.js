// The library's facets sit in a <details> that the page serves closed: on a
// phone they stay behind the one "Filters" button. On a wide screen (48em, the
// width where the library gets its two columns) this opens them, as they always
// were; without this script the button still opens and closes them.
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 48em)");

  function fit(panel) {
    if (wide.matches) {
      // Remember the state a phone left, so turning back keeps the reader's choice.
      if (!panel.open) panel.dataset.openedForWideScreen = "true";
      panel.open = true;
    } else if (panel.dataset.openedForWideScreen) {
      delete panel.dataset.openedForWideScreen;
      panel.open = false;
    }
  }

  function start() {
    var panels = document.querySelectorAll("details.facets-panel");
    panels.forEach(fit);
    wide.addEventListener("change", function () {
      panels.forEach(fit);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
