"""The editorial set-up the review's tests share: members, overview pages, roles, the workflow
and one user per role (EditorialTestCase)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms_stadsregio.content.factories import (
    MemberFactory,
    NewsIndexPageFactory,
    ProjectIndexPageFactory,
)
from cms_stadsregio.content.models import ProjectPage, ProjectStatus
from cms_stadsregio.editorial.roles import PARTNERS_GROUP, STADSREGIO_GROUP
from cms_stadsregio.editorial.setup import setup_editorial

PASSWORD = "geheim-wachtwoord"


class EditorialTestCase(WagtailTestUtils, TestCase):
    """Three members, the overview pages, the roles and the workflow, and one user per role."""

    @classmethod
    def setUpTestData(cls):
        cls.project_index = ProjectIndexPageFactory()
        cls.news_index = NewsIndexPageFactory()
        cls.beerse = MemberFactory(name="Beerse", slug="beerse", nis_code="13004")
        cls.turnhout = MemberFactory(name="Turnhout", slug="turnhout", nis_code="13040")
        cls.vosselaar = MemberFactory(name="Vosselaar", slug="vosselaar", nis_code="13046")
        setup_editorial()
        for member in (cls.beerse, cls.turnhout, cls.vosselaar):
            member.refresh_from_db()
        cls.stadsregio = cls.make_user("stadsregio", Group.objects.get(name=STADSREGIO_GROUP))
        cls.partner = cls.make_user("partner", Group.objects.get(name=PARTNERS_GROUP))
        cls.other_partner = cls.make_user("partner2", Group.objects.get(name=PARTNERS_GROUP))
        cls.beerse_editor = cls.make_user("beerse", cls.beerse.editors_group)
        cls.beerse_editor2 = cls.make_user("beerse2", cls.beerse.editors_group)
        cls.turnhout_editor = cls.make_user("turnhout", cls.turnhout.editors_group)
        cls.vosselaar_editor = cls.make_user("vosselaar", cls.vosselaar.editors_group)

    @classmethod
    def make_user(cls, username, group):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.capitalize()
        )
        user.groups.add(group)
        return user

    # Admin requests -------------------------------------------------------------------

    def project_form_data(self, title="Iedereen digitaal mee", members=None, **overrides):
        data = {
            "title": title,
            "slug": overrides.pop("slug", "iedereen-digitaal-mee"),
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
        data.update(overrides)
        form_data = nested_form_data(data)
        form_data["members"] = [m.pk for m in (members or [])]
        return form_data

    def create_project(self, user, members, submit=True, **overrides):
        self.client.force_login(user)
        data = self.project_form_data(members=members, **overrides)
        if submit:
            data["action-submit"] = "1"
        url = reverse(
            "wagtailadmin_pages:add", args=("cms_stadsregio", "projectpage", self.project_index.pk)
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        return ProjectPage.objects.get(slug=data["slug"])

    def edit_project(self, user, page, submit=False, **overrides):
        self.client.force_login(user)
        members = overrides.pop("members", list(page.get_latest_revision_as_object().members.all()))
        data = self.project_form_data(
            members=members, title=overrides.pop("title", page.title), slug=page.slug, **overrides
        )
        if submit:
            data["action-submit"] = "1"
        # Mail about a change is sent once the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    def add_news_without_members(self, user, action):
        """A news item that concerns no member, created in the admin with this action button."""
        self.client.force_login(user)
        url = reverse(
            "wagtailadmin_pages:add", args=("cms_stadsregio", "newspage", self.news_index.pk)
        )
        data = nested_form_data(
            {
                "title": "Nieuwe website",
                "slug": "nieuwe-website",
                "intro": "De Stadsregio heeft een nieuwe website.",
                "date": "2026-11-01",
                "body": streamfield([]),
                "tags": "",
                "related_project_links": inline_formset([]),
            }
        )
        data[action] = "1"
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data)

    def act(self, user, page, action, comment=""):
        self.client.force_login(user)
        page = Page.objects.get(pk=page.pk)
        task_state = page.current_workflow_state.current_task_state
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
                ),
                {"comment": comment},
            )

    def member_task(self):
        from cms_stadsregio.editorial.models import MemberApprovalTask

        return MemberApprovalTask.objects.get()

    def current_task_name(self, page):
        state = Page.objects.get(pk=page.pk).current_workflow_state
        if state is None or state.current_task_state is None:
            return None
        return state.current_task_state.task.name

    def recipients(self):
        return sorted(address for message in mail.outbox for address in message.to)

    def decisions(self, page):
        """Each member's state in the latest member step: approved, stale, pending or rejected."""
        state = Page.objects.get(pk=page.pk).current_workflow_state
        task_state = (
            state.task_states.filter(task__name="Akkoord betrokken gemeenten")
            .latest("started_at", "pk")
            .specific
        )
        return {d.member.slug: d.state for d in task_state.decisions_with_state()}
