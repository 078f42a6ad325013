"""The bench database and its data: recreated, migrated and filled with a
generated library and a planner's month of activities; the page URLs the
scenarios load, and a session cookie of the bench planner."""

from __future__ import annotations

import json
import urllib.parse

from tests.bench.harness import PYTHON, BenchError, django_env, log, run

SEARCH_WORD = "семья"
PLANNER = "benchplanner"

# Picks the scenario URLs from the generated data (runs inside Django).
PICK_SCENARIOS = r"""
import collections, json, random, urllib.parse
import django
django.setup()
from wagtail.search.backends import get_search_backend
from content.models import MaterialPage

ru = MaterialPage.objects.live().public().filter(locale__language_code="ru")
# The search backend filters on indexed fields only: scope by primary key.
scope = MaterialPage.objects.filter(pk__in=ru.values("pk"))
hits = list(
    get_search_backend().search(WORD, scope, operator="and")
    .get_queryset().order_by().values_list("pk", flat=True)
)

def slugs(relation, column, pks):
    through = getattr(MaterialPage, relation).through
    result = collections.defaultdict(set)
    rows = through.objects.filter(materialpage_id__in=pks).values_list(
        "materialpage_id", f"{column}__slug"
    )
    for pk, slug in rows:
        result[pk].add(slug)
    return result

# The commonest (target group, narrative, theme) triples among ``pks``.
def top_combos(pks, count):
    groups = slugs("target_groups", "targetgroup", pks)
    narratives = slugs("narratives", "narrativecountered", pks)
    themes = slugs("themes", "theme", pks)
    combos = collections.Counter(
        (g, n, t)
        for pk in pks
        for g in groups[pk]
        for n in narratives[pk]
        for t in themes[pk]
    )
    return sorted(combos.items(), key=lambda kv: (-kv[1], kv[0]))[:count]


def library_url(code, audience, narrative, theme, word=None):
    query = {"audience": audience, "narrative": narrative, "theme": theme}
    if word:
        query["q"] = word
    return f"/{code}/materials/?" + urllib.parse.urlencode(query)


def material_url(material):
    # /<language>/materials/<organisation>/<slug>/: the root's slug is dropped.
    rest = material.url_path.split("/", 2)[2]
    return f"/{material.locale.language_code}/" + urllib.parse.quote(rest)


# The headline library URL: the most common combination among the search's hits
# (a full first page of results and pagination).
((audience, narrative, theme), matches), *_ = top_combos(hits, 1)
material = (
    ru.filter(regions__isnull=False, tagged_items__isnull=False)
    .order_by("pk").distinct().first() or ru.order_by("pk").first()
)
# The mixes the load walks through: twenty searches with three facets, and in each
# language ten listings with three facets and no search; two hundred materials of
# every language, picked at random (the same ones each run).
library_mix = [library_url("ru", *combo, WORD) for combo, _n in top_combos(hits, 20)]
for code in ("kk", "ru", "en"):
    pks = list(
        MaterialPage.objects.live().public()
        .filter(locale__language_code=code).values_list("pk", flat=True)
    )
    library_mix += [library_url(code, *combo) for combo, _n in top_combos(pks, 10)]
everything = sorted(MaterialPage.objects.live().public().values_list("pk", flat=True))
picked = random.Random(16).sample(everything, min(200, len(everything)))
material_mix = [
    material_url(m)
    for m in MaterialPage.objects.filter(pk__in=picked).select_related("locale")
]
print("PICKED " + json.dumps({
    "home": "/ru/",
    "library": library_url("ru", audience, narrative, theme, WORD),
    "library_matches": matches,
    "material": material_url(material),
    "materials": MaterialPage.objects.count(),
    "home_mix": ["/kk/", "/ru/", "/en/"],
    "library_mix": library_mix,
    "material_mix": material_mix,
}))
"""


# A logged-in session for the planner (runs inside Django): the Cookie header.
LOGIN = r"""
import django
django.setup()
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

user = get_user_model().objects.get(username=USERNAME)
client = Client()
client.force_login(user)
# Planners must pass two-factor sign-in: the session carries a verified device.
device, _ = TOTPDevice.objects.get_or_create(
    user=user, name="bench", defaults={"confirmed": True}
)
session = client.session
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.save()
name = settings.SESSION_COOKIE_NAME
print(f"SESSION {name}={client.cookies[name].value}")
"""

# --- Database and data ---------------------------------------------------------------


def recreate_database(db_url):
    import psycopg

    parts = urllib.parse.urlsplit(db_url)
    name = parts.path.lstrip("/")
    if not name.replace("_", "").isalnum():
        raise BenchError(f"unexpected database name {name!r}")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        raise BenchError(f"PostgreSQL is not reachable at {admin_url}: {exc}") from exc


def flush_redis(redis_url):
    import redis

    try:
        client = redis.Redis.from_url(redis_url, socket_timeout=5)
        client.flushdb()
        client.close()
    except redis.RedisError as exc:
        raise BenchError(f"Redis is not reachable at {redis_url}: {exc}") from exc


def prepare(args, deadline, pages=True):
    """The database and data; with ``pages`` the scenario URLs, else None."""
    env = django_env(args, 0)
    manage = [PYTHON, "manage.py"]
    if not args.reuse_db:
        log(f"recreating the database {args.database_url}")
        recreate_database(args.database_url)
        run([*manage, "migrate", "--noinput"], env=env, deadline=deadline, cap=600)
        run(
            [*manage, "generate_library", "--materials", str(args.materials)],
            env=env,
            deadline=deadline,
            cap=300,
            quiet=False,
        )
    if not pages:
        return None
    # Idempotent (replaces the previous bench plan), so it runs with --reuse-db too.
    out = run(
        [
            *manage,
            "generate_activities",
            "--activities",
            str(args.activities),
            "--username",
            PLANNER,
        ],
        env=env,
        deadline=deadline,
        cap=300,
        quiet=False,
    )
    day = next(x for x in out.splitlines() if x.startswith("day="))[len("day=") :]
    plan = next(x for x in out.splitlines() if x.startswith("plan="))[len("plan=") :]
    run(
        [*manage, "collectstatic", "--noinput", "-v", "0"],
        env=env,
        deadline=deadline,
        cap=300,
    )
    out = run(
        [PYTHON, "-c", f"WORD = {SEARCH_WORD!r}\n" + PICK_SCENARIOS],
        env=env,
        deadline=deadline,
        cap=120,
        label="picking the pages",
    )
    line = next(x for x in out.splitlines() if x.startswith("PICKED "))
    urls = json.loads(line[len("PICKED ") :])
    urls["calendar"] = "/admin/planner/calendar/?" + urllib.parse.urlencode(
        {"view": "month", "day": day}
    )
    urls["plan"] = f"/admin/planner/plan/{plan}/"
    urls["activities"] = args.activities
    return urls


def planner_cookie(args, deadline):
    """A session of the bench planner, as a ``Cookie`` header value."""
    out = run(
        [PYTHON, "-c", f"USERNAME = {PLANNER!r}\n" + LOGIN],
        env=django_env(args, 0),
        deadline=deadline,
        cap=60,
        label="logging the planner in",
    )
    line = next(x for x in out.splitlines() if x.startswith("SESSION "))
    return line[len("SESSION ") :]
