"""Governance's signal handlers, connected in GovernanceConfig.ready()."""

from cms_stadsregio.governance.models import MeetingPage
from cms_stadsregio.governance.models.records import record_decision_list


def meeting_published(sender, instance, **kwargs):
    """page_published: the first publication of a complete decision list is recorded."""
    if not isinstance(instance, MeetingPage):
        return
    counts = (
        MeetingPage.objects.filter(pk=instance.pk)
        .with_decision_counts()
        .values("item_count", "decision_count")
        .first()
    )
    if counts and counts["item_count"] and counts["decision_count"] == counts["item_count"]:
        record_decision_list(instance)
