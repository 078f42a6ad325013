"""The page tree and taxonomy most library tests share, and a warm query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from audiences.factories import make_region, make_target_group
from content.factories import (
    build_site,
    make_format,
    make_material,
    make_narrative,
    make_theme,
)


def build_library():
    """A site with taxonomy in kk/ru/en; returns a namespace of what it made."""
    site = build_site()
    data = {
        "site": site,
        "rural": make_target_group("rural-youth", "Rural youth"),
        "parents": make_target_group("parents", "Parents"),
        "us_them": make_narrative("us-versus-them", "Us versus them", number=3),
        "jihad": make_narrative("glorification-of-jihad", "Glorified jihad", number=2),
        "family": make_theme("family", "Family"),
        "video": make_format("video", "Video"),
        "article": make_format("article", "Article"),
        "atyrau": make_region("atyrau", "Atyrau"),
    }
    return type("Library", (), data)


def add_materials(lib, count, code="ru", **kwargs):
    library = lib.site[code][1]
    made = []
    for i in range(count):
        made.append(
            make_material(
                library,
                title=f"Material {code} {i}",
                target_groups=[lib.rural[code], lib.parents[code]],
                narratives=[lib.us_them[code]],
                themes=[lib.family[code]],
                regions=[lib.atyrau[code]],
                format=lib.article[code],
                tags=["demo"],
                **kwargs,
            )
        )
    return made


def warm_query_count(testcase, url):
    """Queries of a second request for ``url`` (the first fills the frame and the
    per-process caches, as production has them); the page must answer 200."""
    testcase.client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        response = testcase.client.get(url)
    testcase.assertEqual(response.status_code, 200)
    return len(ctx)
