"""The demo's data for tests that start from it, seeded once per test process.

``load_demo()`` leaves the test database exactly as ``make demo`` leaves a new
one: migrated, then ``seed_demo``. The first call in a process really runs the
command, on the database as migrations left it (captured once per session, by
``tests/conftest.py``), and keeps a copy of every table and of every stored file
a row names; later calls put that copy back, in a fraction of a second instead
of the command's quarter of a minute. Tests of the seed itself still run the
command (``tests/content/test_seed_demo.py``).

Every table is replaced, so whatever the test or an earlier one left is gone;
the files a row names are written back where the storage in use lacks them (a
test with a media folder or bucket prefix of its own gets them too).

The copy keeps the content type ids the migrations gave. After a transactional
test's flush the database holds other ids, and a test case's rollback brings
those back while Django's content type cache still holds the copy's:
``tests/conftest.py`` empties that cache after every test and test class that
loaded the demo (``used``).
"""

from io import StringIO

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction

KEEP = {"django_migrations", "sqlite_sequence"}
# SQLite's full-text tables keep their index in shadow tables of their own; the
# virtual table is copied and SQLite rebuilds its shadows.
FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")

_baseline = None
_demo = None
# Set by load_demo(); tests/conftest.py empties the content type cache and resets it.
used = False


def _tables():
    """The tables to copy, and the SQLite virtual ones among them."""
    names = [n for n in connection.introspection.table_names() if n not in KEEP]
    virtual = set()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
            virtual = {row[0] for row in cursor.fetchall()}
        shadows = {v + suffix for v in virtual for suffix in FTS_SHADOWS}
        names = [n for n in names if n not in shadows]
    return sorted(names), virtual


def _quote(name):
    return connection.ops.quote_name(name)


def _read():
    """Every table's rows: raw COPY text on PostgreSQL, tuples on SQLite."""
    tables = {}
    names, virtual = _tables()
    with connection.cursor() as cursor:
        for table in names:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {_quote(table)} TO STDOUT") as copy:
                    tables[table] = b"".join(bytes(chunk) for chunk in copy)
            else:
                # A full-text table's rowid is its link to the index entry.
                rowid = "rowid, " if table in virtual else ""
                cursor.execute(f"SELECT {rowid}* FROM {_quote(table)}")
                columns = [c[0] for c in cursor.description]
                tables[table] = (columns, cursor.fetchall())
    return tables


def _write(tables):
    """Replace every table's rows with ``tables`` (from ``_read``)."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # DELETE, not TRUNCATE: for a few thousand rows it is ten times faster.
            # The foreign keys are checked when the transaction commits.
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute(
                "; ".join(f"DELETE FROM {_quote(table)}" for table in tables)
            )
            for table, data in tables.items():
                if data:
                    with cursor.cursor.copy(f"COPY {_quote(table)} FROM STDIN") as copy:
                        copy.write(data)
            copied = [
                model
                for model in apps.get_models(include_auto_created=True)
                if model._meta.db_table in tables
            ]
            cursor.execute(
                "; ".join(connection.ops.sequence_reset_sql(no_style(), copied))
            )
        else:
            for table, (columns, rows) in tables.items():
                cursor.execute(f"DELETE FROM {_quote(table)}")
                if rows:
                    names = ", ".join(_quote(c) for c in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", rows
                    )
    ContentType.objects.clear_cache()
    cache.clear()


def _stored_files():
    """The bytes of every file a row names, by (storage, name)."""
    files = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, models.FileField):
                continue
            names = (
                model._base_manager.exclude(**{field.name: ""})
                .exclude(**{f"{field.name}__isnull": True})
                .values_list(field.name, flat=True)
            )
            for name in names:
                storage = field.storage
                if storage.exists(name):
                    with storage.open(name, "rb") as handle:
                        files[(field.model._meta.label, field.name, name)] = (
                            handle.read()
                        )
    return files


def _restore_files(files):
    for (label, field_name, name), content in files.items():
        storage = apps.get_model(label)._meta.get_field(field_name).storage
        if not storage.exists(name):
            storage.save(name, ContentFile(content))


def capture_baseline():
    """Keep the database as migrations left it (once per session)."""
    global _baseline
    _baseline = _read()


# Set after a transactional test, whose flush empties every table, the rows the
# migrations wrote included (the Wagtail root page, locales, civic dates...).
flushed = False


def restore_baseline():
    """Put the database back as the migrations left it (see ``flushed``)."""
    if _baseline is not None:
        _write(_baseline)


def load_demo():
    """Leave the database as a new ``make demo`` leaves it (see the module)."""
    global _demo, used
    used = True
    if _demo is None:
        if _baseline is not None:
            _write(_baseline)
        call_command("seed_demo", force=True, stdout=StringIO())
        _demo = (_read(), _stored_files())
        cache.clear()
        return
    tables, files = _demo
    _write(tables)
    _restore_files(files)
