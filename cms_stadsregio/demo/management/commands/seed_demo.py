from django.core.management.base import BaseCommand

from cms_stadsregio.demo.builder import build_demo_site


class Command(BaseCommand):
    help = (
        "Bouwt de demosite met echte inhoud. Veilig om opnieuw te draaien: maakt alleen aan wat "
        "ontbreekt. Met --projects/--news komen er gegenereerde items bij voor prestatietests."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--projects",
            type=int,
            default=0,
            metavar="N",
            help="Zorg voor N gegenereerde projecten (slug begint met gen-).",
        )
        parser.add_argument(
            "--news",
            type=int,
            default=0,
            metavar="N",
            help="Zorg voor N gegenereerde nieuwsberichten (slug begint met gen-).",
        )

    def handle(self, *args, projects, news, verbosity, **options):
        progress = self.stderr if verbosity > 0 else None
        report = build_demo_site(projects=max(projects, 0), news=max(news, 0), progress=progress)
        for line in report.lines():
            self.stdout.write(line)
