import re
from django.urls import reverse
from tests.review.test_isolation import IsolationBase

class Scratch(IsolationBase):
    def test_form(self):
        self.client.force_login(self.users["admin"])
        r = self.client.get(reverse("wagtailsnippets_audiences_organisation:edit", args=[self.org_b.pk]))
        html = r.content.decode(); print(r.status_code, len(html)); open("/tmp/scratch/org.html","w").write(html)
        print(sorted(set(re.findall(r'name="(memberships[^"]*|[a-z_]+)"', html))))
        for m in re.findall(r'<input[^>]*name="memberships-[^"]*"[^>]*>', html)[:20]:
            print(m)
        print(re.findall(r'b-editor|b-reviewer', html)[:5])
