from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The API, the feeds, the CSV export, the sitemap, robots.txt and the redirect import. No
    models. Optional: the site runs without it."""

    name = "cms_stadsregio.opendata"
    label = "stadsregio_opendata"
    verbose_name = _("Open data")
