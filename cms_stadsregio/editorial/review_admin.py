"""Admin screens of the co-ownership review: the urgent publication and the review overviews."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import log
from wagtail.models import Page, TaskState

from cms_stadsregio.content.models import CoOwnedPage, Member
from cms_stadsregio.editorial.fingerprints import members_in_content, revision_fingerprint
from cms_stadsregio.editorial.notifications import notify_members
from cms_stadsregio.editorial.publication import allow_publication_without_approvals
from cms_stadsregio.editorial.roles import is_stadsregio_editor
from cms_stadsregio.editorial.transparency import UrgentPublication
from cms_stadsregio.editorial.workflows import missing_approvals


def may_publish_urgently(user, page):
    """Only the Stadsregio redactie, with Wagtail's publish permission on the page."""
    if not isinstance(page, CoOwnedPage) or not is_stadsregio_editor(user):
        return False
    return page.permissions_for_user(user).can_publish_ignoring_approvals()


class UrgentPublicationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van de spoedpublicatie"),
        min_length=10,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Verschijnt op de publieke pagina naast de gemeenten die geen akkoord gaven, en in "
            "de mail aan hun redacties. Schrijf voor het publiek."
        ),
    )


def urgent_publication_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_publish_urgently(request.user, page):
        raise PermissionDenied
    revision = page.get_latest_revision()
    missing = list(Member.objects.filter(pk__in=missing_approvals(revision)).order_by("name"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not missing:
        messages.info(
            request,
            _("Alle betrokken gemeenten keurden deze versie goed: publiceer ze gewoon."),
        )
        return redirect(edit_url)
    form = UrgentPublicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        with transaction.atomic(), allow_publication_without_approvals(reason):
            record = UrgentPublication.objects.create(
                page=page,
                revision=revision,
                content_fingerprint=revision_fingerprint(revision),
                user=request.user,
                reason=reason,
            )
            record.missing_members.set(missing)
            PublishPageRevisionAction(revision, user=request.user).execute(
                skip_permission_checks=True
            )
            log(
                instance=page,
                action="stadsregio.urgent_publish",
                user=request.user,
                revision=revision,
                data={"reason": reason, "members": [m.name for m in missing]},
            )
            page = page.specific_class.objects.get(pk=page.pk)
            transaction.on_commit(
                lambda: notify_members(
                    "urgent",
                    page,
                    members_in_content(revision.content),
                    exclude=[request.user.pk],
                    extra={"reason": reason, "missing": missing},
                )
            )
        messages.success(
            request,
            _("'%(title)s' is gepubliceerd als spoedpublicatie, zonder akkoord van %(members)s.")
            % {"title": page.title, "members": ", ".join(m.name for m in missing)},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "stadsregio_editorial/admin/urgent_publication.html",
        {"page": page, "form": form, "missing": missing, "edit_url": edit_url},
    )


class UrgentPublicationMenuItem(ActionMenuItem):
    """'Spoedpublicatie…' in the editor's action menu: only where 'Publiceren' is not offered."""

    label = _("Spoedpublicatie…")
    name = "action-urgent-publication"
    icon_name = "warning"
    order = 45

    def is_shown(self, context):
        if context["view"] != "edit" or context["locked_for_user"]:
            return False
        page = context["page"]
        user = context["request"].user
        return may_publish_urgently(user, page) and bool(
            missing_approvals(page.get_latest_revision())
        )

    def get_url(self, parent_context):
        return reverse("stadsregio_urgent_publication", args=[parent_context["page"].pk])


# Deciding from the page listing ----------------------------------------------------------------


class ReviewDecisionForm(forms.Form):
    comment = forms.CharField(
        label=_("Opmerking"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, comment_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        if comment_required:
            self.fields["comment"].required = True
            self.fields["comment"].help_text = _(
                "Zeg wat er moet veranderen; de auteur krijgt je opmerking per mail."
            )


def review_decision_view(request, page_id, action):
    """Approve or ask for changes from the page listing: a page of its own, no script needed."""
    page = get_object_or_404(Page, pk=page_id).specific
    task = page.current_workflow_task
    task_state = page.current_workflow_task_state
    actions = {}
    if task is not None:
        actions = {name: label for name, label, _modal in task.get_actions(page, request.user)}
    if action not in ("approve", "reject") or action not in actions:
        raise PermissionDenied
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = ""
    form = ReviewDecisionForm(request.POST or None, comment_required=action == "reject")
    if request.method == "POST" and form.is_valid():
        task.on_action(task_state, request.user, action, comment=form.cleaned_data["comment"])
        return redirect(next_url or reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    return TemplateResponse(
        request,
        "stadsregio_editorial/admin/review_decision.html",
        {
            "page": page,
            "form": form,
            "action": action,
            "label": actions[action],
            "next": next_url,
            "task": task,
        },
    )


def pages_awaiting(user):
    """Ids of the pages whose current step waits for this user (memoised on the user object)."""
    cache_attr = "_stadsregio_pages_awaiting"
    if not hasattr(user, cache_attr):
        states = TaskState.objects.reviewable_by(user).values_list(
            "workflow_state__object_id", flat=True
        )
        setattr(user, cache_attr, {int(pk) for pk in states})
    return getattr(user, cache_attr)


def _decision_url(page, action, next_url):
    url = reverse("stadsregio_review_decision", args=[page.pk, action])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def review_listing_buttons(page, user, next_url=None):
    """'Goedkeuren…' and 'Wijzigingen vragen…' in the page listing, where this user may decide."""
    if page.pk not in pages_awaiting(user):
        return
    page = page.specific_deferred
    task = page.current_workflow_task
    if task is None:
        return
    names = {name for name, _label, _modal in task.get_actions(page, user)}
    labels = {"approve": _("Goedkeuren…"), "reject": _("Wijzigingen vragen…")}
    icons = {"approve": "success", "reject": "warning"}
    for action in ("approve", "reject"):
        if action in names:
            yield PageMenuItem(
                labels[action],
                url=_decision_url(page, action, next_url),
                icon_name=icons[action],
                priority=1,
                page=page,
                next_url=next_url,
            )


def refuse_publication_without_approvals(request, page):
    """The editor's "Publiceren" after an edit: the new text needs the members first.

    The edit is already saved as a draft; the editor is told why it did not go live instead of
    meeting the model's refusal as an error page.
    """
    if not isinstance(page, CoOwnedPage):
        return None
    missing = missing_approvals(page.get_latest_revision())
    if not missing:
        return None
    names = ", ".join(Member.objects.filter(pk__in=missing).values_list("name", flat=True))
    messages.error(
        request,
        _(
            "Niet gepubliceerd: %(members)s gaf nog geen akkoord voor deze tekst. Je wijzigingen "
            "zijn bewaard als concept; stuur de pagina door ter goedkeuring."
        )
        % {"members": names},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
