"""Roles: the groups of the Stadsregio, of each member and of partners, and their permissions.

A member added in the admin gets its editors' group and its place in the review from
`ensure_member_group()`, called when the member is saved: no code change and no command to run.
The whole set-up is `setup_editorial()` (cms_stadsregio/editorial/setup.py).
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
)

from cms_stadsregio.content.models import NewsIndexPage, ProjectIndexPage

STADSREGIO_GROUP = "Stadsregio redactie"
PARTNERS_GROUP = "Partners"
MEMBER_GROUP_PREFIX = "Redactie "
WORKFLOW_NAME = "Gedeelde goedkeuring"
MEMBER_TASK_NAME = "Akkoord betrokken gemeenten"
PUBLISH_TASK_NAME = "Publicatie Stadsregio"

STADSREGIO_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MEMBER_PAGE_PERMISSIONS = ("add", "change", "lock")
# Wagtail's "add" lets a user create pages and edit the ones they own: a partner's drafts.
PARTNER_PAGE_PERMISSIONS = ("add",)

STADSREGIO_MODEL_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "cms_stadsregio.add_member",
    "cms_stadsregio.change_member",
    "cms_stadsregio.add_person",
    "cms_stadsregio.change_person",
    "cms_stadsregio.delete_person",
    "cms_stadsregio.add_partnerorganisation",
    "cms_stadsregio.change_partnerorganisation",
    "cms_stadsregio.delete_partnerorganisation",
    "cms_stadsregio.add_projectrole",
    "cms_stadsregio.change_projectrole",
    "cms_stadsregio.change_organisationsettings",
    *(f"cms_stadsregio.{action}_alertbanner" for action in ("add", "change", "delete")),
    # Governance (when installed): bodies, mandates and official documents, and the register of
    # document requests (kept whole: its entries are never deleted).
    *(
        f"stadsregio_governance.{action}_{model}"
        for model in ("governingbody", "mandate", "officialdocument")
        for action in ("add", "change", "delete")
    ),
    "stadsregio_governance.add_documentrequest",
    "stadsregio_governance.change_documentrequest",
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
)
EDITOR_MODEL_PERMISSIONS = ("wagtailadmin.access_admin",)

STADSREGIO_COLLECTION_PERMISSIONS = (
    "add_image",
    "change_image",
    "delete_image",
    "choose_image",
    "add_document",
    "change_document",
    "delete_document",
    "choose_document",
)
EDITOR_COLLECTION_PERMISSIONS = ("add_image", "choose_image", "add_document", "choose_document")


def user_member_ids(user):
    """The members whose editors' group this user is in (memoised on the user object)."""
    if not user.is_authenticated:
        return set()
    return {member for _name, member in _groups_of(user) if member is not None}


def is_stadsregio_editor(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(name == STADSREGIO_GROUP for name, _member in _groups_of(user))


def _groups_of(user):
    """(group name, member id or None) of each group of the user, read once per user object."""
    cache_attr = "_stadsregio_groups"
    if not hasattr(user, cache_attr):
        groups = Group.objects.filter(user=user).values_list("name", "member__pk")
        setattr(user, cache_attr, list(groups))
    return getattr(user, cache_attr)


def member_group_name(member):
    return f"{MEMBER_GROUP_PREFIX}{member.name}"


def _permission(natural_name):
    app_label, codename = natural_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_model_permissions(group, names):
    """The permissions named "app_label.codename"; those of an app left out are skipped."""
    installed = {config.label for config in apps.get_app_configs()}
    group.permissions.add(*(_permission(name) for name in names if name.split(".")[0] in installed))


def grant_page_permissions(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )


def grant_collection_permissions(group, codenames):
    root = Collection.get_first_root_node()
    for codename in codenames:
        app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def shared_sections():
    """The pages under which members and partners write: the project and news overviews."""
    return [
        page
        for model in (ProjectIndexPage, NewsIndexPage)
        for page in model.objects.all().order_by("path")
    ]


def setup_contributor_group(group, page_actions):
    grant_model_permissions(group, EDITOR_MODEL_PERMISSIONS)
    grant_collection_permissions(group, EDITOR_COLLECTION_PERMISSIONS)
    for section in shared_sections():
        grant_page_permissions(group, section, page_actions)


@transaction.atomic
def ensure_member_group(member):
    """The editors' group of one member, with its permissions; renamed along with the member."""
    group = member.editors_group
    name = member_group_name(member)
    if group is None:
        group, _created = Group.objects.get_or_create(name=name)
        type(member).objects.filter(pk=member.pk).update(editors_group=group)
        member.editors_group = group
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    setup_contributor_group(group, MEMBER_PAGE_PERMISSIONS)
    return group
