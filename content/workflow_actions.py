"""Wagtail imports this module while it loads its own models: no imports here."""


def publish_reviewed(workflow_state, user=None):
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: the finished review is the permission.

    Reviewers hold no publish permission of their own (that would let them
    publish drafts nobody submitted, or bypass the checklist from the editor),
    so the approved revision is published on the review's authority.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
