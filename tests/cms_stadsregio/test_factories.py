import inspect

from wagtail.models import get_page_models

import pytest

from cms_stadsregio import factories
from cms_stadsregio.models import Member, ProjectPage

OUR_APPS = {"home", "cms_stadsregio"}


def our_page_models():
    return {model for model in get_page_models() if model._meta.app_label in OUR_APPS}


def factory_models():
    return {
        obj._meta.model
        for _name, obj in inspect.getmembers(factories, inspect.isclass)
        if issubclass(obj, factories.wagtail_factories.PageFactory) and obj._meta.model
    }


def test_every_page_model_has_a_factory():
    missing = our_page_models() - factory_models()
    assert not missing, f"page models without a factory: {sorted(m.__name__ for m in missing)}"


def test_our_page_models_are_found():
    # Guards the test above against silently comparing two empty sets.
    assert len(our_page_models()) >= 9


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_factory",
    [
        obj
        for _name, obj in inspect.getmembers(factories, inspect.isclass)
        if issubclass(obj, factories.wagtail_factories.PageFactory)
        and obj._meta.model
        and obj._meta.model._meta.app_label in OUR_APPS
    ],
    ids=lambda f: f.__name__,
)
def test_factory_creates_a_live_page_in_a_valid_place(page_factory):
    page = page_factory()
    page.refresh_from_db()
    assert page.live
    parent = page.get_parent().specific
    assert page.can_exist_under(parent)


@pytest.mark.django_db
def test_project_factory_sets_a_member_by_default():
    project = factories.ProjectPageFactory()
    project = ProjectPage.objects.get(pk=project.pk)
    assert list(project.members.all()) == [Member.objects.get()]
