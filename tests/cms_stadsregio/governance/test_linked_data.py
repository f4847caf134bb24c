"""The meetings as the government harvester reads them: start at /bestuur/zittingen/, follow the
links annotated lblodBesluit:linkToPublication, parse the served HTML as RDFa (pyRdfa) and check
it with SHACL shapes (pySHACL) written from the required OSLO "Besluit publicatie" properties."""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.test import override_settings
from django.utils import timezone

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from cms_stadsregio.governance.factories import (
    GovernancePageFactory,
    GoverningBodyFactory,
    MandateFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    agenda_item,
)
from cms_stadsregio.governance.models import AgendaItem, MeetingPage
from tests.cms_stadsregio.governance.linked_data import (
    BESLUIT,
    DCT,
    ELI,
    LBLOD,
    NLD,
    PROV,
    SH,
    XSD_DATETIME,
    parse_rdfa,
)

pytestmark = pytest.mark.django_db

SHAPES = Graph().parse(Path(__file__).parent / "shapes" / "besluit_publicatie.ttl")
# The linked-data base of the test settings (LINKED_DATA_BASE_URL), whatever host serves the page.
SITE = f"{settings.LINKED_DATA_BASE_URL}/"
INDEX = "/bestuur/zittingen/"


def fetch(client, url):
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200, url
    return parse_rdfa(response.content, "http://testserver" + urlsplit(url).path)


def harvest(client, start=INDEX):
    """What the harvester does: the index, then every publication it links to."""
    index = fetch(client, start)
    links = sorted(str(o) for o in index.objects(predicate=LBLOD.linkToPublication))
    graph = Graph()
    for link in links:
        graph += fetch(client, link)
    return index, links, graph


def check(graph):
    conforms, results, text = validate(graph, shacl_graph=SHAPES, advanced=False)
    return conforms, results, text


def violated_paths(results):
    return {
        results.value(result, SH.resultPath)
        for result in results.subjects(RDF.type, SH.ValidationResult)
    }


@pytest.fixture
def meetings():
    GovernancePageFactory()
    MeetingIndexPageFactory()
    board = GoverningBodyFactory(name="Raad van bestuur", slug="raad-van-bestuur")
    created = []
    for month in (1, 2, 3):
        start = timezone.make_aware(datetime.datetime(2026, month, 12, 19, 0))
        created.append(
            MeetingPageFactory(
                title=f"Raad van bestuur {month}",
                slug=f"raad-van-bestuur-2026-{month:02d}-12",
                governing_body=board,
                planned_start=start,
                agenda_items=[
                    agenda_item("Verslag van de vorige zitting", sort_order=0),
                    agenda_item("Personeelsaangelegenheid", public=False, sort_order=1),
                    agenda_item(
                        "Jaarrekening",
                        outcome="uitgesteld",
                        decision_title="Jaarrekening uitgesteld",
                        sort_order=2,
                    ),
                ],
            )
        )
    return created


def test_index_links_every_published_meeting(client, meetings):
    draft = MeetingPageFactory(title="Ontwerp", slug="ontwerp")
    draft.unpublish()
    index, links, _graph = harvest(client)
    expected = sorted(f"http://testserver{meeting.url}" for meeting in meetings)
    assert links == expected
    subject = next(index.subjects(LBLOD.linkToPublication, URIRef(expected[0])))
    assert str(subject) == f"{SITE}bestuur/zittingen/"


def test_harvested_decision_lists_conform_to_the_shapes(client, meetings):
    _index, links, graph = harvest(client)
    conforms, _results, text = check(graph)
    assert conforms, text
    assert len(links) == 3
    assert len(set(graph.subjects(RDF.type, BESLUIT.Zitting))) == 3
    assert len(set(graph.subjects(RDF.type, BESLUIT.Besluit))) == 9
    assert len(set(graph.subjects(RDF.type, BESLUIT.Bestuursorgaan))) == 1
    assert len(graph) > 100


def test_the_graph_says_what_the_page_says(client, meetings):
    meeting = meetings[0]
    graph = fetch(client, meeting.url)
    zitting = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#zitting")
    assert (zitting, RDF.type, BESLUIT.Zitting) in graph
    assert graph.value(zitting, BESLUIT.geplandeStart) == Literal(
        "2026-01-12T19:00:00+01:00", datatype=XSD_DATETIME
    )
    assert graph.value(zitting, PROV.endedAtTime).datatype == XSD_DATETIME
    assert graph.value(zitting, BESLUIT.isGehoudenDoor) == URIRef(
        f"{SITE}bestuur/#raad-van-bestuur"
    )

    items = list(meeting.agenda_items.all())
    closed = items[1]
    agendapunt = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#agendapunt-{closed.pk}")
    behandeling = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#behandeling-{closed.pk}")
    besluit = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#besluit-{closed.pk}")
    assert (zitting, BESLUIT.behandelt, agendapunt) in graph
    assert graph.value(agendapunt, BESLUIT.geplandOpenbaar) == Literal(False)
    assert graph.value(behandeling, DCT.subject) == agendapunt
    assert graph.value(behandeling, BESLUIT.openbaar) == Literal(False)
    assert graph.value(behandeling, PROV.generated) == besluit
    assert graph.value(besluit, ELI.language) == NLD
    assert str(graph.value(besluit, ELI.title)) == "Personeelsaangelegenheid"
    postponed = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#besluit-{items[2].pk}")
    assert str(graph.value(postponed, ELI.title)) == "Jaarrekening uitgesteld"


def test_every_resource_has_a_uri_on_this_site(client, meetings):
    _index, _links, graph = harvest(client)
    classes = (
        BESLUIT.Zitting,
        BESLUIT.Bestuursorgaan,
        BESLUIT.Agendapunt,
        BESLUIT.BehandelingVanAgendapunt,
        BESLUIT.Besluit,
    )
    resources = {s for rdf_class in classes for s in graph.subjects(RDF.type, rdf_class)}
    assert len(resources) == 1 + 3 * (1 + 3 + 3 + 3)
    for resource in resources:
        assert isinstance(resource, URIRef) and str(resource).startswith(SITE), resource


def test_uris_follow_the_setting_not_the_host_that_serves_the_page(client, meetings):
    path = meetings[0].url
    served_elsewhere = parse_rdfa(
        client.get(path, HTTP_HOST="127.0.0.1").content, f"http://127.0.0.1{path}"
    )
    zitting = URIRef(f"{SITE}bestuur/zittingen/{meetings[0].slug}/#zitting")
    assert (zitting, RDF.type, BESLUIT.Zitting) in served_elsewhere
    with override_settings(LINKED_DATA_BASE_URL="https://besluiten.example"):
        moved = fetch(client, path)
    assert (
        URIRef(f"https://besluiten.example/bestuur/zittingen/{meetings[0].slug}/#zitting"),
        RDF.type,
        BESLUIT.Zitting,
    ) in moved


def test_uris_stay_the_same_when_the_meeting_is_edited(client, meetings):
    meeting = MeetingPage.objects.get(pk=meetings[0].pk)
    before = fetch(client, meeting.url)
    items = list(meeting.agenda_items.all())
    item = items[0]
    item.title = "Verslag van de zitting van december"
    meeting.agenda_items = items
    revision = meeting.save_revision()
    revision.publish()
    after = fetch(client, meeting.url)
    subjects = {s for s in before.subjects() if isinstance(s, URIRef)}
    assert subjects == {s for s in after.subjects() if isinstance(s, URIRef)}
    agendapunt = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#agendapunt-{item.pk}")
    assert str(after.value(agendapunt, DCT.title)) == "Verslag van de zitting van december"


REQUIRED = [
    (BESLUIT.Zitting, BESLUIT.behandelt),
    (BESLUIT.Zitting, PROV.startedAtTime),
    (BESLUIT.Zitting, PROV.endedAtTime),
    (BESLUIT.Zitting, BESLUIT.geplandeStart),
    (BESLUIT.Zitting, BESLUIT.isGehoudenDoor),
    (BESLUIT.BehandelingVanAgendapunt, DCT.subject),
    (BESLUIT.BehandelingVanAgendapunt, PROV.generated),
    (BESLUIT.BehandelingVanAgendapunt, BESLUIT.openbaar),
    (BESLUIT.Besluit, ELI.title),
    (BESLUIT.Besluit, ELI.language),
    (BESLUIT.Besluit, ELI.description),
    (BESLUIT.Agendapunt, DCT.title),
    (BESLUIT.Agendapunt, BESLUIT.geplandOpenbaar),
]


@pytest.mark.parametrize(("rdf_class", "path"), REQUIRED, ids=lambda n: str(n).rsplit("/", 1)[-1])
def test_removing_a_required_property_is_a_violation(client, meetings, rdf_class, path):
    graph = fetch(client, meetings[0].url)
    subjects = set(graph.subjects(RDF.type, rdf_class))
    assert subjects, rdf_class
    for subject in subjects:
        graph.remove((subject, path, None))
    conforms, results, _text = check(graph)
    assert not conforms
    assert violated_paths(results) == {path}


def test_a_wrong_datatype_is_a_violation(client, meetings):
    graph = fetch(client, meetings[0].url)
    zitting = next(graph.subjects(RDF.type, BESLUIT.Zitting))
    graph.set((zitting, PROV.startedAtTime, Literal("12 januari 2026")))
    conforms, results, _text = check(graph)
    assert not conforms
    assert violated_paths(results) == {PROV.startedAtTime}


def test_a_planned_meeting_publishes_its_agenda(client, meetings):
    start = timezone.now() + datetime.timedelta(days=14)
    upcoming = MeetingPageFactory(
        title="Volgende zitting",
        slug="volgende-zitting",
        governing_body=meetings[0].governing_body,
        planned_start=start,
        started_at=None,
        ended_at=None,
        agenda_items=[agenda_item("Begroting 2027", decided=False, sort_order=0)],
    )
    graph = fetch(client, upcoming.url)
    assert not set(graph.subjects(RDF.type, BESLUIT.Besluit))
    # An agenda lacks, by nature, only the times at which the meeting started and ended.
    conforms, results, _text = check(graph)
    assert not conforms
    assert violated_paths(results) == {PROV.startedAtTime, PROV.endedAtTime}


def test_a_half_entered_decision_list_publishes_only_the_decisions_taken(client, meetings):
    meeting = meetings[0]
    AgendaItem.objects.filter(pk=meeting.agenda_items.all()[2].pk).update(
        outcome="", decision_title="", decision_description=""
    )
    graph = fetch(client, meeting.url)
    assert len(set(graph.subjects(RDF.type, BESLUIT.Besluit))) == 2
    assert len(set(graph.subjects(RDF.type, BESLUIT.Agendapunt))) == 3
    conforms, _results, text = check(graph)
    assert conforms, text


MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
PERSOON = Namespace("http://data.vlaanderen.be/ns/persoon#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


def test_the_chair_of_a_meeting_is_a_mandate_described_on_the_governance_page(client, meetings):
    meeting = MeetingPage.objects.get(pk=meetings[0].pk)
    board = meeting.governing_body
    chair = MandateFactory(governing_body=board, holder_name="Els Voorzitter", role="voorzitter")
    former = MandateFactory(
        governing_body=board,
        holder_name="Oud Lid",
        start_date=datetime.date(2019, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    meeting.chair = chair
    meeting.save_revision().publish()

    zitting = URIRef(f"{SITE}bestuur/zittingen/{meeting.slug}/#zitting")
    chair_uri = fetch(client, meeting.url).value(zitting, BESLUIT.heeftVoorzitter)
    assert chair_uri == URIRef(f"{SITE}bestuur/#mandataris-{chair.pk}")

    governance = fetch(client, "/bestuur/")
    assert (chair_uri, RDF.type, MANDAAT.Mandataris) in governance
    person = governance.value(chair_uri, MANDAAT.isBestuurlijkeAliasVan)
    assert (person, RDF.type, PERSOON.Persoon) in governance
    assert str(governance.value(person, FOAF.name)) == "Els Voorzitter"
    post = governance.value(chair_uri, ORG.holds)
    assert {ORG.Post, MANDAAT.Mandaat} <= set(governance.objects(post, RDF.type))
    assert governance.value(post, ORG.postIn) == URIRef(f"{SITE}bestuur/#raad-van-bestuur")
    role = governance.value(post, ORG.role)
    assert str(governance.value(role, SKOS.prefLabel)) == "Voorzitter"
    assert str(governance.value(chair_uri, MANDAAT.start)) == "2025-01-01"
    former_uri = URIRef(f"{SITE}bestuur/#mandataris-{former.pk}")
    assert str(governance.value(former_uri, MANDAAT.einde)) == "2024-12-31"

    body = URIRef(f"{SITE}bestuur/#raad-van-bestuur")
    raad_van_bestuur = URIRef(
        "http://data.vlaanderen.be/id/concept/BestuursorgaanClassificatieCode/"
        "013cc838-173a-4657-b1ae-b00c048df943"
    )
    assert governance.value(body, BESLUIT.classificatie) == raad_van_bestuur
    assert governance.value(body, ORG.classification) == raad_van_bestuur
    unit = governance.value(body, BESLUIT.bestuurt)
    assert (unit, RDF.type, BESLUIT.Bestuurseenheid) in governance
    assert governance.value(unit, BESLUIT.classificatie) == URIRef(
        "http://data.vlaanderen.be/id/concept/BestuurseenheidClassificatieCode/"
        "b156b67f-c5f4-4584-9b30-4c090be02fdc"
    )
