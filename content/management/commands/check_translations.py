"""The translation gate (``make lint`` runs it): exits non-zero on any problem.

Checks the Kazakh and Russian catalogues (untranslated, fuzzy, placeholders,
compiled .mo in step), that makemessages finds nothing they lack, and that no
user-visible string in the code or templates is left unmarked. Reports, without
failing, how much of Wagtail's admin the Kazakh admin catalogue covers.
"""

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from content import translation_gate as gate


class Command(BaseCommand):
    help = "Fail when a catalogue or a user-visible string is not translated."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-extract",
            action="store_true",
            help="Do not run makemessages on a copy of the project (faster).",
        )

    def handle(self, *args, skip_extract=False, **options):
        root = settings.BASE_DIR
        problems = []
        extracted = {} if skip_extract else gate.extract_messages(root)
        for language in gate.CATALOGUE_LANGUAGES:
            directory = root / "locale" / language / "LC_MESSAGES"
            po, mo = directory / "django.po", directory / "django.mo"
            if not po.exists():
                problems.append(gate.Problem(str(po), 0, "missing", "no catalogue"))
                continue
            problems += gate.check_catalogue(po)
            problems += gate.check_compiled(po, mo)
            if language in extracted:
                problems += gate.check_extracted(extracted[language], po)
        problems += gate.check_sources(
            root, gate.read_allow_list(root / gate.ALLOW_LIST)
        )
        for problem in problems:
            self.stdout.write(str(problem).replace(f"{root}/", ""))

        translated, total = gate.admin_coverage(
            gate.wagtail_catalogues(
                app.path
                for app in apps.get_app_configs()
                if app.name.startswith("wagtail")
            ),
            root / gate.ADMIN_CATALOGUE,
        )
        share = 100 * translated / total if total else 0
        self.stdout.write(
            f"Kazakh admin: {translated} of {total} Wagtail messages translated "
            f"({share:.0f}%) in {gate.ADMIN_CATALOGUE}"
            + ("" if (root / gate.ADMIN_CATALOGUE).exists() else " (not there yet)")
        )
        if problems:
            raise CommandError(
                f"{len(problems)} translation problem(s); see README › Translations."
            )
        self.stdout.write(self.style.SUCCESS("Translations: complete."))
