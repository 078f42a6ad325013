"""Generate a large, realistic library quickly: ``manage.py generate_library``.

Builds the page tree and the taxonomy with the project's factories, then writes the
material pages in bulk (``campaigns.demo.library_pages``) from kk/ru/en word lists
(``campaigns.demo.library_text``, ``campaigns/demo/data/bench_library.yaml``).

Running the command again tops the library up to ``--materials`` pages and
otherwise changes nothing; ``--reset`` deletes every material first.
"""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from audiences.factories import LANGUAGE_CODES
from campaigns.demo import library_pages
from campaigns.demo.library_text import words
from content.factories import build_site


class Command(BaseCommand):
    help = "Generate a large library of material pages in bulk (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--materials",
            type=int,
            default=5000,
            help="Material pages in total, across kk/ru/en (default 5000).",
        )
        parser.add_argument(
            "--reset", action="store_true", help="Delete every material page first."
        )
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, **options):
        total = options["materials"]
        if total < 0:
            raise CommandError("--materials must not be negative.")
        started = time.monotonic()
        self.verbosity = options["verbosity"]

        with transaction.atomic():
            titles = words()["site"]
            site = build_site({code: tuple(titles[code]) for code in LANGUAGE_CODES})
            libraries = {code: site[code][1] for code in LANGUAGE_CODES}
            if options["reset"]:
                library_pages.delete_materials(libraries)
            taxonomy = library_pages.build_taxonomy()
        self._log(f"site and taxonomy ready ({time.monotonic() - started:.1f}s)")

        existing = library_pages.material_count(libraries)
        wanted = total - existing
        # Repeatable for a given library size; a top-up draws fresh keys.
        rng = random.Random(f"{options['seed']}:{existing}")
        if wanted <= 0:
            self._log(f"{existing} materials already there; nothing to do.")
            return

        with transaction.atomic():
            new_ids = library_pages.create_materials(rng, libraries, taxonomy, wanted)
        self._log(f"{len(new_ids)} pages written ({time.monotonic() - started:.1f}s)")

        library_pages.index(new_ids)
        library_pages.analyze()
        self._log(
            f"done: {existing + len(new_ids)} materials "
            f"in {time.monotonic() - started:.1f}s"
        )

    def _log(self, message):
        if self.verbosity > 0:
            self.stdout.write(message)
