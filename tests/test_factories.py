"""Every page type of our apps has a factory (content, governance, home), and each factory makes a
live page where the page type may be."""

import inspect

from wagtail.models import get_page_models

import pytest
import wagtail_factories

from cms_stadsregio.content import factories as content_factories
from cms_stadsregio.content.models import Member, ProjectPage
from cms_stadsregio.governance import factories as governance_factories
from home import factories as home_factories

FACTORY_MODULES = (content_factories, governance_factories, home_factories)
OUR_APPS = {"home", "cms_stadsregio", "stadsregio_governance"}


def our_page_models():
    return {model for model in get_page_models() if model._meta.app_label in OUR_APPS}


def page_factories():
    return {
        obj
        for module in FACTORY_MODULES
        for _name, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, wagtail_factories.PageFactory)
        and obj._meta.model
        and obj._meta.model._meta.app_label in OUR_APPS
    }


def test_every_page_model_has_a_factory():
    missing = our_page_models() - {factory._meta.model for factory in page_factories()}
    assert not missing, f"page models without a factory: {sorted(m.__name__ for m in missing)}"


def test_our_page_models_are_found():
    # Guards the test above against silently comparing two empty sets.
    assert len(our_page_models()) >= 15


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_factory", sorted(page_factories(), key=lambda f: f.__name__), ids=lambda f: f.__name__
)
def test_factory_creates_a_live_page_in_a_valid_place(page_factory):
    page = page_factory()
    page.refresh_from_db()
    assert page.live
    parent = page.get_parent().specific
    assert page.can_exist_under(parent)


@pytest.mark.django_db
def test_project_factory_sets_a_member_by_default():
    project = content_factories.ProjectPageFactory()
    project = ProjectPage.objects.get(pk=project.pk)
    assert list(project.members.all()) == [Member.objects.get()]
