from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """`seed_demo` and its content: data, not product code."""

    name = "cms_stadsregio.demo"
    label = "stadsregio_demo"
    verbose_name = _("Demo-inhoud")
