from django.core.management.base import BaseCommand

from cms_stadsregio.editorial.setup import setup_editorial


class Command(BaseCommand):
    help = "Maakt de redactiegroepen, hun rechten en de workflow 'Gedeelde goedkeuring' aan."

    def handle(self, *args, **options):
        result = setup_editorial()
        groups = ", ".join(group.name for group in result["groups"])
        self.stdout.write(self.style.SUCCESS(f"Groepen: {groups}"))
        self.stdout.write(self.style.SUCCESS(f"Workflow: {result['workflow'].name}"))
