"""The permission matrix: every role against every action, as real admin requests.

| action                      | Stadsregio redactie | Redactie <gemeente> | Partners |
|-----------------------------|---------------------|---------------------|----------|
| create a project            | yes                 | yes                 | yes      |
| edit own page               | yes                 | yes                 | yes      |
| edit someone else's page    | yes                 | yes                 | no       |
| edit another member's page  | yes                 | no                  | no       |
| lock another member's page  | yes                 | no                  | no       |
| submit for review           | yes                 | yes                 | yes      |
| approve for own member      | - (no member)       | yes                 | no       |
| approve for another member  | no                  | no                  | no       |
| approve own submission      | no                  | no                  | no       |
| approve the publication     | yes                 | no                  | no       |
| publish directly (members)  | no (urgent only)    | no                  | no       |
| publish directly (no member)| yes                 | no                  | no       |
| unpublish                   | yes                 | no                  | no       |
| delete a live page          | yes                 | no                  | no       |
"""

from contextlib import contextmanager

from django.db import transaction
from django.urls import reverse

from wagtail.models import Page

from cms_stadsregio.content.models import NewsPage, ProjectPage
from cms_stadsregio.editorial.publication import allow_publication_without_approvals
from tests.cms_stadsregio.editorial.reviewing import EditorialTestCase

ROLES = ("stadsregio", "beerse_editor", "partner")


class PermissionMatrixTests(EditorialTestCase):
    def each_role(self, expected):
        """(role, user, allowed) for every role; run each in `self.isolated(role)`."""
        return [(role, getattr(self, role), expected[role]) for role in ROLES]

    @contextmanager
    def isolated(self, role):
        """A subtest whose database changes are rolled back, pass or fail."""
        with self.subTest(role=role), transaction.atomic():
            try:
                yield
            finally:
                transaction.set_rollback(True)

    def assert_refused(self, response):
        # Wagtail's admin answers a refused action with a redirect and an error message.
        self.assertIn(response.status_code, (302, 403))

    def draft_by(self, user, members, slug="concept"):
        return self.create_project(user, members, submit=False, slug=slug)

    def test_create(self):
        expected = {"stadsregio": True, "beerse_editor": True, "partner": True}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                self.client.force_login(user)
                url = reverse(
                    "wagtailadmin_pages:add",
                    args=("cms_stadsregio", "projectpage", self.project_index.pk),
                )
                data = self.project_form_data(members=[self.beerse], slug="nieuw")
                response = self.client.post(url, data)
                self.assertEqual(ProjectPage.objects.filter(slug="nieuw").exists(), allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_edit_own(self):
        expected = {"stadsregio": True, "beerse_editor": True, "partner": True}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.draft_by(user, [self.beerse])
                self.edit_project(user, page, intro="Eigen aanpassing.")
                latest = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
                self.assertEqual(latest.intro == "Eigen aanpassing.", allowed)

    def test_edit_someone_elses(self):
        expected = {"stadsregio": True, "beerse_editor": True, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.draft_by(self.other_partner, [self.beerse])
                response = self.edit_project(user, page, intro="Aanpassing van een ander.")
                latest = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
                self.assertEqual(latest.intro == "Aanpassing van een ander.", allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_edit_another_members_page(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.draft_by(self.other_partner, [self.turnhout])
                response = self.edit_project(user, page, intro="Aanpassing van Beerse.")
                latest = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
                self.assertEqual(latest.intro == "Aanpassing van Beerse.", allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_lock_another_members_live_page(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.live_page(members=[self.turnhout])
                self.client.force_login(user)
                self.client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
                self.assertEqual(ProjectPage.objects.get(pk=page.pk).locked, allowed)

    def test_a_member_editor_locks_and_unlocks_a_page_of_their_own_member(self):
        page = self.live_page(members=[self.beerse])
        self.client.force_login(self.beerse_editor)
        self.client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
        self.assertTrue(ProjectPage.objects.get(pk=page.pk).locked)
        self.client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
        self.assertFalse(ProjectPage.objects.get(pk=page.pk).locked)

    def test_submit(self):
        expected = {"stadsregio": True, "beerse_editor": True, "partner": True}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.draft_by(user, [self.turnhout])
                self.edit_project(user, page, submit=True)
                self.assertEqual(Page.objects.get(pk=page.pk).workflow_in_progress, allowed)

    def approve_member_step(self, user, members):
        page = self.create_project(self.other_partner, members, slug="ter-goedkeuring")
        response = self.act(user, page, "approve")
        return page, response

    def test_approve_for_own_member(self):
        expected = {"stadsregio": False, "beerse_editor": True, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page, response = self.approve_member_step(user, [self.beerse])
                self.assertEqual(self.current_task_name(page) == "Publicatie Stadsregio", allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_approve_for_another_member(self):
        expected = {"stadsregio": False, "beerse_editor": False, "partner": False}
        for role, user, _allowed in self.each_role(expected):
            with self.isolated(role):
                page, response = self.approve_member_step(user, [self.turnhout])
                self.assert_refused(response)
                self.assertEqual(self.decisions(page), {"turnhout": "pending"})

    def test_approve_own_submission(self):
        expected = {"stadsregio": False, "beerse_editor": False, "partner": False}
        for role, user, _allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.create_project(user, [self.beerse], slug="eigen-werk")
                response = self.act(user, page, "approve")
                self.assert_refused(response)
                self.assertEqual(self.decisions(page), {"beerse": "pending"})

    def test_approve_publication_step(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.create_project(self.other_partner, [self.turnhout], slug="publicatie")
                self.act(self.turnhout_editor, page, "approve")
                response = self.act(user, page, "approve")
                self.assertEqual(ProjectPage.objects.get(pk=page.pk).live, allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_publish_directly(self):
        # A page that concerns a member goes live only with that member's approval.
        expected = {"stadsregio": False, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.draft_by(user, [self.beerse])
                self.client.force_login(user)
                data = self.project_form_data(
                    members=[self.beerse], title=page.title, slug=page.slug
                )
                data["action-publish"] = "1"
                self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
                self.assertEqual(ProjectPage.objects.get(pk=page.pk).live, allowed)

    def test_publish_directly_a_page_that_concerns_no_member(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                self.add_news_without_members(user, "action-publish")
                self.assertEqual(
                    NewsPage.objects.filter(slug="nieuwe-website", live=True).exists(), allowed
                )

    def live_page(self, members=None):
        page = self.draft_by(self.other_partner, members or [self.beerse], slug="gepubliceerd")
        with allow_publication_without_approvals("test"):
            page.get_latest_revision().publish()
        return ProjectPage.objects.get(pk=page.pk)

    def test_unpublish(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.live_page()
                self.client.force_login(user)
                response = self.client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
                self.assertEqual(ProjectPage.objects.get(pk=page.pk).live, not allowed)
                if not allowed:
                    self.assert_refused(response)

    def test_delete_a_live_page(self):
        expected = {"stadsregio": True, "beerse_editor": False, "partner": False}
        for role, user, allowed in self.each_role(expected):
            with self.isolated(role):
                page = self.live_page()
                self.client.force_login(user)
                self.client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
                self.assertEqual(ProjectPage.objects.filter(pk=page.pk).exists(), not allowed)

    def test_partner_may_delete_own_draft_only(self):
        own = self.draft_by(self.partner, [self.beerse], slug="eigen-concept")
        other = self.draft_by(self.other_partner, [self.beerse], slug="ander-concept")
        self.client.force_login(self.partner)
        self.client.post(reverse("wagtailadmin_pages:delete", args=[own.pk]))
        self.client.post(reverse("wagtailadmin_pages:delete", args=[other.pk]))
        self.assertFalse(ProjectPage.objects.filter(pk=own.pk).exists())
        self.assertTrue(ProjectPage.objects.filter(pk=other.pk).exists())

    def test_only_the_stadsregio_manages_members_and_settings(self):
        urls = [
            reverse("wagtailsnippets_cms_stadsregio_member:add"),
            reverse("wagtailsnippets_stadsregio_governance_governingbody:add"),
            reverse("wagtailsnippets_stadsregio_governance_mandate:add"),
            reverse("wagtailsnippets_cms_stadsregio_alertbanner:add"),
            reverse("wagtailsettings:edit", args=["cms_stadsregio", "organisationsettings"]),
            reverse("wagtailadmin_workflows:index"),
        ]
        for role, user, allowed in self.each_role(
            {"stadsregio": True, "beerse_editor": False, "partner": False}
        ):
            with self.isolated(role):
                self.client.force_login(user)
                for url in urls:
                    response = self.client.get(url, follow=True)
                    path = response.request["PATH_INFO"]
                    reached = response.status_code == 200 and path.startswith(url)
                    self.assertEqual(reached, allowed, url)
