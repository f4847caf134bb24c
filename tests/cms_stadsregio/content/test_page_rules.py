from wagtail.test.utils import WagtailPageTestCase

from cms_stadsregio.content.models import (
    DomainIndexPage,
    DomainPage,
    FiguresPage,
    MemberIndexPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
)
from home.models import HomePage


class PageTreeRulesTests(WagtailPageTestCase):
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

    def test_figures(self):
        self.assertAllowedParentPageTypes(FiguresPage, {HomePage})
        self.assertAllowedSubpageTypes(FiguresPage, set())

    def test_singletons(self):
        models = (HomePage, DomainIndexPage, ProjectIndexPage, NewsIndexPage, MemberIndexPage)
        for model in (*models, FiguresPage):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count, 1)
