from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    MemberFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from cms_stadsregio.content.models import Member, ProjectPage, ProjectStatus


class AdminTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = get_user_model().objects.create_superuser(
            "beheerder", "beheer@example.org", "geheim-wachtwoord"
        )

    def setUp(self):
        self.client.force_login(self.superuser)


class ContentOverviewTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.beerse = MemberFactory(name="Beerse", slug="beerse")
        cls.vosselaar = MemberFactory(name="Vosselaar", slug="vosselaar")
        cls.wonen = DomainPageFactory(title="Wonen")
        ProjectPageFactory(
            title="Dienst Wonen",
            status=ProjectStatus.ONGOING,
            relations__members=[cls.beerse],
            relations__domains=[cls.wonen],
        )
        ProjectPageFactory(
            title="Gewoon gaan",
            status=ProjectStatus.PLANNED,
            relations__members=[cls.vosselaar],
        )
        NewsPageFactory(title="Woonlabo verschenen", relations__members=[cls.beerse])

    def test_projects_overview_lists_every_project(self):
        response = self.client.get(reverse("cms_stadsregio_projectpage_modeladmin_index"))
        self.assertContains(response, "Dienst Wonen")
        self.assertContains(response, "Gewoon gaan")

    def test_projects_overview_filters_by_status_member_and_domain(self):
        url = reverse("cms_stadsregio_projectpage_modeladmin_index")
        response = self.client.get(url, {"status__exact": ProjectStatus.PLANNED})
        self.assertContains(response, "Gewoon gaan")
        self.assertNotContains(response, "Dienst Wonen")
        response = self.client.get(url, {"members__id__exact": self.beerse.pk})
        self.assertContains(response, "Dienst Wonen")
        self.assertNotContains(response, "Gewoon gaan")
        response = self.client.get(url, {"domains__id__exact": self.wonen.pk})
        self.assertContains(response, "Dienst Wonen")
        self.assertNotContains(response, "Gewoon gaan")

    def test_projects_overview_search(self):
        url = reverse("cms_stadsregio_projectpage_modeladmin_index")
        response = self.client.get(url, {"q": "gewoon"})
        self.assertContains(response, "Gewoon gaan")
        self.assertNotContains(response, "Dienst Wonen")

    def test_news_overview(self):
        response = self.client.get(reverse("cms_stadsregio_newspage_modeladmin_index"))
        self.assertContains(response, "Woonlabo verschenen")

    def test_admin_speaks_dutch(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'lang="nl')
        self.assertContains(response, "Pagina")


class MemberSnippetTests(AdminTestCase):
    def test_adding_a_member_in_the_admin(self):
        url = reverse("wagtailsnippets_cms_stadsregio_member:add")
        response = self.client.post(
            url,
            {
                "name": "Kasterlee",
                "slug": "kasterlee",
                "nis_code": "13017",
                "postcode": "2460",
                "website": "https://www.kasterlee.be",
                "description": "Sloot aan in 2022.",
                "joined_on": "2022-01-01",
                "left_on": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Member.objects.filter(slug="kasterlee", nis_code="13017").exists())

    def test_invalid_nis_code_is_refused_with_a_message(self):
        url = reverse("wagtailsnippets_cms_stadsregio_member:add")
        response = self.client.post(
            url, {"name": "Lille", "slug": "lille", "nis_code": "1301", "postcode": "2275"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "vijf cijfers")
        self.assertFalse(Member.objects.filter(slug="lille").exists())


class ProjectEditorValidationTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = ProjectIndexPageFactory()
        cls.member = MemberFactory(name="Turnhout", slug="turnhout")

    def post_project(self, **overrides):
        data = {
            "title": "Iedereen digitaal mee",
            "slug": "iedereen-digitaal-mee",
            "intro": "Digitale inclusie in de regio.",
            "status": ProjectStatus.ONGOING,
            "start_date": "2026-03-01",
            "end_date": "",
            "body": streamfield([]),
            "documents": streamfield([]),
            "tags": "",
            "related_project_links": inline_formset([]),
            "budget": "",
            "funding": "",
        }
        members = overrides.pop("members", [self.member.pk])
        data.update(overrides)
        form_data = nested_form_data(data)
        # A multiple choice goes as a repeated key; nested_form_data would number it.
        form_data["members"] = members
        url = reverse(
            "wagtailadmin_pages:add", args=("cms_stadsregio", "projectpage", self.index.pk)
        )
        return self.client.post(url, form_data)

    def test_valid_project_is_saved_as_draft(self):
        response = self.post_project()
        self.assertEqual(response.status_code, 302)
        project = ProjectPage.objects.get(slug="iedereen-digitaal-mee")
        self.assertFalse(project.live)
        revision = project.latest_revision.as_object()
        self.assertEqual([m.pk for m in revision.members.all()], [self.member.pk])

    def test_end_date_before_start_date_is_refused_and_keeps_the_input(self):
        response = self.post_project(end_date="2026-02-01")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "De einddatum kan niet vóór de startdatum liggen.")
        self.assertContains(response, "Digitale inclusie in de regio.")
        self.assertFalse(ProjectPage.objects.filter(slug="iedereen-digitaal-mee").exists())

    def test_a_project_needs_at_least_one_member(self):
        response = self.post_project(members=[])
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ProjectPage.objects.filter(slug="iedereen-digitaal-mee").exists())
        self.assertIn("members", response.context["form"].errors)
