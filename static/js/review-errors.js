// The review checklist modal is redrawn in place when the server refuses it:
// bring the reason (#kopir-review-errors) to where the reviewer is looking.
// A static file, not an inline <script>, so the admin's CSP needs no
// 'unsafe-inline' for scripts.
(function () {
  "use strict";

  function reveal(root) {
    var errors = root.querySelector ? root.querySelector("#kopir-review-errors") : null;
    if (root.id === "kopir-review-errors") errors = root;
    if (errors) errors.scrollIntoView({block: "center"});
  }

  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        if (node.nodeType === Node.ELEMENT_NODE) reveal(node);
      });
    });
  }).observe(document.documentElement, {childList: true, subtree: true});
})();
