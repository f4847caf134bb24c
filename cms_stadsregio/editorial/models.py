"""The review's models, defined beside the logic they carry; Django finds them through here."""

from cms_stadsregio.editorial.transparency import PublicChange, UrgentPublication
from cms_stadsregio.editorial.workflows import (
    MemberApprovalTask,
    MemberApprovalTaskState,
    MemberDecision,
    PublicationTask,
)

__all__ = [
    "MemberApprovalTask",
    "MemberApprovalTaskState",
    "MemberDecision",
    "PublicChange",
    "PublicationTask",
    "UrgentPublication",
]
