from django.test import override_settings

import pytest


@pytest.fixture(autouse=True, scope="session")
def _media_root(tmp_path_factory):
    """Uploaded images and their renditions go to a fresh folder outside the work tree."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: the database (and so the content version, which keys
    every cached page and fragment) is rolled back between tests, the local-memory cache is not."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()
    yield


@pytest.fixture(scope="session")
def seeded_demo(tmp_path_factory):
    """The demo site in a database of its own, seeded once per session; tests use a copy of it
    (tests.demo_database.copy_of) when they run the site in other processes."""
    from tests.demo_database import seeded_demo_database

    with seeded_demo_database(tmp_path_factory.mktemp("seeded-demo")) as demo:
        yield demo
