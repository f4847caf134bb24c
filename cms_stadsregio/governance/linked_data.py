"""The identifiers of the published decisions: URIs on LINKED_DATA_BASE_URL, Flemish concepts.

Every resource in the OSLO "Besluit publicatie" and "Mandaten" RDFa (meetings, agenda items,
decisions, votes, governing bodies, mandates, persons) has a URI built here from the setting
LINKED_DATA_BASE_URL and the page's path, never from the host the request came in on: a
published identifier must stay the same wherever the page is served. Where each concept URI
comes from is written down in docs/decisions.md.
"""

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

CONCEPT = "http://data.vlaanderen.be/id/concept/"

# BestuurseenheidClassificatieCode "Projectvereniging": the kind of intermunicipal cooperation
# (Decreet over het lokaal bestuur, art. 401 ff.) the Stadsregio is.
PROJECTVERENIGING = (
    f"{CONCEPT}BestuurseenheidClassificatieCode/b156b67f-c5f4-4584-9b30-4c090be02fdc"
)

# BestuursorgaanClassificatieCode: the bodies the Flemish organisation register allows for a
# projectvereniging. An advisory body has no concept there; the site publishes its own (below).
BODY_CLASSIFICATIONS = {
    "raad-van-bestuur": (
        _("Raad van bestuur"),
        f"{CONCEPT}BestuursorgaanClassificatieCode/013cc838-173a-4657-b1ae-b00c048df943",
    ),
    "algemene-vergadering": (
        _("Algemene vergadering"),
        f"{CONCEPT}BestuursorgaanClassificatieCode/b52094ff-21a2-4da8-8dbe-f513365d1528",
    ),
    "directiecomite": (
        _("Directiecomité"),
        f"{CONCEPT}BestuursorgaanClassificatieCode/5733254e-73ff-4844-8d43-7afb7ec726e8",
    ),
    "regionaal-bestuurscomite": (
        _("Regionaal bestuurscomité"),
        f"{CONCEPT}BestuursorgaanClassificatieCode/17e76b36-64a1-4db1-8927-def3064b4bf1",
    ),
    "adviesorgaan": (_("Adviesorgaan (eigen begrip van de Stadsregio)"), None),
}
BODY_CLASSIFICATION_CHOICES = [(key, label) for key, (label, _uri) in BODY_CLASSIFICATIONS.items()]

# The vocabularies of the RDFa, declared once on the element that holds a publication.
RDFA_PREFIXES = " ".join(  # noqa: FLY002
    (
        "besluit: http://data.vlaanderen.be/ns/besluit#",
        "mandaat: http://data.vlaanderen.be/ns/mandaat#",
        "persoon: http://data.vlaanderen.be/ns/persoon#",
        "eli: http://data.europa.eu/eli/ontology#",
        "prov: http://www.w3.org/ns/prov#",
        "dct: http://purl.org/dc/terms/",
        "skos: http://www.w3.org/2004/02/skos/core#",
        "foaf: http://xmlns.com/foaf/0.1/",
        "org: http://www.w3.org/ns/org#",
        "rdfs: http://www.w3.org/2000/01/rdf-schema#",
        "xsd: http://www.w3.org/2001/XMLSchema#",
    )
)

# The language of every decision (eli:language), from the EU's language authority table.
DUTCH = "http://publications.europa.eu/resource/authority/language/NLD"


def base():
    return settings.LINKED_DATA_BASE_URL.rstrip("/")


def uri_for_path(path):
    """The linked-data URI of a page path ('/bestuur/zittingen/x/')."""
    return f"{base()}{path}" if path else ""


def page_uri(page, request=None):
    """The URI of a live page: its path on LINKED_DATA_BASE_URL."""
    parts = page.get_url_parts(request)
    return uri_for_path(parts[2]) if parts else ""


class GovernanceUris:
    """The URIs that live on /bestuur/: the Stadsregio itself, its area, its bodies, the mandates,
    the persons who hold them, the posts and the site's own concepts."""

    def __init__(self, governance_uri):
        self.page = governance_uri

    def fragment(self, name):
        return f"{self.page}#{name}"

    @property
    def administrative_unit(self):
        return self.fragment("bestuurseenheid")

    @property
    def area(self):
        return self.fragment("werkingsgebied")

    def body(self, body):
        return self.fragment(body.slug)

    def body_classification(self, body):
        _label, uri = BODY_CLASSIFICATIONS.get(body.classification, (None, None))
        return uri or self.fragment(f"orgaantype-{body.classification or 'adviesorgaan'}")

    def mandate(self, mandate):
        return mandate.mandatendatabank_uri or self.fragment(f"mandataris-{mandate.pk}")

    def person(self, mandate):
        return self.fragment(f"persoon-{slugify(mandate.holder_name)}")

    def post(self, mandate, body=None):
        body = body or mandate.governing_body
        return self.fragment(f"mandaat-{body.slug}-{mandate.role}")

    def role(self, role):
        return self.fragment(f"functie-{role}")
