// Every admin field a screen reader reaches says what it is: Wagtail's rich-text
// editors and the tag input are drawn by scripts beside a hidden input, and the
// field's visible label points at that hidden input. Give the drawn control the
// same name, now and whenever a StreamField block adds another one.
(function () {
  "use strict";

  var counter = 0;

  function withId(element, stem) {
    if (!element.id) element.id = stem + "-name-" + ++counter;
    return element;
  }

  // The field's own label; inside a StreamField block that has none, the label
  // of the block's field or else the block's heading ("Paragraph", "Answer").
  function labelOf(input) {
    if (!input) return null;
    var label = input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
    if (!label) {
      var field = input.closest(".w-field");
      label = field && field.querySelector(".w-field__label");
    }
    if (label) return withId(label, input.id || "kopir");
    var section = input.closest("section[aria-labelledby]");
    return section ? document.getElementById(section.getAttribute("aria-labelledby")) : null;
  }

  function name(control, input) {
    if (!control || control.hasAttribute("aria-labelledby") || control.hasAttribute("aria-label")) return;
    var label = labelOf(input);
    if (label) control.setAttribute("aria-labelledby", label.id);
  }

  function nameAll() {
    document.querySelectorAll("[data-draftail-editor-wrapper]").forEach(function (wrapper) {
      name(
        wrapper.querySelector('[contenteditable="true"][role="textbox"]'),
        wrapper.parentNode.querySelector(":scope > input")
      );
    });
    document.querySelectorAll("ul.tagit").forEach(function (list) {
      var input = list.previousElementSibling;
      while (input && input.tagName !== "INPUT") input = input.previousElementSibling;
      name(list.querySelector("input.ui-autocomplete-input"), input);
    });
  }

  // Wagtail's modal dialogs are named by the heading they show.
  function nameDialogs() {
    document.querySelectorAll('.modal[role="dialog"]').forEach(function (dialog) {
      if (dialog.hasAttribute("aria-labelledby") || dialog.hasAttribute("aria-label")) return;
      var heading = dialog.querySelector(".modal-content h1, .modal-content h2");
      if (heading) dialog.setAttribute("aria-labelledby", withId(heading, "kopir-dialog").id);
    });
  }

  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    queueMicrotask(function () { pending = false; nameAll(); nameDialogs(); });
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", nameAll);
})();
