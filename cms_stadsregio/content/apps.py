from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """Pages, members, people, partners, roles, settings, blocks and images: the bottom layer.

    Its label stays the package's name, so that the API's type names
    (`cms_stadsregio.ProjectPage`), the tables and the permission code names stay as they were.
    """

    name = "cms_stadsregio.content"
    label = "cms_stadsregio"
    verbose_name = _("Stadsregio")
    default_auto_field = "django.db.models.BigAutoField"
    # The public sees its rows: saving one invalidates the caches (cms_stadsregio/caching).
    public_content = True
    private_models = {"stadsregiorendition"}

    def ready(self):
        from cms_stadsregio.caching.middleware import register_scheduled_change
        from cms_stadsregio.content import checks  # noqa: F401 (registers the checks)
        from cms_stadsregio.content.models import AlertBanner
        from cms_stadsregio.content.spreadsheets import neutralise_admin_exports
        from cms_stadsregio.content.uploads import limit_decoded_pixels

        limit_decoded_pixels()
        neutralise_admin_exports()
        register_scheduled_change(AlertBanner.objects.next_change_after)
