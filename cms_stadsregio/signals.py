from django.db.models.signals import post_save


def member_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from .editorial import ensure_member_group

    ensure_member_group(instance)


def register_signal_handlers():
    from wagtail.signals import page_published

    from .caching import register_signal_handlers as register_cache_handlers
    from .models import Member
    from .transparency import record_public_change
    from .workflows import register_signal_handlers as register_workflow_handlers

    post_save.connect(member_saved, sender=Member, dispatch_uid="stadsregio_member_group")
    page_published.connect(record_public_change, dispatch_uid="stadsregio_public_change")
    register_workflow_handlers()
    register_cache_handlers()
