"""The content's models: pages, members, people, partners, roles, settings, images, notices."""

from cms_stadsregio.content.models.alerts import AlertBanner
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.co_owned import CoOwnedPage
from cms_stadsregio.content.models.domains import DomainIndexPage, DomainPage
from cms_stadsregio.content.models.figures import FiguresPage
from cms_stadsregio.content.models.images import StadsregioImage, StadsregioRendition
from cms_stadsregio.content.models.indexes import NewsIndexPage, ProjectIndexPage
from cms_stadsregio.content.models.members import MemberIndexPage
from cms_stadsregio.content.models.news import NewsPage, NewsPageTag, NewsRelatedProject
from cms_stadsregio.content.models.organisation import (
    Member,
    OrganisationSettings,
    PartnerOrganisation,
    Person,
    ProjectRole,
)
from cms_stadsregio.content.models.pages import StandardPage
from cms_stadsregio.content.models.projects import (
    ProjectPage,
    ProjectPageTag,
    ProjectRelatedProject,
    ProjectStatus,
)

__all__ = [
    "AlertBanner",
    "BasePage",
    "CoOwnedPage",
    "DomainIndexPage",
    "DomainPage",
    "FiguresPage",
    "Member",
    "MemberIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsRelatedProject",
    "OrganisationSettings",
    "PartnerOrganisation",
    "Person",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageTag",
    "ProjectRelatedProject",
    "ProjectRole",
    "ProjectStatus",
    "StadsregioImage",
    "StadsregioRendition",
    "StandardPage",
]
