"""Point the default Site at the address the site is served at (host:port), for public links.

`scripts/run-demo` runs it with its own address, so that links in mails and feeds lead to the
demo that is running. A real deployment sets the Site's host name in the admin (Instellingen →
Sites) once.
"""

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site


class Command(BaseCommand):
    help = "Zet de hostnaam en poort van de standaardsite (bv. 127.0.0.1:8000)."

    def add_arguments(self, parser):
        parser.add_argument("address", help="host:poort, zoals runserver ze krijgt")

    def handle(self, address, **options):
        host, _sep, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise CommandError(f"Geen geldig adres (host:poort): {address!r}")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("Er is nog geen standaardsite: draai eerst seed_demo.")
        if (site.hostname, site.port) != (host, int(port)):
            site.hostname, site.port = host, int(port)
            site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Site: http://{host}:{port}/")
