"""The co-ownership workflow 'Gedeelde goedkeuring', driven through the real admin views."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Page, TaskState, WorkflowState

from cms_stadsregio.content.models import Member, NewsPage
from cms_stadsregio.editorial.setup import setup_editorial
from tests.cms_stadsregio.editorial.reviewing import PASSWORD, EditorialTestCase


class WorkflowPathTests(EditorialTestCase):
    def test_all_concerned_members_approve_then_the_stadsregio_publishes(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.assertEqual(
            self.recipients(), ["beerse2@example.org", "beerse@example.org", "turnhout@example.org"]
        )
        self.assertEqual(self.decisions(project), {"beerse": "pending", "turnhout": "pending"})

        mail.outbox.clear()
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.decisions(project), {"beerse": "approved", "turnhout": "pending"})
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.assertEqual(mail.outbox, [])

        self.act(self.turnhout_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")
        self.assertEqual(self.recipients(), ["stadsregio@example.org"])

        mail.outbox.clear()
        self.act(self.stadsregio, project, "approve")
        project.refresh_from_db()
        self.assertTrue(project.live)
        self.assertEqual(Page.objects.get(pk=project.pk).current_workflow_state, None)
        self.assertEqual(self.recipients(), ["partner@example.org"])

    def test_a_member_requests_changes_with_a_comment_then_the_author_resubmits(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        mail.outbox.clear()
        self.act(
            self.turnhout_editor, project, "reject", comment="Vermeld de zitdagen in Turnhout."
        )
        state = WorkflowState.objects.get(object_id=str(project.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.assertEqual(self.decisions(project)["turnhout"], "rejected")
        self.assertEqual(self.recipients(), ["partner@example.org"])
        self.assertIn("Vermeld de zitdagen in Turnhout.", mail.outbox[0].body)
        project.refresh_from_db()
        self.assertFalse(project.live)

        # The author edits and resubmits: Turnhout is asked again, and Beerse's approval of the
        # earlier text is stale, so Beerse looks again too.
        mail.outbox.clear()
        response = self.edit_project(self.partner, project, submit=True, intro="Met zitdagen.")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.assertEqual(self.decisions(project), {"beerse": "stale", "turnhout": "pending"})
        self.assertIn("turnhout@example.org", self.recipients())
        self.assertIn("beerse@example.org", self.recipients())

    def test_editing_during_review_requires_the_approvals_again(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        response = self.edit_project(self.stadsregio, project, intro="Aangepaste inleiding.")
        self.assertEqual(response.status_code, 302)
        self.act(self.turnhout_editor, project, "approve")
        # Beerse approved an older version: the review waits for Beerse again.
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_saving_a_draft_without_changes_during_review_keeps_the_approvals(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        revisions = project.revisions.count()
        self.edit_project(self.stadsregio, project)
        self.assertEqual(project.revisions.count(), revisions + 1)
        # A new revision, the same content: Beerse's approval still holds.
        self.assertEqual(self.decisions(project), {"beerse": "approved", "turnhout": "pending"})
        self.act(self.turnhout_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_autosave_over_an_approved_revision_asks_again(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        # Turnhout's editor edits; Beerse approves that revision.
        self.edit_project(self.turnhout_editor, project, intro="Versie van Turnhout.")
        latest = Page.objects.get(pk=project.pk).get_latest_revision()
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.decisions(project)["beerse"], "approved")
        # Autosave rewrites that same revision with new content.
        self.client.force_login(self.turnhout_editor)
        data = self.project_form_data(
            members=[self.beerse, self.turnhout],
            title=project.title,
            slug=project.slug,
            intro="Stilletjes gewijzigd.",
        )
        data["overwrite_revision_id"] = str(latest.pk)
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[project.pk]),
            data,
            HTTP_ACCEPT="application/json",
        )
        self.assertEqual(response.json()["revision_id"], latest.pk)
        # A colleague of Turnhout approves; Beerse has to look again.
        colleague = self.make_user("turnhout2", self.turnhout.editors_group)
        self.act(colleague, project, "approve")
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_a_page_that_concerns_no_member_skips_the_member_step(self):
        response = self.add_news_without_members(self.partner, "action-submit")
        self.assertEqual(response.status_code, 302)
        news = NewsPage.objects.get(slug="nieuwe-website")
        self.assertEqual(self.current_task_name(news), "Publicatie Stadsregio")
        skipped = TaskState.objects.get(
            workflow_state__object_id=str(news.pk), task__name="Akkoord betrokken gemeenten"
        )
        self.assertEqual(skipped.status, TaskState.STATUS_SKIPPED)
        self.assertEqual(self.recipients(), ["stadsregio@example.org"])

    def test_a_member_added_at_run_time_takes_part_in_the_review(self):
        admin = get_user_model().objects.create_superuser("beheer", "b@example.org", PASSWORD)
        self.client.force_login(admin)
        response = self.client.post(
            reverse("wagtailsnippets_cms_stadsregio_member:add"),
            {"name": "Kasterlee", "slug": "kasterlee", "nis_code": "13017", "postcode": "2460"},
        )
        self.assertEqual(response.status_code, 302)
        kasterlee = Member.objects.get(slug="kasterlee")
        self.assertEqual(kasterlee.editors_group.name, "Redactie Kasterlee")
        kasterlee_editor = self.make_user("kasterlee", kasterlee.editors_group)

        project = self.create_project(kasterlee_editor, [kasterlee, self.beerse], slug="erfgoed")
        self.assertIn("beerse@example.org", self.recipients())
        self.act(self.beerse_editor, project, "approve")
        # The author cannot approve for Kasterlee; a colleague of Kasterlee can.
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        colleague = self.make_user("kasterlee2", kasterlee.editors_group)
        self.act(colleague, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_renaming_a_member_renames_its_group(self):
        self.vosselaar.name = "Vosselaar-Dorp"
        self.vosselaar.save()
        self.vosselaar.editors_group.refresh_from_db()
        self.assertEqual(self.vosselaar.editors_group.name, "Redactie Vosselaar-Dorp")

    def test_setup_editorial_is_idempotent(self):
        from wagtail.models import GroupPagePermission, Workflow, WorkflowTask

        counts = (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            Workflow.objects.count(),
            WorkflowTask.objects.count(),
        )
        setup_editorial()
        self.assertEqual(
            counts,
            (
                Group.objects.count(),
                GroupPagePermission.objects.count(),
                Workflow.objects.count(),
                WorkflowTask.objects.count(),
            ),
        )


class DashboardTests(EditorialTestCase):
    def test_dashboard_shows_each_editor_what_waits_for_their_member(self):
        self.create_project(self.partner, [self.beerse], title="Woonlabo najaarsnummer")
        self.client.force_login(self.beerse_editor)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), "Woonlabo najaarsnummer")
        self.client.force_login(self.vosselaar_editor)
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), "Woonlabo najaarsnummer"
        )

    def test_after_a_member_approved_it_no_longer_waits_for_that_member(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout], title="Hub")
        self.act(self.beerse_editor, project, "approve")
        waiting_for_beerse = self.member_task().get_task_states_user_can_moderate(
            self.beerse_editor
        )
        waiting_for_turnhout = self.member_task().get_task_states_user_can_moderate(
            self.turnhout_editor
        )
        self.assertFalse(waiting_for_beerse.exists())
        self.assertTrue(waiting_for_turnhout.exists())
