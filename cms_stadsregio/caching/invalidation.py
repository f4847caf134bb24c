"""Invalidation: the content version changes with every change the public can see.

Pages count when they are published, unpublished, moved or deleted. Other rows count when their
app says the public sees them (`public_content = True` on its AppConfig; `private_models` names
the exceptions), and so do the Wagtail and library models listed here.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save, pre_migrate

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms_stadsregio.caching.cache import bump_content_version

# Models of Wagtail and of libraries whose rows the public sees.
TRACKED_APPS = {"taggit", "wagtaildocs", "wagtailsearchpromotions"}
TRACKED_WAGTAIL_MODELS = {
    ("wagtailcore", "site"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "collectionviewrestriction"),
}

_migrating = False


def _migration_started(**kwargs):
    # Data migrations save pages and settings before the content version's table exists;
    # nothing is cached while the schema changes.
    global _migrating
    _migrating = True


def _migration_finished(**kwargs):
    global _migrating
    _migrating = False


def _page_changed(sender, **kwargs):
    if not _migrating:
        bump_content_version()


def _row_changed(sender, instance=None, raw=False, **kwargs):
    if raw or _migrating:
        return
    meta = sender._meta
    if issubclass(sender, Page):
        # Drafts and autosaves save only some fields of the page's row and change nothing the
        # public sees. A full save of a live page (publishing, copying, a script) or a delete does.
        deleted = kwargs.get("signal") is post_delete
        if deleted or (instance.live and kwargs.get("update_fields") is None):
            bump_content_version()
        return
    if is_public_model(meta.app_label, meta.model_name):
        bump_content_version()


def is_public_model(app_label, model_name):
    if app_label in TRACKED_APPS or (app_label, model_name) in TRACKED_WAGTAIL_MODELS:
        return True
    try:
        config = apps.get_app_config(app_label)
    except LookupError:  # a model outside any app: Django's record of migrations
        return False
    return getattr(config, "public_content", False) and model_name not in getattr(
        config, "private_models", ()
    )


def register_signal_handlers():
    pre_migrate.connect(_migration_started, dispatch_uid="stadsregio_cache_migrating")
    post_migrate.connect(_migration_finished, dispatch_uid="stadsregio_cache_migrated")
    page_published.connect(_page_changed, dispatch_uid="stadsregio_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="stadsregio_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="stadsregio_cache_moved")
    post_save.connect(_row_changed, dispatch_uid="stadsregio_cache_saved")
    post_delete.connect(_row_changed, dispatch_uid="stadsregio_cache_deleted")
