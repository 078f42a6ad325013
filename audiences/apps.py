"""The audiences app: who we talk to (regions, target groups, channels) and who
speaks (organisations, roles, messengers, users). ``ready`` registers the access
rules, the export safeguards and the signal receivers, which import models and so
cannot be imported before the app registry is ready."""

from django.apps import AppConfig
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AudiencesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "audiences"
    verbose_name = _("Audiences")

    def ready(self):
        from audiences import access, exports, signals  # noqa: F401

        exports.install()
        from audiences.models import (
            ApiToken,
            Channel,
            Community,
            HelpPoint,
            Membership,
            Messenger,
            MessengerCredibility,
            Organisation,
            OrganisationGroup,
            Pathway,
            PathwayStep,
            Region,
            Situation,
            TargetGroup,
        )

        # The roster holds people at risk: planners and admins of its organisation.
        access.register(
            Messenger,
            organisation="organisation",
            roles=access.PLANNERS,
            policy=access.OwnedPermissionPolicy,
        )
        access.register(
            MessengerCredibility,
            organisation="messenger__organisation",
            roles=access.PLANNERS,
        )
        # An organisation's record and members: its admins (the public profile is
        # the organisation space page, not this record).
        access.register(
            Organisation,
            organisation="pk",
            roles=access.ADMINS,
            policy=access.OrganisationRecordPolicy,
        )
        access.register(Membership, organisation="organisation", roles=access.ADMINS)
        # API tokens: made, scoped and revoked by the organisation's admins.
        access.register(
            ApiToken,
            organisation="organisation",
            roles=access.ADMINS,
            policy=access.KeepRowsPolicy,
        )
        access.register(
            OrganisationGroup,
            organisation="organisation",
            roles=access.ADMINS,
        )
        # Help points: public ones for everyone; private ones (a centre that takes
        # referrals only from partners) for the owning organisation's members.
        access.register(
            HelpPoint,
            organisation="organisation",
            roles={access.VIEW: access.MEMBERS, access.CHANGE: access.MEMBERS},
            public=lambda: Q(is_public=True),
            policy=access.OwnedPermissionPolicy,
        )
        # Pathways and their steps are shared public text; a step's private help
        # point is dropped wherever it is shown publicly (content.selectors.help).
        access.register_shared(Region, TargetGroup, Channel, Community)
        access.register_shared(Situation, Pathway, PathwayStep)
