"""Models of the Stadsregio plugin; import them from here."""

# The review task's models live beside the workflow logic; Django finds them through this import.
from ..transparency import PublicChange, UrgentPublication
from ..workflows import (
    MemberApprovalTask,
    MemberApprovalTaskState,
    MemberDecision,
    PublicationTask,
)
from .accessibility import AccessibilityIssue, AccessibilityStatementPage, ComplianceStatus
from .alerts import AlertBanner
from .base import BasePage
from .content_version import ContentVersion
from .document_requests import DocumentRequestFormField, DocumentRequestPage
from .documents import OfficialDocument, OfficialDocumentIndexPage, OfficialDocumentVersion
from .domains import DomainIndexPage, DomainPage
from .governance import GovernancePage, GoverningBody, Mandate, MandateRole, Seat
from .images import StadsregioImage, StadsregioRendition
from .meetings import AgendaItem, DecisionOutcome, MeetingDocument, MeetingIndexPage, MeetingPage
from .members import MemberIndexPage
from .news import NewsIndexPage, NewsPage, NewsPageTag, NewsRelatedProject
from .organisation import Member, OrganisationSettings, PartnerOrganisation, Person, ProjectRole
from .pages import StandardPage
from .projects import (
    ProjectIndexPage,
    ProjectPage,
    ProjectPageTag,
    ProjectRelatedProject,
    ProjectStatus,
)

__all__ = [
    "AccessibilityIssue",
    "AccessibilityStatementPage",
    "AgendaItem",
    "AlertBanner",
    "BasePage",
    "ComplianceStatus",
    "ContentVersion",
    "DecisionOutcome",
    "DocumentRequestFormField",
    "DocumentRequestPage",
    "DomainIndexPage",
    "DomainPage",
    "GovernancePage",
    "GoverningBody",
    "Mandate",
    "MandateRole",
    "MeetingDocument",
    "MeetingIndexPage",
    "MeetingPage",
    "Member",
    "MemberApprovalTask",
    "MemberApprovalTaskState",
    "MemberDecision",
    "MemberIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsRelatedProject",
    "OfficialDocument",
    "OfficialDocumentIndexPage",
    "OfficialDocumentVersion",
    "OrganisationSettings",
    "PartnerOrganisation",
    "Person",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageTag",
    "ProjectRelatedProject",
    "ProjectRole",
    "ProjectStatus",
    "PublicChange",
    "PublicationTask",
    "Seat",
    "StadsregioImage",
    "StadsregioRendition",
    "StandardPage",
    "UrgentPublication",
]
