#!/usr/bin/env python3
"""The print part of ``make bench``: the Django side, run by ``run_bench.py``.

Every command runs inside Django with the bench environment that run_bench.py sets
(``kopir.settings.bench``, the ``kopir_bench`` database, ``MEDIA_ROOT`` under
``bench-results/``) and ends by printing one ``PRINTJSON {...}`` line:

``setup``
    creates or updates the bench material: a published English MaterialPage
    (slug ``kopir-print-bench``) in an organisation's space, with three generated
    2400×1600 JPEG photos saved as ``content.KopirImage`` (the cover and two body
    images). Its text is sized so that the A5 brochure comes out at exactly four
    pages: WeasyPrint lays out candidate revisions, and the amount of text chosen
    is the middle of the range that gives four pages, so a revision number one digit
    longer cannot tip it over. Earlier print editions of the material are deleted.
``renders``
    needs a freshly started ``manage.py task_worker``. Publishes the material with
    new copies of its photos and renders the A5 brochure (the worker's first
    render, asked once the publish's tasks are done), again with new photos asked
    at the moment of publishing (the edition the download step serves), then
    ``--runs`` times saves a new revision and asks for its brochure
    (``service.material_edition``), polling ``PrintEdition.status`` every 10 ms
    until it is READY: enqueue to READY as the database shows it.
``reference``
    takes the HTML the task renders for a ready edition (``documents.build``) and
    prints it with WeasyPrint in this process (warm, the engine's fetcher), with
    WeasyPrint in a new Python process and with headless Chromium, both from an
    HTML file whose resources point at the local files.

Run ``python tests/bench/run_bench.py --print-only`` rather than this file. The
commands live beside it: ``print_material``, ``print_renders`` and
``print_reference``, with what they share in ``print_common``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Run as a script (by run_bench.py): the repository root is not on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.print_material import command_setup
from tests.bench.print_reference import command_reference
from tests.bench.print_renders import command_renders


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopir.settings.bench")
    import django

    django.setup()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    setup = commands.add_parser("setup")
    setup.add_argument("--max-sentences", type=int, default=160)
    renders = commands.add_parser("renders")
    renders.add_argument("--page", type=int, required=True)
    renders.add_argument("--runs", type=int, default=5)
    renders.add_argument("--timeout", type=float, default=30.0)
    renders.add_argument("--warmup-timeout", type=float, default=120.0)
    reference = commands.add_parser("reference")
    reference.add_argument("--edition", required=True)
    reference.add_argument("--runs", type=int, default=3)
    reference.add_argument("--workdir", required=True)
    reference.add_argument("--chromium", default="")
    reference.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    setup_django()
    {
        "setup": command_setup,
        "renders": command_renders,
        "reference": command_reference,
    }[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
