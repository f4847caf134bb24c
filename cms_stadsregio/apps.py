from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsStadsregioConfig(AppConfig):
    name = "cms_stadsregio"
    label = "cms_stadsregio"
    verbose_name = _("Stadsregio")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signals import register_signal_handlers
        from .spreadsheets import neutralise_admin_exports
        from .uploads import limit_decoded_pixels

        register_signal_handlers()
        limit_decoded_pixels()
        neutralise_admin_exports()
