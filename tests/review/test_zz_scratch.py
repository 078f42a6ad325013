from django.urls import reverse

from tests.review.test_isolation import IsolationBase


class Scratch(IsolationBase):
    def test_form(self):
        self.client.force_login(self.users["admin"])
        self.client.raise_request_exception = False
        u = reverse("wagtailsnippets_audiences_organisation:edit", args=[self.org_b.pk])
        print("start", self.client.get(u).status_code)
        for check in self.checks():
            r = self.fetch(check)
            if "organisation" in check.name:
                print(check.name, check.url, r.status_code, r.get("Location"))
        print("end", self.client.get(u).status_code)
