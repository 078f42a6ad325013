"""Content-Security-Policy violations on every page a browser test visits.

Chromium fires ``securitypolicyviolation`` in a document whenever its policy
blocks (or, report-only, would block) something. An init script in every frame
of every context forwards each event to the test, which fails on any, as it
does on axe's findings. Init scripts run outside the page's policy, so axe and
this listener work under the real CSP. With ``KOPIR_CSP_LOG=<file>`` the
violations are also appended to that file as JSON lines (used to measure the
admin's needs).
"""

import json
import os

_LISTENER = """
(() => {
  document.addEventListener("securitypolicyviolation", (event) => {
    window.kopirCspReport({
      url: location.href,
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
      disposition: event.disposition,
    });
  });
})();
"""


class CspFindings:
    def __init__(self):
        self.violations = []
        self.log = os.environ.get("KOPIR_CSP_LOG")

    def report(self, source, violation):
        self.violations.append(violation)
        if self.log:
            with open(self.log, "a", encoding="utf-8") as log:
                log.write(json.dumps(violation) + "\n")

    def summary(self):
        return "\n".join(
            f"{v['disposition']} {v['directive']} blocked {v['blocked']!r}"
            f" on {v['url']}"
            f" ({v['source']}:{v['line']} {v['sample']!r})"
            for v in self.violations
        )


def install(context):
    findings = CspFindings()
    context.expose_binding("kopirCspReport", findings.report)
    context.add_init_script(_LISTENER)
    return findings
