"""A small site for the discovery tests (filters, search, feeds, API, export, metadata, ...).

Two members, two domains, three projects and two news items, with known dates, statuses, tags
and NIS codes, plus the organisation's identification.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from wagtail.models import Site

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    ImageFactory,
    MemberFactory,
    MemberIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    ProjectRoleFactory,
)
from cms_stadsregio.content.models import OrganisationSettings, ProjectStatus

D = datetime.date


def build_discovery_site():
    beerse = MemberFactory(name="Beerse", slug="beerse", nis_code="13004", postcode="2340")
    turnhout = MemberFactory(name="Turnhout", slug="turnhout", nis_code="13040", postcode="2300")
    wonen = DomainPageFactory(title="Wonen", slug="wonen", intro="Betaalbaar en goed wonen.")
    mobiliteit = DomainPageFactory(title="Mobiliteit", slug="mobiliteit")
    MemberIndexPageFactory()
    role = ProjectRoleFactory(name="Regisseren en coördineren", slug="regisseren")
    image = ImageFactory(description="Rij huizen in de zon")

    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "Stadsregio Turnhout"
    settings.legal_name = "Projectvereniging Stadsregio Turnhout"
    settings.street_address = "Campus Blairon 200"
    settings.postcode = "2300"
    settings.city = "Turnhout"
    settings.email = "info@stadsregio-turnhout.be"
    settings.company_number = "0123.456.789"
    settings.save()

    dienst_wonen = ProjectPageFactory(
        title="Dienst Wonen",
        slug="dienst-wonen",
        intro="Eén loket voor alle woonvragen in de regio.",
        status=ProjectStatus.ONGOING,
        start_date=D(2018, 1, 1),
        budget=Decimal("1234.50"),
        listing_image=image,
        relations__members=[beerse, turnhout],
        relations__domains=[wonen],
        relations__tags=["woondienst", "woning"],
        relations__roles=[role],
    )
    gewoon_gaan = ProjectPageFactory(
        title="Gewoon gaan",
        slug="gewoon-gaan",
        intro="Het mobiliteitsplan van de stadsregio.",
        status=ProjectStatus.ONGOING,
        start_date=D(2023, 5, 1),
        relations__members=[turnhout],
        relations__domains=[mobiliteit],
        relations__tags=["fiets"],
    )
    deelfietsen = ProjectPageFactory(
        title="Proef met deelfietsen",
        slug="deelfietsen",
        intro="Deelfietsen aan de bushaltes, een proef.",
        status=ProjectStatus.STOPPED,
        start_date=D(2024, 3, 1),
        end_date=D(2024, 10, 31),
        relations__members=[beerse],
        relations__domains=[mobiliteit],
        relations__tags=["fiets"],
    )
    woonlabo = NewsPageFactory(
        title="Woonlabo verschenen",
        slug="woonlabo",
        intro="De nieuwe Woonlabo gaat over woningen & renovatie.",
        date=D(2025, 3, 5),
        image=image,
        relations__members=[beerse],
        relations__domains=[wonen],
        relations__tags=["nieuwsbrief"],
    )
    fietsbevraging = NewsPageFactory(
        title="Fietsbevraging van start",
        slug="fietsbevraging",
        intro="Vertel ons hoe u fietst.",
        date=D(2026, 2, 1),
        relations__members=[turnhout],
        relations__domains=[mobiliteit],
        relations__tags=["fiets"],
    )
    return SimpleNamespace(
        beerse=beerse,
        turnhout=turnhout,
        wonen=wonen,
        mobiliteit=mobiliteit,
        role=role,
        image=image,
        dienst_wonen=dienst_wonen,
        gewoon_gaan=gewoon_gaan,
        deelfietsen=deelfietsen,
        woonlabo=woonlabo,
        fietsbevraging=fietsbevraging,
    )


def make_volume(content, count, start=0):
    """`count` more projects and news items, each with relations, for query-count tests."""
    for n in range(start, start + count):
        project = ProjectPageFactory(
            title=f"Volumeproject {n}",
            listing_image=content.image,
            start_date=D(2020, 1, 1) + datetime.timedelta(days=n),
            relations__members=[content.beerse, content.turnhout],
            relations__domains=[content.wonen],
            relations__tags=["wonen", f"tag-{n}"],
            relations__roles=[content.role],
        )
        NewsPageFactory(
            title=f"Volumebericht {n}",
            date=D(2026, 1, 1) + datetime.timedelta(days=n),
            image=content.image,
            relations__members=[content.turnhout],
            relations__domains=[content.wonen],
            relations__tags=["nieuws"],
            relations__related_projects=[project],
        )
