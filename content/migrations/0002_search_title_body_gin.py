"""A GIN index over the search entries' ``title || body``, on PostgreSQL only.

Wagtail's PostgreSQL search matches ``(title || body) @@ query`` (its index vectors,
``PostgresSearchQueryCompiler.get_index_vectors``) but indexes only ``title``, ``body``
and ``autocomplete`` one by one, so every search scanned every entry. The vectors are
stored already stemmed (``russian``, or ``simple`` for Kazakh pages), so one index on
the expression serves a query in either configuration. SQLite searches through its
FTS5 table and needs nothing.
"""

from django.db import migrations

INDEX = "content_search_title_body_gin"


class PostgreSQLOnly(migrations.RunSQL):
    """``RunSQL`` that does nothing on any other database (SQLite has FTS5)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0001_squashed_0008_printedition_kind_registered"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        PostgreSQLOnly(
            sql=(
                f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
                "USING gin ((title || body)); "
                # Statistics of the new expression, so the planner sees how few
                # entries a word matches before autovacuum gets to it.
                "ANALYZE wagtailsearch_indexentry"
            ),
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
