"""Roles, their permissions and the review workflow, set up in code by one idempotent function.

`setup_editorial()` is what `manage.py setup_editorial` and `seed_demo` run. A member added in
the admin gets its editors' group and its place in the review from `ensure_member_group()`,
called when the member is saved: no code change and no command to run.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

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
    # Governance: bodies, mandates, official documents and the site-wide notice.
    *(
        f"cms_stadsregio.{action}_{model}"
        for model in ("governingbody", "mandate", "officialdocument", "alertbanner")
        for action in ("add", "change", "delete")
    ),
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


def member_group_name(member):
    return f"{MEMBER_GROUP_PREFIX}{member.name}"


def _permission(natural_name):
    app_label, codename = natural_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_model_permissions(group, names):
    group.permissions.add(*(_permission(name) for name in names))


def _grant_page_permissions(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )


def _grant_collection_permissions(group, codenames):
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
    from .models import NewsIndexPage, ProjectIndexPage

    return [
        page
        for model in (ProjectIndexPage, NewsIndexPage)
        for page in model.objects.all().order_by("path")
    ]


def _setup_contributor_group(group, page_actions):
    _grant_model_permissions(group, EDITOR_MODEL_PERMISSIONS)
    _grant_collection_permissions(group, EDITOR_COLLECTION_PERMISSIONS)
    for section in shared_sections():
        _grant_page_permissions(group, section, page_actions)


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
    _setup_contributor_group(group, MEMBER_PAGE_PERMISSIONS)
    return group


@transaction.atomic
def setup_editorial():
    """Create or complete the groups, their permissions and the workflow. Safe to run again."""
    from .models import Member
    from .workflows import MemberApprovalTask, PublicationTask

    stadsregio, _created = Group.objects.get_or_create(name=STADSREGIO_GROUP)
    _grant_model_permissions(stadsregio, STADSREGIO_MODEL_PERMISSIONS)
    _grant_collection_permissions(stadsregio, STADSREGIO_COLLECTION_PERMISSIONS)
    for home in Page.objects.filter(depth=2):
        _grant_page_permissions(stadsregio, home, STADSREGIO_PAGE_PERMISSIONS)

    partners, _created = Group.objects.get_or_create(name=PARTNERS_GROUP)
    _setup_contributor_group(partners, PARTNER_PAGE_PERMISSIONS)

    for member in Member.objects.all():
        ensure_member_group(member)

    member_task = MemberApprovalTask.objects.filter(name=MEMBER_TASK_NAME).first()
    if member_task is None:
        member_task = MemberApprovalTask.objects.create(name=MEMBER_TASK_NAME)
    publish_task = PublicationTask.objects.filter(name=PUBLISH_TASK_NAME).first()
    if publish_task is None:
        publish_task = PublicationTask.objects.create(name=PUBLISH_TASK_NAME)
        # A database set up before the publication step had its own task type kept a plain
        # group approval task of that name: it leaves the workflow.
        GroupApprovalTask.objects.filter(name=PUBLISH_TASK_NAME).exclude(pk=publish_task.pk).update(
            active=False, name=f"{PUBLISH_TASK_NAME} (oud)"
        )
    publish_task.groups.add(stadsregio)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.filter(workflow=workflow).exclude(
        task__in=[member_task, publish_task]
    ).delete()
    for order, task in enumerate((member_task, publish_task)):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    for section in shared_sections():
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
    return {
        "groups": [stadsregio, partners, *Group.objects.filter(member__isnull=False)],
        "workflow": workflow,
    }
