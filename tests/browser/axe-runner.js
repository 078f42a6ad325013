// Runs in every document after axe itself (see accessibility.py). One run at a
// time: a check asked for later waits for the one started on load.
(() => {
  if (window.top !== window || location.protocol === "about:") return;
  // Colours are checked at rest, not halfway through a fade. A constructed
  // stylesheet, not a <style> element: the page's CSP (style-src) stays in force.
  const still = new CSSStyleSheet();
  still.replaceSync(
    "*, *::before, *::after { transition: none !important; animation: none !important; }");
  document.addEventListener("DOMContentLoaded", () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
  });
  const failing = KOPIR_FAILING_IMPACTS;
  window.__kopirAxeCheck = (label) => {
    const previous = window.__kopirAxeRun || Promise.resolve();
    window.__kopirAxeRun = previous.then(() => axe.run(document, {
      resultTypes: ["violations"],
    })).then((result) => {
      const found = result.violations
        .filter((v) => failing.includes(v.impact))
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
        }));
      return window.kopirAxeReport({url: location.href, label, violations: found});
    });
    return window.__kopirAxeRun;
  };
  window.addEventListener("load", () => window.__kopirAxeCheck("load"));
})();
