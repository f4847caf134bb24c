"""How the review's steps read in a page's history (Wagtail's log actions)."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter


def register_review_log_actions(actions):
    def members(data):
        return ", ".join(data.get("members") or [])

    @actions.register_action("stadsregio.member_approve")
    class MemberApprove(LogFormatter):
        label = _("Goedgekeurd door gemeente")

        def format_message(self, log_entry):
            return _("Goedgekeurd voor %(members)s") % {"members": members(log_entry.data)}

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("stadsregio.member_reject")
    class MemberReject(LogFormatter):
        label = _("Wijzigingen gevraagd door gemeente")

        def format_message(self, log_entry):
            return _("Wijzigingen gevraagd voor %(members)s") % {"members": members(log_entry.data)}

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("stadsregio.approval_stale")
    class ApprovalStale(LogFormatter):
        label = _("Akkoord verouderd")

        def format_message(self, log_entry):
            return _("De tekst veranderde na het akkoord van %(members)s: opnieuw te bekijken") % {
                "members": members(log_entry.data)
            }

    @actions.register_action("stadsregio.back_to_members")
    class BackToMembers(LogFormatter):
        label = _("Terug naar de gemeenten")

        def format_message(self, log_entry):
            return _(
                "De tekst veranderde tijdens de publicatiestap: terug naar de gemeenten "
                "(%(members)s)"
            ) % {"members": members(log_entry.data)}

    @actions.register_action("stadsregio.urgent_publish")
    class UrgentPublish(LogFormatter):
        label = _("Spoedpublicatie")

        def format_message(self, log_entry):
            return _("Gepubliceerd zonder akkoord van %(members)s") % {
                "members": members(log_entry.data)
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")
