from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms_stadsregio.models import (
    AccessibilityStatementPage,
    DocumentRequestPage,
    DomainIndexPage,
    DomainPage,
    GovernancePage,
    MeetingIndexPage,
    MeetingPage,
    MemberIndexPage,
    NewsIndexPage,
    NewsPage,
    OfficialDocumentIndexPage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
)
from home.models import HomePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                DomainIndexPage,
                ProjectIndexPage,
                NewsIndexPage,
                MemberIndexPage,
                GovernancePage,
                AccessibilityStatementPage,
                DocumentRequestPage,
            },
        )

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_domains(self):
        self.assertAllowedParentPageTypes(DomainIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(DomainIndexPage, {DomainPage})
        self.assertAllowedParentPageTypes(DomainPage, {DomainIndexPage})
        self.assertAllowedSubpageTypes(DomainPage, set())

    def test_projects(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())

    def test_news(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_members(self):
        self.assertAllowedParentPageTypes(MemberIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(MemberIndexPage, set())

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

    def test_singletons(self):
        for model in (HomePage, DomainIndexPage, ProjectIndexPage, NewsIndexPage, MemberIndexPage):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count, 1)
