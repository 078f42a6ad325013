"""The demo's API token: one organisation's bot, so the printed example call works.

Each seed gives the token a new secret (only its digest is stored, so the old one
cannot be printed again); the seed prints the new one once.
"""

from audiences.models import ApiToken

DEMO_TOKEN_NAME = "Demo bot (seed_demo)"


def seed_api_token(plan):
    """A token of ``plan``'s organisation that reads activities and posts results."""
    token = ApiToken.objects.filter(
        organisation=plan.organisation, name=DEMO_TOKEN_NAME
    ).first() or ApiToken(organisation=plan.organisation, name=DEMO_TOKEN_NAME)
    token.can_read_activities = True
    token.can_write_results = True
    token.revoked_at = None
    secret = token.new_secret()
    token.save()
    return secret
