"""Background work: the task queue (database or Redis) and what happens when a
worker dies.

``TASKS_BACKEND`` chooses the queue: django-tasks-db's ``DatabaseBackend`` (the
default: nothing to set up) or django-tasks-rq's ``RQBackend`` on Redis
(``TASKS_REDIS_URL``, else ``REDIS_URL``). ``manage.py task_worker`` runs the
worker of whichever is configured; any number of them may run at once.

A task whose worker dies is found by its lease: a running task (a print render)
and each database worker extend theirs every ``TASK_HEARTBEAT_SECONDS``; one not
extended for ``TASK_LEASE_SECONDS`` belongs to a dead worker. Every worker (and
``run_scheduler``) looks for such tasks every ``TASK_REAP_SECONDS``: a render is
queued again, at most ``PRINT_MAX_ATTEMPTS`` attempts in all, then it fails with
a message.
"""

from kopir.settings.env import env_int, env_list, env_str

DATABASE_TASKS_BACKEND = "django_tasks_db.DatabaseBackend"
RQ_TASKS_BACKEND = "django_tasks_rq.RQBackend"

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", DATABASE_TASKS_BACKEND),
    }
}

# The RQ queue's Redis (used only when TASKS_BACKEND is the RQ backend). One
# django-rq queue per django-tasks queue name; the project uses "default".
TASKS_REDIS_URL = (
    env_str("TASKS_REDIS_URL", "")
    or env_str("REDIS_URL", "")
    or "redis://127.0.0.1:6379/0"
)
RQ_QUEUES = {
    name: {"URL": TASKS_REDIS_URL, "DEFAULT_TIMEOUT": env_int("TASK_TIMEOUT", 900)}
    for name in env_list("TASK_QUEUES", ["default"])
}
RQ_SHOW_ADMIN_LINK = False

# Leases: how long a silent task or worker counts as alive, how often a live one
# says so, and how often the workers look for dead ones.
TASK_LEASE_SECONDS = env_int("TASK_LEASE_SECONDS", 30)
TASK_HEARTBEAT_SECONDS = env_int("TASK_HEARTBEAT_SECONDS", 5)
TASK_REAP_SECONDS = env_int("TASK_REAP_SECONDS", 15)
# Attempts of one print render (the first included) before it is marked failed.
PRINT_MAX_ATTEMPTS = env_int("PRINT_MAX_ATTEMPTS", 3)
# A queued edition still waiting this long is queued again: its task may have
# been lost (a worker killed before the render began, a Redis that lost jobs).
PRINT_QUEUED_RECHECK_SECONDS = env_int("PRINT_QUEUED_RECHECK_SECONDS", 120)
# Database tasks run again when their worker died (idempotent ones only), at most
# this many attempts; others are marked failed.
TASK_MAX_ATTEMPTS = env_int("TASK_MAX_ATTEMPTS", 3)
TASK_RETRY_ON_WORKER_LOSS = env_list(
    "TASK_RETRY_ON_WORKER_LOSS",
    ["content.print_renditions.make_print_renditions"],
)
