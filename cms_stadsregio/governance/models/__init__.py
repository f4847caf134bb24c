"""Governance's models: bodies and mandates, meetings and decisions, official documents, the
accessibility statement and document requests."""

from cms_stadsregio.governance.models.accessibility import (
    AccessibilityIssue,
    AccessibilityStatementPage,
    ComplianceStatus,
)
from cms_stadsregio.governance.models.agenda import AgendaItem, DecisionOutcome, MeetingDocument
from cms_stadsregio.governance.models.bodies import (
    GovernancePage,
    GoverningBody,
    Mandate,
    MandateRole,
    Seat,
)
from cms_stadsregio.governance.models.document_requests import (
    DocumentRequestFormField,
    DocumentRequestPage,
)
from cms_stadsregio.governance.models.documents import (
    OfficialDocument,
    OfficialDocumentIndexPage,
    OfficialDocumentVersion,
)
from cms_stadsregio.governance.models.meetings import MeetingIndexPage, MeetingPage
from cms_stadsregio.governance.models.records import (
    DecisionListPublication,
    DocumentRequest,
    RequestOutcome,
)

__all__ = [
    "AccessibilityIssue",
    "AccessibilityStatementPage",
    "AgendaItem",
    "ComplianceStatus",
    "DecisionListPublication",
    "DecisionOutcome",
    "DocumentRequest",
    "DocumentRequestFormField",
    "DocumentRequestPage",
    "GovernancePage",
    "GoverningBody",
    "Mandate",
    "MandateRole",
    "MeetingDocument",
    "MeetingIndexPage",
    "MeetingPage",
    "OfficialDocument",
    "OfficialDocumentIndexPage",
    "OfficialDocumentVersion",
    "RequestOutcome",
    "Seat",
]
