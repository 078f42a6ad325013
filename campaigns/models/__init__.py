"""How we say it: campaign plans, their activities on a calendar, results.

A plan (goal, audience, messages, messengers, media, action, risks, indicators) is
one document with drafts, revisions, locking and an approval workflow, like a
material. Activities, results and adjustments are the plan's operational log:
separate rows, so the calendar, exports and roll-ups can query them.

* ``plan``: the plan, its audiences and its approval task;
* ``messages``: messages, risks and indicators (the plan's inline parts);
* ``activity``: activities, civic dates, feed addresses, and the querysets every
  planner record shares;
* ``results``: results and adjustments.

Importing this package registers them all.
"""

from campaigns.models.activity import (
    NON_NEGATIVE,
    Activity,
    CalendarFeed,
    CivicDate,
    OwnedQuerySet,
)
from campaigns.models.messages import Indicator, Likelihood, Message, Risk
from campaigns.models.plan import CampaignPlan, PlanApprovalTask, PlanAudience
from campaigns.models.results import Adjustment, ResultEntry

__all__ = [
    "NON_NEGATIVE",
    "Activity",
    "Adjustment",
    "CalendarFeed",
    "CampaignPlan",
    "CivicDate",
    "Indicator",
    "Likelihood",
    "Message",
    "OwnedQuerySet",
    "PlanApprovalTask",
    "PlanAudience",
    "ResultEntry",
    "Risk",
]
