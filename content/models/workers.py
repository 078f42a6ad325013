"""The task workers that are running, each with a lease it keeps extending."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerLease(models.Model):
    """One running ``task_worker`` of the database queue.

    The worker extends ``expires_at`` every few seconds (``audiences.leases``); a
    task row still "running" under a worker whose lease ran out was abandoned
    (``content.reaper``). A worker that stops cleanly deletes its row.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, primary_key=True)
    hostname = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("lease expires at"), db_index=True)

    class Meta:
        verbose_name = _("task worker")
        verbose_name_plural = _("task workers")

    def __str__(self):
        return f"{self.worker_id} ({self.hostname}:{self.pid})"
