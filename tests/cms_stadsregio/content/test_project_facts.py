"""The facts box of a project page: its domains, members, roles and partners, read in one query
(cms_stadsregio.content.models.projects.project_facts), as the page's own relations would give
them."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    MemberFactory,
    PartnerOrganisationFactory,
    ProjectPageFactory,
    ProjectRoleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    wonen = DomainPageFactory(title="Wonen", slug="wonen")
    mobiliteit = DomainPageFactory(title="Mobiliteit", slug="mobiliteit")
    draft = DomainPageFactory(title="Ontwerp-thema", slug="ontwerp", live=False)
    private = DomainPageFactory(title="Afgeschermd thema", slug="afgeschermd")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    return ProjectPageFactory(
        title="Woonwijzer",
        slug="woonwijzer",
        relations__domains=[mobiliteit, draft, private, wonen],
        relations__members=[
            MemberFactory(name="Vosselaar", slug="vosselaar"),
            MemberFactory(name="Beerse", slug="beerse"),
        ],
        relations__roles=[
            ProjectRoleFactory(name="Zeta", sort_order=1),
            ProjectRoleFactory(name="Alfa", sort_order=2),
        ],
        relations__partners=[
            PartnerOrganisationFactory(name="Wonen in Vlaanderen", website="https://example.org"),
            PartnerOrganisationFactory(name="Agentschap", website=""),
        ],
    )


def names(facts):
    return {
        "domains": [domain.title for domain in facts["domains"]],
        "members": [member.name for member in facts["members"]],
        "roles": [role.name for role in facts["roles"]],
        "partners": [(partner.name, partner.website) for partner in facts["partners"]],
    }


def test_facts_are_the_live_public_relations_in_the_models_order(project):
    request = RequestFactory().get(project.url)
    with CaptureQueriesContext(connection) as queries:
        facts = project.facts(request)
    assert names(facts) == {
        "domains": ["Wonen", "Mobiliteit"],  # tree order; not the draft, not the private one
        "members": ["Beerse", "Vosselaar"],
        "roles": ["Zeta", "Alfa"],  # by sort order
        "partners": [("Agentschap", ""), ("Wonen in Vlaanderen", "https://example.org")],
    }
    # The relations; the content version and the list of all members, then cached for every page.
    assert len(queries) == 3
    assert [domain.get_url(request) for domain in facts["domains"]] == [
        "/themas/wonen/",
        "/themas/mobiliteit/",
    ]


def test_a_preview_shows_the_relations_being_edited(project):
    project.roles.set([ProjectRoleFactory(name="Nieuw")])  # in the cluster, not saved
    facts = project.facts(RequestFactory().get("/"), preview=True)
    assert [role.name for role in facts["roles"]] == ["Nieuw"]


def test_the_page_shows_the_facts(client, project):
    html = client.get(project.url).content.decode()
    assert '<a href="/themas/wonen/">Wonen</a>' in html
    assert "Ontwerp-thema" not in html
    assert "Afgeschermd thema" not in html
    assert '<a href="https://example.org">Wonen in Vlaanderen</a>' in html
    assert "<li>Alfa</li>" in html
    assert html.index("Beerse") < html.index("Vosselaar")
