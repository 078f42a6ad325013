"""``seed_demo`` with the campaign planner's demo on top of the library's.

This app comes before ``content`` in INSTALLED_APPS, so this command replaces
the content app's one, runs it, then adds the campaigns (campaigns → content).
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from campaigns.demo import seed_campaigns
from content.management.commands import seed_demo


class Command(seed_demo.Command):
    help = seed_demo.Command.help + " Adds the campaign planner's demo plans."

    def report(self, stats, password):
        # The library is seeded: add the campaigns before the logins are printed.
        users = {
            user.username: user
            for user in get_user_model().objects.filter(
                username__in=["planner", "orgadmin", "admin", "ngo"]
            )
        }
        with transaction.atomic():
            plans = seed_campaigns(users)
        super().report(stats, password)
        lines = ["  Campaign plans (log in as planner or orgadmin):"]
        for plan in plans:
            state = "approved" if plan.live else "draft"
            lines.append(f"    · {plan.title} — {plan.organisation.name} ({state})")
        lines.append(
            "  Planner: Campaigns → Campaign plans, Calendar and Coverage in the menu."
        )
        lines.append("")
        self.stdout.write("\n".join(lines))
