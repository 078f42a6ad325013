"""How we say it: campaign plans, their activities on a calendar, results.

A plan (goal, audience, messages, messengers, media, action, risks, indicators) is
one document with drafts, revisions, locking and an approval workflow, like a
material. Activities, results and adjustments are the plan's operational log:
separate rows, so the calendar, exports and roll-ups can query them. One module
per concept; importing this package registers them all.
"""

from campaigns.models.activity import Activity
from campaigns.models.base import NON_NEGATIVE, OwnedQuerySet
from campaigns.models.dates import CalendarFeed, CivicDate
from campaigns.models.messages import Message
from campaigns.models.monitoring import Indicator, Likelihood, Risk
from campaigns.models.plan import CampaignPlan, PlanAudience
from campaigns.models.results import Adjustment, ResultEntry
from campaigns.models.workflow import PlanApprovalTask

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
