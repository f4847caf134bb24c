from wagtail.test.utils import WagtailPageTestCase

from cms_stadsregio.governance.models import (
    AccessibilityStatementPage,
    DocumentRequestPage,
    GovernancePage,
    MeetingIndexPage,
    MeetingPage,
    OfficialDocumentIndexPage,
)
from home.models import HomePage


class GovernancePageTreeRulesTests(WagtailPageTestCase):
    def test_governance(self):
        self.assertAllowedParentPageTypes(GovernancePage, {HomePage})
        self.assertAllowedSubpageTypes(
            GovernancePage, {MeetingIndexPage, OfficialDocumentIndexPage}
        )
        self.assertAllowedParentPageTypes(MeetingIndexPage, {GovernancePage})
        self.assertAllowedSubpageTypes(MeetingIndexPage, {MeetingPage})
        self.assertAllowedParentPageTypes(MeetingPage, {MeetingIndexPage})
        self.assertAllowedSubpageTypes(MeetingPage, set())
        self.assertAllowedParentPageTypes(OfficialDocumentIndexPage, {GovernancePage})
        self.assertAllowedSubpageTypes(OfficialDocumentIndexPage, set())

    def test_legal_pages(self):
        for model in (AccessibilityStatementPage, DocumentRequestPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
                self.assertAllowedSubpageTypes(model, set())

    def test_governance_singletons(self):
        for model in (
            GovernancePage,
            MeetingIndexPage,
            OfficialDocumentIndexPage,
            AccessibilityStatementPage,
            DocumentRequestPage,
        ):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count, 1)
