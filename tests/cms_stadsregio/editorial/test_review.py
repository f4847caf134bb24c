"""The co-ownership rules as built: approvals by content, four-eyes by authorship, stale approvals,
the publication guard on every route, urgent publication, and what the admin shows of a review.

docs/co-ownership.md states the rules these tests defend.
"""

import datetime
import io

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission, Page, PageLogEntry, Revision, TaskState

from cms_stadsregio.content.models import ProjectPage
from cms_stadsregio.editorial.fingerprints import content_fingerprint
from cms_stadsregio.editorial.models import MemberDecision, UrgentPublication
from cms_stadsregio.editorial.publication import (
    MembersHaveNotApproved,
    allow_publication_without_approvals,
)
from tests.cms_stadsregio.editorial.reviewing import EditorialTestCase


class ReviewTestCase(EditorialTestCase):
    def autosave(self, user, page, overwrite=True, **overrides):
        """What the editor's autosave sends: the form as JSON, over the user's own revision."""
        self.client.force_login(user)
        members = overrides.pop("members", list(page.get_latest_revision_as_object().members.all()))
        data = self.project_form_data(
            members=members, title=overrides.pop("title", page.title), slug=page.slug, **overrides
        )
        latest = Page.objects.get(pk=page.pk).get_latest_revision()
        if overwrite:
            data["overwrite_revision_id"] = str(latest.pk)
        else:
            data["loaded_revision_id"] = str(latest.pk)
            data["loaded_revision_created_at"] = latest.created_at.isoformat()
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                data,
                HTTP_ACCEPT="application/json",
            )

    def can_approve(self, user, page):
        page = Page.objects.get(pk=page.pk).specific
        task = page.current_workflow_task
        return task is not None and any(
            name == "approve" for name, *_ in task.specific.get_actions(page, user)
        )

    def through_member_step(self, members, author=None):
        project = self.create_project(author or self.partner, members)
        editors = {"beerse": self.beerse_editor, "turnhout": self.turnhout_editor}
        for member in members:
            self.act(editors[member.slug], project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")
        return project


class ContentFingerprintTests(ReviewTestCase):
    def test_bookkeeping_does_not_change_the_fingerprint_but_content_does(self):
        project = self.create_project(self.partner, [self.beerse], submit=False)
        content = dict(project.get_latest_revision().content)
        bookkeeping = dict(content, latest_revision=999, locked=True, owner=1, draft_title="x")
        self.assertEqual(content_fingerprint(content), content_fingerprint(bookkeeping))
        self.assertNotEqual(
            content_fingerprint(content), content_fingerprint(dict(content, intro="Anders."))
        )
        self.assertNotEqual(
            content_fingerprint(content), content_fingerprint(dict(content, members=[1, 2, 3]))
        )


class AutosaveTests(ReviewTestCase):
    def test_an_autosave_that_changes_nothing_keeps_the_approval_and_the_reviewer(self):
        # The reviewer approves from the editor; leaving it, the editor autosaves a revision in
        # the reviewer's name with the same content.
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        response = self.autosave(self.beerse_editor, project, overwrite=False)
        self.assertEqual(response.status_code, 200, response.content[:300])
        self.assertEqual(
            Page.objects.get(pk=project.pk).get_latest_revision().user, self.beerse_editor
        )
        self.assertEqual(self.decisions(project), {"beerse": "approved", "turnhout": "pending"})
        self.act(self.turnhout_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_an_autosave_that_changes_the_text_makes_the_approval_stale(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.edit_project(self.turnhout_editor, project, intro="Versie van Turnhout.")
        self.act(self.beerse_editor, project, "approve")
        response = self.autosave(self.turnhout_editor, project, intro="Stilletjes gewijzigd.")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.decisions(project)["beerse"], "stale")
        self.assertTrue(self.can_approve(self.beerse_editor, project))


class FourEyesTests(ReviewTestCase):
    def test_nobody_approves_text_they_wrote_even_when_someone_else_submitted_it(self):
        # Beerse's editor writes; Turnhout's editor submits it unchanged.
        project = self.create_project(
            self.beerse_editor, [self.beerse, self.turnhout], submit=False
        )
        self.edit_project(self.turnhout_editor, project, submit=True)
        self.assertFalse(self.can_approve(self.beerse_editor, project))
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.decisions(project)["beerse"], "pending")
        # Turnhout's editor only pressed submit: they wrote nothing and may approve.
        self.assertTrue(self.can_approve(self.turnhout_editor, project))
        # A colleague of Beerse who wrote nothing approves for Beerse.
        self.assertTrue(self.can_approve(self.beerse_editor2, project))

    def test_every_author_since_the_last_publication_is_excluded(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.edit_project(self.beerse_editor2, project, intro="Beerse vult aan.")
        self.edit_project(self.turnhout_editor, project, intro="Turnhout vult aan.")
        # Neither Beerse's second editor nor Turnhout's editor may approve: both wrote text.
        self.assertFalse(self.can_approve(self.beerse_editor2, project))
        self.assertFalse(self.can_approve(self.turnhout_editor, project))
        self.assertTrue(self.can_approve(self.beerse_editor, project))

    def test_once_published_earlier_authors_may_review_the_next_change(self):
        project = self.through_member_step([self.beerse], author=self.beerse_editor2)
        self.act(self.stadsregio, project, "approve")
        self.assertTrue(ProjectPage.objects.get(pk=project.pk).live)
        project = ProjectPage.objects.get(pk=project.pk)
        self.edit_project(self.stadsregio, project, submit=True, intro="Nieuwe alinea.")
        self.assertTrue(self.can_approve(self.beerse_editor2, project))


class StaleApprovalTests(ReviewTestCase):
    def test_an_edit_during_review_mails_the_stale_members_once_and_lists_them_again(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        mail.outbox.clear()
        self.edit_project(self.stadsregio, project, intro="De Stadsregio past aan.")
        self.assertEqual(self.decisions(project), {"beerse": "stale", "turnhout": "pending"})
        stale_mails = [m for m in mail.outbox if "Opnieuw te bekijken" in m.subject]
        self.assertEqual(
            sorted(a for m in stale_mails for a in m.to),
            ["beerse2@example.org", "beerse@example.org"],
        )
        edit_url = reverse("wagtailadmin_pages:edit", args=[project.pk])
        self.assertIn(settings.WAGTAILADMIN_BASE_URL + edit_url, stale_mails[0].body)
        # A second change while the approval is already stale: no second mail.
        mail.outbox.clear()
        self.edit_project(self.stadsregio, project, intro="Nog een aanpassing.")
        self.assertEqual([m for m in mail.outbox if "Opnieuw te bekijken" in m.subject], [])
        # Back in Beerse's queue, on top of the dashboard, marked as such.
        queue = self.member_task().get_task_states_user_can_moderate(self.beerse_editor)
        self.assertTrue(queue.exists())
        self.client.force_login(self.beerse_editor)
        home = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn("Opnieuw te bekijken", home)
        # Re-approval makes it current again; the log keeps the whole story.
        self.act(self.beerse_editor, project, "approve")
        self.assertEqual(self.decisions(project)["beerse"], "approved")
        actions = list(
            PageLogEntry.objects.filter(page=project)
            .filter(action__startswith="stadsregio.")
            .order_by("timestamp", "pk")
            .values_list("action", flat=True)
        )
        self.assertEqual(
            actions,
            [
                "stadsregio.member_approve",
                "stadsregio.approval_stale",
                "stadsregio.member_approve",
            ],
        )

    def test_a_change_in_the_publication_step_goes_back_to_the_members(self):
        # The Stadsregio wrote and submitted the page; the members approved it.
        project = self.through_member_step([self.beerse, self.turnhout], author=self.stadsregio)
        mail.outbox.clear()
        # The Stadsregio's autosave overwrites the revision under review with new text.
        response = self.autosave(self.stadsregio, project, intro="Nieuwe tekst van de Stadsregio.")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.assertEqual(self.decisions(project), {"beerse": "stale", "turnhout": "stale"})
        self.assertFalse(self.can_approve(self.stadsregio, project))
        self.assertIn("beerse@example.org", self.recipients())
        self.assertIn("turnhout@example.org", self.recipients())
        # The members approve the new text; then the Stadsregio publishes exactly that.
        self.act(self.beerse_editor, project, "approve")
        self.act(self.turnhout_editor, project, "approve")
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")
        self.act(self.stadsregio, project, "approve")
        live = ProjectPage.objects.get(pk=project.pk)
        self.assertTrue(live.live)
        self.assertEqual(live.intro, "Nieuwe tekst van de Stadsregio.")

    def test_undoing_the_change_makes_the_approvals_current_again(self):
        project = self.through_member_step([self.beerse], author=self.stadsregio)
        original = Page.objects.get(pk=project.pk).get_latest_revision_as_object().intro
        self.autosave(self.stadsregio, project, intro="Even iets anders.")
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.autosave(self.stadsregio, project, intro=original)
        # The text is again what Beerse approved: nothing waits for Beerse.
        self.assertEqual(self.decisions(project), {"beerse": "approved"})
        self.assertEqual(self.current_task_name(project), "Publicatie Stadsregio")

    def test_a_change_rejected_at_the_publication_step_goes_back_to_the_members(self):
        project = self.through_member_step([self.beerse])
        self.act(self.stadsregio, project, "reject", comment="Titel te lang.")
        self.edit_project(self.partner, project, submit=True, title="Korter")
        self.assertEqual(self.current_task_name(project), "Akkoord betrokken gemeenten")
        self.assertEqual(self.decisions(project), {"beerse": "stale"})

    def test_adding_a_member_during_review_asks_that_member(self):
        project = self.create_project(self.partner, [self.beerse])
        mail.outbox.clear()
        self.edit_project(self.stadsregio, project, members=[self.beerse, self.vosselaar])
        self.assertEqual(self.decisions(project), {"beerse": "pending", "vosselaar": "pending"})
        self.assertIn("vosselaar@example.org", self.recipients())


class PublicationGuardTests(ReviewTestCase):
    """No route publishes a page that concerns members without their current approval."""

    def assert_not_live(self, project):
        self.assertFalse(ProjectPage.objects.get(pk=project.pk).live)

    def test_the_editor_does_not_offer_publiceren_while_approvals_are_missing(self):
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(self.stadsregio)
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).content
        self.assertNotIn(b'name="action-publish"', html)
        self.assertIn(b"Spoedpublicatie", html)

    def test_the_editor_publish_button_refuses_and_keeps_the_edit(self):
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(self.stadsregio)
        data = self.project_form_data(
            members=[self.beerse], title=project.title, slug=project.slug, intro="Bewaard."
        )
        data["action-publish"] = "1"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)
        self.assertIn(response.status_code, (200, 302, 403))
        self.assert_not_live(project)
        latest = Page.objects.get(pk=project.pk).get_latest_revision_as_object()
        self.assertEqual(latest.intro, "Bewaard.")

    def test_an_edit_of_a_live_page_cannot_be_published_over_the_approval(self):
        project = self.through_member_step([self.beerse])
        self.act(self.stadsregio, project, "approve")
        project = ProjectPage.objects.get(pk=project.pk)
        self.client.force_login(self.stadsregio)
        data = self.project_form_data(
            members=[self.beerse], title=project.title, slug=project.slug, intro="Onbekeken."
        )
        data["action-publish"] = "1"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)
        self.assertEqual(response.status_code, 302)
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        self.assertTrue(any("Beerse gaf nog geen akkoord" in m for m in messages), messages)
        self.assertNotEqual(ProjectPage.objects.get(pk=project.pk).intro, "Onbekeken.")

    def test_bulk_publish(self):
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(self.stadsregio)
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        self.client.post(f"{url}?id={project.pk}", {"include_descendants": False})
        self.assert_not_live(project)

    def test_admin_api_publish_action(self):
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(self.stadsregio)
        response = self.client.post(f"/admin/api/main/pages/{project.pk}/action/publish/", {})
        self.assertIn(response.status_code, (400, 403))
        self.assert_not_live(project)

    def test_reverting_to_an_unapproved_revision(self):
        project = self.through_member_step([self.beerse])
        self.act(self.stadsregio, project, "approve")
        first = Page.objects.get(pk=project.pk).get_latest_revision()
        project = ProjectPage.objects.get(pk=project.pk)
        with allow_publication_without_approvals("test: a version published before the review"):
            project.save_revision(user=self.stadsregio)
        # An old revision whose content Beerse never approved.
        Revision.objects.filter(pk=first.pk).update(content={**first.content, "intro": "Oud."})
        self.client.force_login(self.stadsregio)
        data = self.project_form_data(
            members=[self.beerse], title=project.title, slug=project.slug, intro="Oud."
        )
        data["action-publish"] = "1"
        data["revision"] = str(first.pk)
        self.client.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)
        self.assertNotEqual(ProjectPage.objects.get(pk=project.pk).intro, "Oud.")

    def test_scheduling_and_scheduled_publishing(self):
        project = self.create_project(self.partner, [self.beerse])
        revision = Page.objects.get(pk=project.pk).get_latest_revision()
        with self.assertRaises(MembersHaveNotApproved):
            Revision.objects.filter(pk=revision.pk)  # the queryset itself is harmless
            revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
            revision.save(update_fields=["approved_go_live_at"])
        # A revision marked by other means is still refused when the command publishes it.
        Revision.objects.filter(pk=revision.pk).update(
            approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        with self.assertRaises(MembersHaveNotApproved):
            call_command("publish_scheduled", stdout=io.StringIO())
        self.assert_not_live(project)

    def test_publishing_in_code(self):
        project = self.create_project(self.partner, [self.beerse])
        with self.assertRaises(MembersHaveNotApproved):
            Page.objects.get(pk=project.pk).get_latest_revision().publish()
        self.assert_not_live(project)

    def test_with_every_current_approval_the_publication_goes_through(self):
        project = self.through_member_step([self.beerse, self.turnhout])
        self.act(self.stadsregio, project, "approve")
        self.assertTrue(ProjectPage.objects.get(pk=project.pk).live)


class UrgentPublicationTests(ReviewTestCase):
    def url(self, page):
        return reverse("stadsregio_urgent_publication", args=[page.pk])

    def test_only_the_stadsregio_may_and_a_reason_is_required(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        for user in (self.beerse_editor, self.partner):
            self.client.force_login(user)
            self.assert_refused(self.client.get(self.url(project)))
            self.client.post(self.url(project), {"reason": "Omdat het dringend is."})
            self.assert_not_live(project)
        self.client.force_login(self.stadsregio)
        response = self.client.post(self.url(project), {"reason": "Kort"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "ten minste 10 tekens")
        self.assert_not_live(project)

    def assert_not_live(self, project):
        self.assertFalse(ProjectPage.objects.get(pk=project.pk).live)

    def assert_refused(self, response):
        self.assertIn(response.status_code, (302, 403))

    def test_publish_permission_alone_does_not_allow_an_urgent_publication(self):
        # Someone given Wagtail's publish permission outside the Stadsregio redactie.
        publishers = Group.objects.create(name="Uitgevers")
        publishers.permissions.add(Permission.objects.get(codename="access_admin"))
        for action in ("change", "publish"):
            GroupPagePermission.objects.create(
                group=publishers,
                page=self.project_index,
                permission=Permission.objects.get(codename=f"{action}_page"),
            )
        publisher = self.make_user("uitgever", publishers)
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(publisher)
        self.assert_refused(self.client.get(self.url(project)))
        self.client.post(self.url(project), {"reason": "Omdat het dringend is."})
        self.assert_not_live(project)

    def test_an_urgent_publication_is_logged_mailed_and_public(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        mail.outbox.clear()
        self.client.force_login(self.stadsregio)
        screen = self.client.get(self.url(project)).content.decode()
        self.assertEqual(screen.count("<h1"), 1)
        self.assertIn("Spoedpublicatie", screen)
        reason = "De inschrijvingen sluiten morgen."
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url(project), {"reason": reason})
        self.assertEqual(response.status_code, 302)
        live = ProjectPage.objects.get(pk=project.pk)
        self.assertTrue(live.live)
        record = UrgentPublication.objects.get(page=project)
        self.assertEqual(record.reason, reason)
        self.assertEqual([m.slug for m in record.missing_members.all()], ["turnhout"])
        entry = PageLogEntry.objects.get(page=project, action="stadsregio.urgent_publish")
        self.assertEqual(entry.data["reason"], reason)
        urgent_mails = [m for m in mail.outbox if "Spoedpublicatie" in m.subject]
        self.assertEqual(
            sorted(a for m in urgent_mails for a in m.to),
            ["beerse2@example.org", "beerse@example.org", "turnhout@example.org"],
        )
        self.assertIn(reason, urgent_mails[0].body)
        self.client.logout()
        html = self.client.get(live.url).content.decode()
        self.assertIn("redactie Beerse", html)
        self.assertIn("gepubliceerd zonder akkoord van Turnhout", html)
        self.assertIn(reason, html)


class ReviewStatusInTheAdminTests(ReviewTestCase):
    def test_the_stadsregio_dashboard_shows_each_members_state(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout], title="Hub")
        self.act(self.beerse_editor, project, "approve")
        self.client.force_login(self.stadsregio)
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        start = html.index('id="review-overview-section"')
        overview = html[start : html.index("</table>", start)]
        self.assertIn("Hub", overview)
        self.assertIn("<strong>Beerse</strong>: Goedgekeurd", overview)
        self.assertIn("<strong>Turnhout</strong>: Wacht op akkoord", overview)
        # Member editors see their own queue, not the overview.
        self.client.force_login(self.turnhout_editor)
        self.assertNotIn(
            'id="review-overview-section"',
            self.client.get(reverse("wagtailadmin_home")).content.decode(),
        )

    def test_status_side_panel_and_workflow_history_show_each_member(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.act(self.beerse_editor, project, "approve")
        self.client.force_login(self.stadsregio)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[project.pk]))
        self.assertContains(editor, "Akkoord van de gemeenten")
        self.assertContains(editor, "<strong>Turnhout</strong>: Wacht op akkoord", html=False)
        state = Page.objects.get(pk=project.pk).current_workflow_state
        history = self.client.get(
            reverse("wagtailadmin_pages:workflow_history_detail", args=[project.pk, state.pk])
        )
        self.assertContains(history, "<strong>Beerse</strong>: Goedgekeurd")

    def test_each_workflow_action_is_confirmed(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout])
        self.client.get(reverse("wagtailadmin_home"))  # shows the message of the submission
        response = self.act(self.beerse_editor, project, "approve")
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        self.assertEqual(messages, ["Goedgekeurd voor Beerse. Nog te beslissen: Turnhout."])
        response = self.act(self.turnhout_editor, project, "approve")
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        self.assertIn("Alle gemeenten gaven akkoord", messages[-1])
        response = self.act(self.stadsregio, project, "approve")
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        self.assertEqual(messages[-1], "Goedgekeurd en gepubliceerd.")

    def test_the_publication_step_says_that_it_publishes(self):
        project = self.through_member_step([self.beerse])
        page = Page.objects.get(pk=project.pk).specific
        labels = [
            label for _n, label, _m in page.current_workflow_task.get_actions(page, self.stadsregio)
        ]
        self.assertIn("Goedkeuren en publiceren", labels)
        self.assertIn("Wijzigingen vragen", labels)


@override_settings(WAGTAILADMIN_BASE_URL="http://redactie.example:8123")
class MailLinkTests(ReviewTestCase):
    def test_review_mails_link_to_the_address_the_admin_is_served_at(self):
        self.create_project(self.partner, [self.beerse])
        self.assertTrue(mail.outbox)
        self.assertIn("http://redactie.example:8123/admin/", mail.outbox[0].body)


class DecisionStorageTests(ReviewTestCase):
    def test_a_decision_records_the_fingerprint_of_the_content_it_approved(self):
        project = self.create_project(self.partner, [self.beerse])
        self.act(self.beerse_editor, project, "approve")
        decision = MemberDecision.objects.get(member=self.beerse)
        latest = Page.objects.get(pk=project.pk).get_latest_revision()
        self.assertEqual(decision.content_fingerprint, content_fingerprint(latest.content))
        self.assertEqual(
            TaskState.objects.filter(workflow_state__object_id=str(project.pk)).count(), 2
        )


class PageListingDecisionTests(ReviewTestCase):
    def test_the_listing_offers_the_decision_and_its_page_records_it(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout], title="Hub")
        self.client.force_login(self.beerse_editor)
        listing = self.client.get(reverse("wagtailadmin_explore", args=[self.project_index.pk]))
        approve_url = reverse("stadsregio_review_decision", args=[project.pk, "approve"])
        self.assertContains(listing, approve_url)
        # Not offered to an editor of a member that is not asked.
        self.client.force_login(self.vosselaar_editor)
        listing = self.client.get(reverse("wagtailadmin_explore", args=[self.project_index.pk]))
        self.assertNotContains(listing, approve_url)
        self.assertIn(self.client.get(approve_url).status_code, (302, 403))

        self.client.force_login(self.beerse_editor)
        screen = self.client.get(approve_url)
        self.assertContains(screen, "Goedkeuren")
        # The screen has its heading (Wagtail's header block is kept).
        self.assertEqual(screen.content.decode().count("<h1"), 1)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(approve_url, {"comment": ""})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.decisions(project), {"beerse": "approved", "turnhout": "pending"})

    def test_asking_for_changes_needs_a_comment(self):
        project = self.create_project(self.partner, [self.beerse])
        self.client.force_login(self.beerse_editor)
        url = reverse("stadsregio_review_decision", args=[project.pk, "reject"])
        response = self.client.post(url, {"comment": ""})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.decisions(project), {"beerse": "pending"})
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, {"comment": "De datum klopt niet."})
        self.assertEqual(self.decisions(project), {"beerse": "rejected"})


class SiteAddressTests(ReviewTestCase):
    def test_public_links_in_mails_follow_the_address_the_demo_is_served_at(self):
        call_command("set_site_address", "127.0.0.1:8123", stdout=io.StringIO())
        project = self.through_member_step([self.beerse])
        mail.outbox.clear()
        self.act(self.stadsregio, project, "approve")
        published = [m for m in mail.outbox if "partner@example.org" in m.to]
        self.assertTrue(published)
        self.assertIn("http://127.0.0.1:8123/projecten/", published[0].body)
