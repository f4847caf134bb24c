from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """The content version, the page and fragment caches and their invalidation."""

    name = "cms_stadsregio.caching"
    label = "stadsregio_caching"
    verbose_name = _("Caches")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms_stadsregio.caching.invalidation import register_signal_handlers

        register_signal_handlers()
