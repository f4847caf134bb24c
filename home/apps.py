from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Startpagina")
    default_auto_field = "django.db.models.BigAutoField"
    public_content = True
