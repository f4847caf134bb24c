import datetime

from django.core.exceptions import ValidationError

import pytest

from cms_stadsregio.content.factories import (
    MemberFactory,
    MemberIndexPageFactory,
    ProjectPageFactory,
)
from cms_stadsregio.content.models import Member, OrganisationSettings, ProjectPage

pytestmark = pytest.mark.django_db


def test_project_end_date_may_not_precede_start_date():
    project = ProjectPage(
        title="Gewoon gaan",
        slug="gewoon-gaan",
        start_date=datetime.date(2026, 5, 1),
        end_date=datetime.date(2026, 4, 30),
    )
    with pytest.raises(ValidationError) as excinfo:
        project.clean()
    assert "end_date" in excinfo.value.message_dict


def test_project_may_end_on_its_start_date():
    project = ProjectPage(
        title="Studiebezoek",
        slug="studiebezoek",
        start_date=datetime.date(2026, 5, 1),
        end_date=datetime.date(2026, 5, 1),
    )
    project.clean()


@pytest.mark.parametrize("nis_code", ["1304", "130400", "13O40", ""])
def test_member_nis_code_is_five_digits(nis_code):
    member = Member(name="Turnhout", slug="turnhout", nis_code=nis_code, postcode="2300")
    with pytest.raises(ValidationError) as excinfo:
        member.full_clean()
    assert "nis_code" in excinfo.value.message_dict


def test_member_postcode_is_four_digits():
    member = Member(name="Turnhout", slug="turnhout", nis_code="13040", postcode="23000")
    with pytest.raises(ValidationError) as excinfo:
        member.full_clean()
    assert "postcode" in excinfo.value.message_dict


def test_current_members_exclude_those_who_left():
    staying = MemberFactory(name="Beerse", slug="beerse")
    leaving_later = MemberFactory(
        name="Lille", slug="lille", left_on=datetime.date.today() + datetime.timedelta(days=30)
    )
    MemberFactory(name="Oud lid", slug="oud-lid", left_on=datetime.date(2020, 1, 1))
    assert set(Member.objects.current()) == {staying, leaving_later}


def test_member_url_follows_the_member_index_page():
    member = MemberFactory(name="Vosselaar", slug="vosselaar")
    assert member.get_absolute_url() == ""
    MemberIndexPageFactory()
    assert member.get_absolute_url() == "/gemeenten/vosselaar/"


@pytest.mark.parametrize("number,valid", [("0123.456.789", True), ("123456789", False)])
def test_company_number_format(number, valid):
    from wagtail.models import Site

    settings = OrganisationSettings(
        site=Site.objects.get(), name="Stadsregio Turnhout", company_number=number
    )
    if valid:
        settings.full_clean()
    else:
        with pytest.raises(ValidationError):
            settings.full_clean()


def test_project_listing_queryset_prefetches_relations(django_assert_num_queries):
    for _ in range(3):
        ProjectPageFactory()
    with django_assert_num_queries(3):
        # pages, domains, members: what a card shows (no images, so no rendition query)
        projects = list(ProjectPage.objects.live().for_listing())
        for project in projects:
            list(project.members.all())
            list(project.domains.all())
    with django_assert_num_queries(4):
        # feeds, API and export also name the tags
        projects = list(ProjectPage.objects.live().with_relations())
        for project in projects:
            list(project.members.all())
            list(project.domains.all())
            list(project.tags.all())
