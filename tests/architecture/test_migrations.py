"""The squashed migrations: a database made by the migrations they replace upgrades
to them without a change, and ends with the schema a new database gets.

``data/db_before_squash.sql.gz`` is an SQLite dump of a database migrated with the
old chain (audiences 0001–0007, content 0001–0008, campaigns 0001–0002), holding one
organisation and one user. Each database is migrated by ``manage.py`` in its own
process, as an operator would run it.
"""

import gzip
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[2]
DUMP = Path(__file__).with_name("data") / "db_before_squash.sql.gz"


def _manage(database, *args):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "kopir.settings.dev",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout


def _schema(database):
    """Tables with their columns, foreign keys and indexes, in a stable order
    (a table rebuilt by an old migration may list its columns differently)."""
    db = sqlite3.connect(database)
    schema = {}
    tables = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%'"
    )
    for (table,) in tables.fetchall():
        columns = sorted(r[1:6] for r in db.execute(f'PRAGMA table_info("{table}")'))
        keys = sorted(r[2:5] for r in db.execute(f'PRAGMA foreign_key_list("{table}")'))
        indexes = sorted(
            (
                unique,
                tuple(c[2] for c in db.execute(f'PRAGMA index_info("{name}")')),
            )
            for _, name, unique, *_ in db.execute(f'PRAGMA index_list("{table}")')
        )
        schema[table] = (columns, keys, indexes)
    db.close()
    return schema


def test_each_app_has_one_squashed_chain():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    ours = sorted(
        key
        for key in loader.disk_migrations
        if key[0] in {"audiences", "content", "campaigns"}
    )
    assert ours == [
        ("audiences", "0001_user"),
        ("audiences", "0002_squashed_0007_organisation_translated_names"),
        ("audiences", "0008_communities"),
        ("audiences", "0009_help_points"),
        ("audiences", "0010_where_to_get_help_to_help_points"),
        ("audiences", "0011_remove_region_where_to_get_help"),
        ("audiences", "0012_api_tokens"),
        ("campaigns", "0001_squashed_0002_civic_dates_and_plan_workflow"),
        ("campaigns", "0003_result_replies"),
        ("content", "0001_squashed_0008_printedition_kind_registered"),
        ("content", "0002_search_title_body_gin"),
        ("content", "0003_print_leases"),
        ("content", "0004_reply_playbooks"),
        ("content", "0005_playbook_review_workflow"),
        ("content", "0006_lessons"),
        ("content", "0007_material_communities"),
        ("content", "0008_help_page"),
        ("content", "0009_import_jobs"),
    ]


def test_a_database_from_the_old_chain_upgrades_without_a_change(tmp_path):
    old = tmp_path / "old.sqlite3"
    db = sqlite3.connect(old)
    db.executescript(gzip.decompress(DUMP.read_bytes()).decode())
    db.close()

    # Only what came after the squash is applied (0002 changes nothing on
    # SQLite), and the apps installed since (the Redis task queue's): never a
    # squashed migration again, nor the first one the old chain already had.
    output = _manage(old, "migrate", "--noinput")
    applied = [line.split()[1] for line in output.splitlines() if "Applying" in line]
    squashed = {
        f"{app}.{name}..."
        for (app, name), migration in MigrationLoader(None).disk_migrations.items()
        if migration.replaces
    }
    assert applied, output
    assert "content.0002_search_title_body_gin..." in applied
    assert not squashed & set(applied)
    assert not any(name.startswith("audiences.0001_user") for name in applied)
    plan = _manage(old, "showmigrations", "audiences", "content", "campaigns")
    assert "[X] 0002_squashed_0007_organisation_translated_names" in plan
    assert "[X] 0001_squashed_0008_printedition_kind_registered" in plan
    assert "[X] 0001_squashed_0002_civic_dates_and_plan_workflow" in plan
    assert "[ ]" not in plan
    # The old organisation's role groups get the permissions of models added
    # since (they are created in a later app's post_migrate than the grant's own).
    db = sqlite3.connect(old)
    granted = db.execute(
        "SELECT COUNT(*) FROM auth_group_permissions gp "
        "JOIN auth_permission p ON p.id = gp.permission_id "
        "WHERE p.codename = 'change_helppoint'"
    ).fetchone()[0]
    db.close()
    assert granted > 0

    new = tmp_path / "new.sqlite3"
    _manage(new, "migrate", "--noinput")
    assert _schema(old) == _schema(new)

    # What was in the old database is still there; what the old data migrations
    # installed, the squashed ones install on a new database too.
    rows = {}
    for name, path in (("old", old), ("new", new)):
        db = sqlite3.connect(path)
        rows[name] = {
            query: db.execute(query).fetchall()
            for query in (
                "SELECT name_en, name_ru FROM audiences_organisation",
                "SELECT name_en, starts_on FROM campaigns_civicdate ORDER BY id",
                "SELECT name FROM wagtailcore_workflow ORDER BY name",
                "SELECT COUNT(*) FROM content_checklistitem",
            )
        }
        db.close()
    assert rows["old"]["SELECT name_en, name_ru FROM audiences_organisation"] == [
        ("Youth centre", "Молодёжный центр")
    ]
    assert rows["new"]["SELECT name_en, name_ru FROM audiences_organisation"] == []
    for query in list(rows["old"])[1:]:
        assert rows["old"][query] == rows["new"][query]
    assert (
        len(
            rows["new"][
                "SELECT name_en, starts_on FROM campaigns_civicdate ORDER BY id"
            ]
        )
        == 15
    )
