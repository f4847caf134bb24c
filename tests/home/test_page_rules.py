from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms_stadsregio.content.models import (
    DomainIndexPage,
    FiguresPage,
    MemberIndexPage,
    NewsIndexPage,
    ProjectIndexPage,
    StandardPage,
)
from cms_stadsregio.governance.models import (
    AccessibilityStatementPage,
    DocumentRequestPage,
    GovernancePage,
)
from home.models import HomePage


class HomePageRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertEqual(HomePage.max_count, 1)

    def test_every_section_that_names_the_home_page_can_be_made_under_it(self):
        """The home page lists no child types: each section names it as its parent, so that a
        section of an optional app appears only when the app is installed."""
        self.assertEqual(
            set(HomePage.creatable_subpage_models()),
            {
                StandardPage,
                DomainIndexPage,
                ProjectIndexPage,
                NewsIndexPage,
                MemberIndexPage,
                FiguresPage,
                GovernancePage,
                AccessibilityStatementPage,
                DocumentRequestPage,
            },
        )
