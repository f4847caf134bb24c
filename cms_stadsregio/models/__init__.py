"""Models of the Stadsregio plugin; import them from here."""

# The review task's models live beside the workflow logic; Django finds them through this import.
from ..workflows import MemberApprovalTask, MemberApprovalTaskState, MemberDecision
from .base import BasePage
from .domains import DomainIndexPage, DomainPage
from .images import StadsregioImage, StadsregioRendition
from .members import MemberIndexPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .organisation import Member, OrganisationSettings, PartnerOrganisation, Person, ProjectRole
from .pages import StandardPage
from .projects import ProjectIndexPage, ProjectPage, ProjectPageTag, ProjectStatus

__all__ = [
    "BasePage",
    "DomainIndexPage",
    "DomainPage",
    "Member",
    "MemberApprovalTask",
    "MemberApprovalTaskState",
    "MemberDecision",
    "MemberIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "OrganisationSettings",
    "PartnerOrganisation",
    "Person",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageTag",
    "ProjectRole",
    "ProjectStatus",
    "StadsregioImage",
    "StadsregioRendition",
    "StandardPage",
]
