from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The co-ownership review: its task and decisions, roles, notifications, dashboard panels
    and the public trail."""

    name = "cms_stadsregio.editorial"
    label = "stadsregio_editorial"
    verbose_name = _("Gedeelde redactie")
    default_auto_field = "django.db.models.BigAutoField"
    # The public trail shows its rows, and /transparantie/ counts the members' decisions; the
    # review's own state is never shown as such.
    public_content = True
    private_models = {"memberapprovaltask", "memberapprovaltaskstate"}

    def ready(self):
        from cms_stadsregio.editorial.signals import register_signal_handlers

        register_signal_handlers()
