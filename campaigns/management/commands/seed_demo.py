"""``manage.py seed_demo``: the demo site, its taxonomy, materials, logins and plans.

The data is in ``campaigns/demo/data`` (YAML, kk/ru/en side by side); the loaders
in ``campaigns.demo`` create it through the helpers, services and Wagtail
revisions and workflows the admin uses. Idempotent: every record is matched by
its slug (and language) and brought up to date, so running the command twice
leaves one copy of everything. It refuses to run with DEBUG off unless
``--force`` is given, because it resets the demo passwords.
"""

import os
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from audiences.models import Channel, Organisation, Region, TargetGroup
from campaigns.demo.api import seed_api_token
from campaigns.demo.data import load_materials
from campaigns.demo.help import seed_help
from campaigns.demo.learn import seed_learn
from campaigns.demo.materials import check_materials, seed_materials
from campaigns.demo.plans import seed_campaigns
from campaigns.demo.prints import queue_demo_prints
from campaigns.demo.replies import seed_replies
from campaigns.demo.review import seed_blocklist, seed_review_demo
from campaigns.demo.site import seed_site
from campaigns.demo.taxonomy import seed_taxonomy
from campaigns.demo.users import (
    DEFAULT_PASSWORD,
    DEMO_MANUAL_KEY,
    DEMO_USERS,
    TWO_FACTOR_DEMO_USERS,
    describe_roles,
    seed_two_factor,
    seed_users,
)
from content.models import Format, LessonPage, MaterialPage, NarrativeCountered, Theme


class Command(BaseCommand):
    help = (
        "Fill the database with the Kopir demo: home pages and libraries in Kazakh, "
        "Russian and English, the taxonomy from the policy brief, the demo "
        "materials and two logins. Safe to run again. Adds the campaign planner's "
        "demo plans."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off. Never use this on a real site: it "
            "resets the admin password.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this looks like a production database. seed_demo "
                "resets the admin password; pass --force only if this is a demo."
            )
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        materials = load_materials()
        if not materials:
            self.stderr.write(
                self.style.WARNING(
                    "campaigns/demo/data/materials has no materials: seeding "
                    "everything but the materials."
                )
            )

        # Wagtail e-mails reviewers about the demo reviews; nobody should get those.
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
            ),
            transaction.atomic(),
        ):
            sites = seed_site()
            taxonomy = seed_taxonomy()
            self.help_stats = seed_help(taxonomy["regions"], sites)
            users = seed_users(password, taxonomy["organisations"])
            seed_two_factor(users)
            seed_blocklist()
            stats = Counter()
            if materials:
                check_materials(materials, taxonomy)
                stats = seed_materials(materials, sites, taxonomy, owner=users["admin"])
            seed_review_demo(sites, taxonomy, users)
            seed_learn(sites)
        # The search index is derived data: rebuilt once everything is committed.
        call_command("update_index", verbosity=0)

        # The planner's demo goes on top of the library: its plans use the materials.
        users = {
            user.username: user
            for user in get_user_model().objects.filter(
                username__in=["planner", "orgadmin", "admin", "ngo"]
            )
        }
        # The plans' and playbooks' approvals would e-mail reviewers too.
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
            ),
            transaction.atomic(),
        ):
            plans = seed_campaigns(users)
            replies = seed_replies()
        editions = queue_demo_prints(plans, users)
        # The example posts today's result: a plan that has started.
        today = timezone.localdate()
        live = [p for p in plans if p.live and p.starts_on <= today] or plans
        secret = seed_api_token(live[0]) if live else None
        self.report(stats, password)
        self.report_plans(plans, editions)
        self.stdout.write(replies + "\n")
        self.report_api(live[0] if live else None, secret)

    def report(self, stats, password):
        models = [
            ("regions", Region),
            ("target groups", TargetGroup),
            ("channels", Channel),
            ("narratives", NarrativeCountered),
            ("themes", Theme),
            ("formats", Format),
            ("materials", MaterialPage),
            ("lessons", LessonPage),
        ]
        per_language = ", ".join(
            f"{model.objects.filter(locale__language_code='kk').count()} {label}"
            for label, model in models
        )
        pages = f"{MaterialPage.objects.count()} material pages in all"
        if stats:
            pages += (
                " (this run: "
                + ", ".join(f"{n} {state}" for state, n in sorted(stats.items()))
                + ")"
            )
        shown = password if password == DEFAULT_PASSWORD else "the DEMO_PASSWORD value"
        width = max(len("password"), len(shown))
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = [
            "",
            self.style.SUCCESS("Kopir demo data is ready."),
            f"  In each of kk, ru, en: {per_language}.",
            f"  {pages}; {Organisation.objects.count()} organisations.",
            "  Where to get help: {points} help points, {pathways} pathways".format_map(
                self.help_stats
            ),
            "",
            f"  Public site  {base}/kk/   {base}/ru/   {base}/en/",
            f"  Admin        {base}/admin/",
            "  Serve it with: make demo (HOST=… PORT=… for another address)",
            "",
            f"  {'login':<9} {'password':<{width}}  role",
            f"  {'-' * 9} {'-' * width}  {'-' * 50}",
            f"  {'admin':<9} {shown:<{width}}  site administrator: everything",
            *(
                f"  {username:<9} {shown:<{width}}  {describe_roles(roles)}"
                for username, _first, _last, roles in DEMO_USERS
            ),
            "",
            self.style.WARNING(
                "  TWO-FACTOR SIGN-IN: "
                + ", ".join(TWO_FACTOR_DEMO_USERS)
                + " must enter a code after the password."
            ),
            "  Their authenticator uses the demo's published secret (never on a real",
            "  site). Get the current code with:",
            "      .venv/bin/python manage.py demo_totp admin   (or orgadmin, planner)",
            f"  or add the key {DEMO_MANUAL_KEY} (time-based) to an authenticator app.",
            "",
            "  Materials go live after review; scheduled go-live and expiry run",
            "  every minute under `make demo` (manage.py run_scheduler).",
            "",
        ]
        self.stdout.write("\n".join(lines))

    def report_api(self, plan, secret):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = [
            f"  API: {base}/api/v1/docs/ (OpenAPI schema: {base}/api/v1/schema/)",
            "    Kazakh materials for parents, as a website would list them:",
            f'      curl "{base}/api/v1/materials/?lang=kk&audience=parents"',
        ]
        if plan is not None and secret:
            # One that has taken place: a result is dated on or after it.
            activity = (
                plan.activities.filter(starts_at__lte=timezone.now())
                .order_by("starts_at", "pk")
                .first()
            )
            lines += [
                f"    {plan.organisation.name}'s demo token (shown once; the admin's",
                "    Audiences → API tokens makes and revokes tokens):",
                f'      curl -H "Authorization: Bearer {secret}" '
                f'"{base}/api/v1/org/activities/"',
            ]
            if activity is not None:
                day = timezone.localtime(activity.starts_at).date()
                lines += [
                    "    A bot posting a result:",
                    f'      curl -H "Authorization: Bearer {secret}" '
                    '-H "Content-Type: application/json" '
                    f'-d \'{{"date": "{day}", "reach": 1200}}\' '
                    f'"{base}/api/v1/org/activities/{activity.pk}/results/"',
                ]
        lines += [
            "  Spreadsheet import: Library → Import in the admin (editor, planner).",
            "    Samples: content/imports/samples/materials-sample.xlsx (with",
            "    materials-images.zip), campaigns/samples/activities-sample.xlsx and",
            "    campaigns/samples/results-sample.csv.",
            "",
        ]
        self.stdout.write("\n".join(lines))

    def report_plans(self, plans, editions):
        lines = ["  Campaign plans (log in as planner or orgadmin):"]
        for plan in plans:
            state = "approved" if plan.live else "draft"
            lines.append(f"    · {plan.title} — {plan.organisation.name} ({state})")
        lines.append(
            "  Planner: Campaigns → Campaign plans, Calendar and Coverage in the menu."
        )
        if editions:
            lines.append(
                f"  Printing: {len(editions)} PDFs queued for the worker (Printed "
                "editions in the menu; a material's page header has Print…)."
            )
        lines.append("")
        self.stdout.write("\n".join(lines))
