from django.core.management.base import BaseCommand

from cms_stadsregio.opendata.redirects import (
    OLD_SITE_REDIRECTS,
    STATUS_LABELS,
    RedirectImporter,
    read_csv,
)


class Command(BaseCommand):
    help = (
        "Maakt permanente doorverwijzingen van de adressen van de oude website "
        "(/nl/content/<id>/<slug>.html, /post/<slug>, /woondienst, ...) naar de nieuwe pagina's. "
        "Zonder --csv: de ingebouwde lijst. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--csv",
            help="CSV, per regel: oud adres, nieuw pad (leeg: de pagina met dezelfde slug)",
        )
        parser.add_argument("--overwrite", action="store_true", help="bestaande overschrijven")
        parser.add_argument("--dry-run", action="store_true", help="alleen tonen, niets bewaren")

    def handle(self, *args, **options):
        if options["csv"]:
            with open(options["csv"], encoding="utf-8-sig", newline="") as file:
                rows = read_csv(file)
        else:
            rows = list(OLD_SITE_REDIRECTS.items())
        importer = RedirectImporter(overwrite=options["overwrite"], dry_run=options["dry_run"])
        outcomes = importer.import_rows(rows)
        for outcome in outcomes:
            line = f"{outcome.old_path} -> {outcome.target or '?'}: {STATUS_LABELS[outcome.status]}"
            style = self.style.WARNING if outcome.status == "not_found" else str
            self.stdout.write(style(line))
        missing = sum(outcome.status == "not_found" for outcome in outcomes)
        if missing:
            self.stderr.write(f"{missing} adres(sen) zonder doel: geef het nieuwe pad in de CSV.")
