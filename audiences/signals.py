"""Memberships drive group membership, so Wagtail's permissions follow roles."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from audiences.models import Membership, User
from audiences.roles import sync_user_groups


@receiver(pre_save, sender=Membership, dispatch_uid="kopir-membership-before")
def remember_previous_user(sender, instance, **kwargs):
    instance._previous_user_id = (
        Membership.objects.filter(pk=instance.pk)
        .values_list("user_id", flat=True)
        .first()
        if instance.pk
        else None
    )


@receiver(post_save, sender=Membership, dispatch_uid="kopir-membership-saved")
@receiver(post_delete, sender=Membership, dispatch_uid="kopir-membership-deleted")
def membership_changed(sender, instance, **kwargs):

    sync_user_groups(instance.user)
    previous = getattr(instance, "_previous_user_id", None)
    if previous and previous != instance.user_id:
        sync_user_groups(User.objects.get(pk=previous))
