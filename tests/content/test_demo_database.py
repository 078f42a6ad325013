"""The demo's SQLite file is shared by three processes without locking up."""

from django.db import connection
from django.test import TestCase


class DemoDatabaseTests(TestCase):
    def setUp(self):
        if connection.vendor != "sqlite":
            self.skipTest("write-ahead logging is SQLite's; PostgreSQL needs none")

    def test_sqlite_runs_in_write_ahead_mode(self):
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            self.assertEqual(cursor.fetchone()[0], "wal")

    def test_transactions_take_the_write_lock_when_they_begin(self):
        self.assertEqual(
            connection.settings_dict["OPTIONS"]["transaction_mode"], "IMMEDIATE"
        )
