from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Bodies and mandates, meetings and decisions, official documents, the accessibility
    statement and document requests. Optional: the site runs without it."""

    name = "cms_stadsregio.governance"
    label = "stadsregio_governance"
    verbose_name = _("Bestuur")
    default_auto_field = "django.db.models.BigAutoField"
    public_content = True

    def ready(self):
        from wagtail.signals import page_published

        from cms_stadsregio.governance.signals import meeting_published

        page_published.connect(meeting_published, dispatch_uid="stadsregio_decision_list_published")
