from django.db.models.signals import post_save


def member_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from .editorial import ensure_member_group

    ensure_member_group(instance)


def register_signal_handlers():
    from .models import Member
    from .workflows import register_signal_handlers as register_workflow_handlers

    post_save.connect(member_saved, sender=Member, dispatch_uid="stadsregio_member_group")
    register_workflow_handlers()
