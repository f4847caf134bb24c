"""The demo's published decisions, judged by the Flemish government's own validator.

The harvester's walk (test_linked_data.py beside this module does it with pyRdfa): start at
/bestuur/zittingen/, follow every lblodBesluit:linkToPublication (the meetings and their minutes)
and save each page as served. validate_publications.js then runs @lblod/lib-decision-validation
(the library behind the LBLOD validatietool, with the blueprints of @lblod/lib-decision-shapes)
on them, offline: every remote lookup is answered with nothing and counted. A publication passes
with no failing check at all and at least maturity Niveau 1; the script also applies the rule
that each optional property of a maturity level is used somewhere in the document, which the
library means to check but skips.

The demo site is seeded once for this module, in a transaction rolled back at the end.
"""

import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management import call_command
from django.db import transaction

import pytest

from cms_stadsregio.governance.models import Mandate
from tests.cms_stadsregio.governance.linked_data import LBLOD, parse_rdfa

REPO = Path(__file__).resolve().parents[3]
SCRIPT = Path(__file__).with_name("validate_publications.js")
INDEX = "/bestuur/zittingen/"
SAMPLE = "raad-van-bestuur-2026-03-12"  # a past board meeting with a vote that was not unanimous
MANDATENDATABANK = "http://data.lblod.info/id/mandatarissen/"

pytestmark = pytest.mark.django_db


def run_validator(files, **environment):
    node = shutil.which("node")
    assert node, "node ontbreekt: scripts/test installeert het (apt-get install nodejs npm)"
    assert (REPO / "node_modules" / "@lblod" / "lib-decision-validation").is_dir(), (
        "@lblod/lib-decision-validation ontbreekt: npm ci --ignore-scripts (scripts/test doet het)"
    )
    result = subprocess.run(  # noqa: S603 (our own script on our own files)
        [node, str(SCRIPT), *map(str, files)],
        cwd=REPO,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def harvested(django_db_setup, django_db_blocker, tmp_path_factory):
    """{path: saved HTML file} of every publication the index links to, on the seeded demo."""
    from django.test import Client

    folder = tmp_path_factory.mktemp("publications")
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO(), stderr=io.StringIO())
        client = Client()
        index = client.get(INDEX)
        assert index.status_code == 200
        graph = parse_rdfa(index.content, f"http://testserver{INDEX}")
        links = graph.objects(None, LBLOD.linkToPublication)
        paths = sorted(urlsplit(str(link)).path for link in links)
        files = {}
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            # pyRdfa's own errors and warnings (an undeclared prefix, say) fail here already.
            parse_rdfa(response.content, f"http://testserver{path}")
            name = path.strip("/").replace("/", "_")
            files[path] = folder / f"{name}.html"
            files[path].write_bytes(response.content)
        governance = client.get("/bestuur/")
        parse_rdfa(governance.content, "http://testserver/bestuur/")
        # The same meeting once every mandate carries its Mandatendatabank URI.
        for mandate in Mandate.objects.all():
            mandate.mandatendatabank_uri = f"{MANDATENDATABANK}demo-{mandate.pk}"
            mandate.save()
        for path in SOURCES["besluitenlijst"], SOURCES["notulen"]:
            file = folder / f"registered-{path.strip('/').replace('/', '_')}.html"
            file.write_bytes(client.get(path).content)
            files[f"registered:{path}"] = file
        transaction.set_rollback(True)
    return files


def publications(harvested):
    return {path: file for path, file in harvested.items() if not path.startswith("registered:")}


@pytest.fixture(scope="module")
def report(harvested):
    return run_validator(publications(harvested).values())


def summary(report):
    return "\n".join(
        f"{Path(d['file']).stem:60} {d['documentType']:15} {d['triples']:4} triples  "
        f"{len(d['failing'])} failing  {d['maturity']}"
        for d in report["documents"]
    )


def test_the_index_links_every_meeting_and_its_minutes(harvested):
    meetings = [path for path in publications(harvested) if not path.endswith("/notulen/")]
    minutes = [path for path in publications(harvested) if path.endswith("/notulen/")]
    assert len(meetings) == 27
    assert len(minutes) == 25
    assert {path.removesuffix("notulen/") for path in minutes} <= set(meetings)


def test_every_publication_passes_the_flemish_validator(report):
    print(summary(report))  # noqa: T201 (the per-document summary, shown with pytest -rP)
    documents = report["documents"]
    assert len(documents) == 52
    for document in documents:
        assert document["failing"] == [], (document["file"], document["failing"])
        assert document["maturityRank"] >= 1, (document["file"], document["maturity"])
        assert document["checkedProperties"] > 20, document["file"]
    types = [document["documentType"] for document in documents]
    assert {kind: types.count(kind) for kind in set(types)} == {
        "Agenda": 2,
        "Besluitenlijst": 25,
        "Notulen": 25,
    }


def test_no_request_leaves_the_machine(report):
    """The pages' JSON-LD names the schema.org context, which the parser asks for once per page;
    no mandataris URI points at the Mandatendatabank in the demo, so nothing is looked up there."""
    assert report["remoteLookups"] == ["https://schema.org"] * len(report["documents"])


def test_with_mandatendatabank_uris_the_publications_reach_niveau_3(harvested):
    """Offline the validator stops at Niveau 1: Niveau 2 needs every mandataris found in the
    Mandatendatabank. With their URIs entered, and the lookups answered as the Mandatendatabank
    would, the decision list and the minutes reach Niveau 3 with nothing failing."""
    files = [harvested[f"registered:{SOURCES[kind]}"] for kind in ("besluitenlijst", "notulen")]
    report = run_validator(files, VALIDATE_AS_IF_REGISTERED="1")
    for document in report["documents"]:
        assert document["failing"] == [], document["failing"]
        assert document["maturity"] == "Niveau 3", document["file"]
        assert document["mandatarissenNotDereferenced"] == []
    looked_up = {url for url in report["remoteLookups"] if url != "https://schema.org"}
    assert looked_up
    assert all(url.startswith("https://data.lblod.info/id/mandatarissen/") for url in looked_up)


# Each property (or class) the publications gained, taken out of one publication of the kind that
# needs it: the validator (or the optional-property rule it skips) must then find a failing check.
REMOVALS = [
    ("besluitenlijst", "besluit:heeftStemming"),
    ("besluitenlijst", "besluit:onderwerp"),
    ("besluitenlijst", "besluit:gevolg"),
    ("besluitenlijst", "besluit:heeftVoorzitter"),
    ("besluitenlijst", "besluit:heeftSecretaris"),
    ("besluitenlijst", "besluit:heeftAanwezigeBijStart"),
    ("besluitenlijst", "besluit:heeftNotulen"),
    ("besluitenlijst", "prov:wasGeneratedBy"),
    ("besluitenlijst", "eli:title_short"),
    ("besluitenlijst", "besluit:classificatie"),
    ("besluitenlijst", "besluit:bestuurt"),
    ("besluitenlijst", "besluit:werkingsgebied"),
    ("besluitenlijst", "rdfs:label"),
    ("besluitenlijst", "besluit:aangebrachtNa"),
    ("besluitenlijst", "dct:description"),
    ("agenda", "org:classification"),
    ("agenda", "besluit:bestuurt"),
    ("agenda", "besluit:aangebrachtNa"),
    ("agenda", "dct:description"),
    ("notulen", "besluit:heeftAanwezige"),
    ("notulen", "besluit:heeftStemmer"),
    ("notulen", "besluit:heeftVoorstander"),
    ("notulen", "besluit:gebeurtNa"),
    ("notulen", "besluit:motivering"),
    ("notulen", "prov:value"),
    ("notulen", "besluit:Artikel"),
    ("notulen", "besluit:geheim"),
    ("notulen", "besluit:aantalVoorstanders"),
    ("notulen", "besluit:aantalTegenstanders"),
    ("notulen", "besluit:aantalOnthouders"),
]
SOURCES = {
    "besluitenlijst": f"/bestuur/zittingen/{SAMPLE}/",
    "notulen": f"/bestuur/zittingen/{SAMPLE}/notulen/",
    "agenda": "/bestuur/zittingen/raad-van-bestuur-2026-11-12/",
}


def without(html, term):
    """The page with `term` taken out of every property attribute, or of every typeof attribute
    for a class (the attribute goes when it named nothing else)."""
    attribute = "typeof" if term.split(":")[1][0].isupper() else "property"

    def strip(match):
        kept = [name for name in match.group(1).split() if name != term]
        return f'{attribute}="{" ".join(kept)}"' if kept else ""

    changed = re.sub(rf'{attribute}="([^"]*)"', strip, html)
    assert changed != html, term
    return changed


@pytest.fixture(scope="module")
def broken_reports(harvested, tmp_path_factory):
    folder = tmp_path_factory.mktemp("broken")
    files = []
    for number, (kind, prop) in enumerate(REMOVALS):
        html = harvested[SOURCES[kind]].read_text()
        file = folder / f"{number:02d}-{kind}-{prop.replace(':', '_')}.html"
        file.write_text(without(html, prop))
        files.append(file)
    report = run_validator(files)
    return dict(zip(REMOVALS, report["documents"], strict=True))


@pytest.mark.parametrize(("kind", "prop"), REMOVALS, ids=lambda value: value)
def test_removing_a_property_makes_the_validator_fail(broken_reports, kind, prop):
    document = broken_reports[kind, prop]
    assert document["documentType"].lower() == kind
    assert document["failing"], f"{prop} weggelaten uit de {kind}, maar niets faalt"
