"""The public trail on reviewed pages: approvals per member, publication dates, change history."""

from django.urls import reverse

from cms_stadsregio.content.models import ProjectPage
from cms_stadsregio.editorial.publication import allow_publication_without_approvals
from cms_stadsregio.editorial.transparency import PublicChange
from tests.cms_stadsregio.editorial.reviewing import EditorialTestCase


class PublicTrailTests(EditorialTestCase):
    def publish_through_review(self, members, slug="fietsparkeren", comment=""):
        project = self.create_project(self.partner, members, slug=slug)
        for member in members:
            editor = {"beerse": self.beerse_editor, "turnhout": self.turnhout_editor}[member.slug]
            self.act(editor, project, "approve", comment=comment)
        self.act(self.stadsregio, project, "approve")
        return ProjectPage.objects.get(pk=project.pk)

    def public_html(self, page):
        self.client.logout()
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def trail(self, page):
        html = self.public_html(page)
        start = html.index('class="section facts-box transparency"')
        return html[start : html.index("</section>", start)]

    def test_trail_names_each_approving_member_and_the_dates(self):
        project = self.publish_through_review(
            [self.beerse, self.turnhout], comment="Interne opmerking voor collega's"
        )
        trail = self.trail(project)
        self.assertIn("redactie Beerse", trail)
        self.assertIn("redactie Turnhout", trail)
        self.assertIn("Gepubliceerd door", trail)
        self.assertIn("Laatst gewijzigd", trail)
        self.assertIn("eerste publicatie", trail)
        # Organisations, not people; review comments stay inside the admin.
        for private in ("Beerse@", "beerse2", "Partner", "Interne opmerking"):
            self.assertNotIn(private, trail)
        self.assertNotIn("Vosselaar", trail)

    def republish_through_review(self, project, **changes):
        self.edit_project(self.stadsregio, project, submit=True, **changes)
        self.act(self.turnhout_editor, project, "approve")
        self.act(self.stadsregio, project, "approve")

    def test_change_history_shows_only_the_note_written_for_the_public(self):
        project = self.publish_through_review([self.turnhout])
        self.republish_through_review(project, public_change_note="Einddatum toegevoegd.")
        self.republish_through_review(project, intro="Kleine correctie.")
        notes = list(PublicChange.objects.filter(page=project).values_list("note", flat=True))
        self.assertEqual(notes, ["", "Einddatum toegevoegd.", ""])
        trail = self.trail(project)
        self.assertIn("Einddatum toegevoegd.", trail)
        self.assertIn("bijgewerkt", trail)

    def test_an_unpublished_change_note_is_not_public(self):
        project = self.publish_through_review([self.turnhout])
        self.edit_project(self.stadsregio, project, public_change_note="Nog niet publiek.")
        self.assertNotIn("Nog niet publiek.", self.public_html(project))

    def test_an_urgent_publication_names_the_members_without_approval_and_the_reason(self):
        project = self.publish_through_review([self.beerse, self.turnhout])
        self.edit_project(self.stadsregio, project, intro="Rechtstreeks gepubliceerd.")
        self.client.force_login(self.stadsregio)
        response = self.client.post(
            reverse("stadsregio_urgent_publication", args=[project.pk]),
            {"reason": "Foute datum van de infoavond rechtgezet."},
        )
        self.assertEqual(response.status_code, 302)
        trail = self.trail(ProjectPage.objects.get(pk=project.pk))
        # Nobody approved the live text: no approval is shown next to it.
        self.assertNotIn("redactie Beerse", trail)
        self.assertIn("gepubliceerd zonder akkoord van Beerse, Turnhout", trail)
        self.assertIn("Foute datum van de infoavond rechtgezet.", trail)

    def test_a_page_published_without_review_says_so(self):
        project = self.create_project(self.stadsregio, [self.beerse], submit=False, slug="direct")
        # Content published before the review existed (an import).
        with allow_publication_without_approvals("import"):
            project.get_latest_revision().publish()
        self.assertIn(
            "Gepubliceerd zonder goedkeuringsronde",
            self.trail(ProjectPage.objects.get(pk=project.pk)),
        )
