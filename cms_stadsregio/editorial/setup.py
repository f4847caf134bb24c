"""Roles, their permissions and the review workflow, set up in code by one idempotent function:
what `manage.py setup_editorial` and `seed_demo` run."""

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from cms_stadsregio.content.models import Member
from cms_stadsregio.editorial.roles import (
    MEMBER_TASK_NAME,
    PARTNER_PAGE_PERMISSIONS,
    PARTNERS_GROUP,
    PUBLISH_TASK_NAME,
    STADSREGIO_COLLECTION_PERMISSIONS,
    STADSREGIO_GROUP,
    STADSREGIO_MODEL_PERMISSIONS,
    STADSREGIO_PAGE_PERMISSIONS,
    WORKFLOW_NAME,
    ensure_member_group,
    grant_collection_permissions,
    grant_model_permissions,
    grant_page_permissions,
    setup_contributor_group,
    shared_sections,
)
from cms_stadsregio.editorial.workflows import MemberApprovalTask, PublicationTask


@transaction.atomic
def setup_editorial():
    """Create or complete the groups, their permissions and the workflow. Safe to run again."""
    stadsregio, _created = Group.objects.get_or_create(name=STADSREGIO_GROUP)
    grant_model_permissions(stadsregio, STADSREGIO_MODEL_PERMISSIONS)
    grant_collection_permissions(stadsregio, STADSREGIO_COLLECTION_PERMISSIONS)
    for home in Page.objects.filter(depth=2):
        grant_page_permissions(stadsregio, home, STADSREGIO_PAGE_PERMISSIONS)

    partners, _created = Group.objects.get_or_create(name=PARTNERS_GROUP)
    setup_contributor_group(partners, PARTNER_PAGE_PERMISSIONS)

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
