"""Redirects from the old website's addresses (wagtail.contrib.redirects and the import command)."""

import io

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect

import pytest

from cms_stadsregio.content.factories import (
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    publish,
)
from cms_stadsregio.opendata.redirects import (
    OLD_SITE_REDIRECTS,
    RedirectImporter,
    old_slug,
    read_csv,
)
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    content = build_discovery_site()
    over_ons = StandardPageFactory(title="Over ons", slug="over-ons")
    StandardPageFactory(title="Hoe we samenwerken", slug="samenwerking", parent=over_ons)
    ProjectPageFactory(title="Langetermijnvisie 2030", slug="langetermijnvisie-2030")
    return content


@pytest.mark.parametrize(
    ("old", "expected"),
    [
        ("/nl/content/12/woondienst.html", ("woondienst", False)),
        ("https://www.stadsregio-turnhout.be/nl/content/7/Visie.html", ("visie", False)),
        ("/post/woonlabo-voorjaar", ("woonlabo-voorjaar", True)),
        ("/post/woonlabo-voorjaar/", ("woonlabo-voorjaar", True)),
        ("/samenbeleidvoeren", ("samenbeleidvoeren", False)),
        ("/een/onbekende/vorm", (None, False)),
    ],
)
def test_old_address_shapes(old, expected):
    assert old_slug(old) == expected


def run(*args):
    out = io.StringIO()
    call_command("import_old_redirects", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_built_in_mapping_redirects_the_flat_slugs(client, content):
    ProjectPageFactory(title="Gewoon gaan!", slug="mobiliteitsplan-pagina")
    output = run()
    assert "/woondienst -> /projecten/dienst-wonen/: aangemaakt" in output
    for old, new in (
        ("/woondienst", "/projecten/dienst-wonen/"),
        ("/mobiliteitsplan", "/projecten/gewoon-gaan/"),
        ("/visie", "/projecten/langetermijnvisie-2030/"),
        ("/samenbeleidvoeren", "/over-ons/samenwerking/"),
        ("/woondienst/", "/projecten/dienst-wonen/"),
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new, old


def test_redirects_point_at_pages_and_follow_them_when_moved(client, content):
    run()
    redirect = Redirect.objects.get(old_path="/woondienst")
    assert redirect.redirect_page.specific == content.dienst_wonen
    content.dienst_wonen.slug = "loket-wonen"
    publish(content.dienst_wonen)
    assert client.get("/woondienst")["Location"] == "/projecten/loket-wonen/"


def test_running_twice_changes_nothing_and_keeps_editors_changes(content):
    run()
    count = Redirect.objects.count()
    # This site has no sociale economie, ruimtelijke planning or Woonlabo pages.
    assert count == len(OLD_SITE_REDIRECTS) - 3
    redirect = Redirect.objects.get(old_path="/visie")
    redirect.redirect_link = "https://example.org/visie"
    redirect.redirect_page = None
    redirect.save()
    output = run()
    assert "bestond al, niet gewijzigd" in output
    assert Redirect.objects.count() == count
    assert Redirect.objects.get(old_path="/visie").redirect_link == "https://example.org/visie"
    run("--overwrite")
    assert Redirect.objects.get(old_path="/visie").redirect_page is not None


def test_dry_run_saves_nothing(content):
    output = run("--dry-run")
    assert "aangemaakt" in output
    assert Redirect.objects.count() == 0


def test_csv_with_old_shapes_finds_pages_by_slug(client, content, tmp_path):
    NewsPageFactory(title="Woonlabo voorjaar", slug="woonlabo-voorjaar")
    csv_file = tmp_path / "oud.csv"
    csv_file.write_text(
        "oud adres;nieuw adres\n"
        "/nl/content/12/dienst-wonen.html;\n"
        "/post/woonlabo-voorjaar;\n"
        "https://www.stadsregio-turnhout.be/nl/content/3/vosselaar.html;/gemeenten/turnhout/\n"
        "/post/bestaat-niet;\n",
        encoding="utf-8-sig",
    )
    output = run("--csv", str(csv_file))
    assert "/post/bestaat-niet -> ?: GEEN DOEL GEVONDEN" in output
    assert client.get("/nl/content/12/dienst-wonen.html")["Location"] == "/projecten/dienst-wonen/"
    assert client.get("/post/woonlabo-voorjaar")["Location"] == "/nieuws/woonlabo-voorjaar/"
    # A route of a page (a member's page) is a target too.
    assert client.get("/nl/content/3/vosselaar.html")["Location"] == "/gemeenten/turnhout/"
    assert client.get("/post/bestaat-niet/").status_code == 404


def test_news_posts_only_redirect_to_news(content):
    importer = RedirectImporter()
    # A project has this slug, but /post/ addresses were news items.
    assert importer.target_for("/post/dienst-wonen") is None


def test_drafts_are_not_redirect_targets(content):
    draft = ProjectPageFactory(title="Ontwerp", slug="ontwerp")
    draft.unpublish()
    assert RedirectImporter().target_for("/nl/content/1/ontwerp.html") is None


def test_read_csv_accepts_commas_and_no_header():
    rows = read_csv(io.StringIO("/woondienst,/projecten/dienst-wonen/\n/post/x\n# opmerking\n"))
    assert rows == [("/woondienst", "/projecten/dienst-wonen/"), ("/post/x", "")]
