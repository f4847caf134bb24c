"""Beoordelingen in cijfers: the public figure of the reviews, with one level more for editors.

The admin screen shows, for a year, the same table per member as /transparantie/
(`reviews_per_member`) and beneath it one row per member decision: the page (linking to its
editor), the member, when the round started, when the member decided or how long it has been
waiting, the decision, the days it took and the renewals; slowest first.

Unlike the public figure the rows include drafts and pages that are not live or not public:
editors see them in the admin anyway. A decision belongs to the year it was taken; an approval
carried over from an earlier round is not a decision of this round (as in the public figure). A
decision still open in a round in progress (not yet taken, or an approval gone stale) is waiting
now, so it is listed with this year and with all years, with the time waited so far.

Who sees which rows: the Stadsregio redactie (and superusers) every row; a member's editors the
rows of their own members only (an editor of several members sees those of each of them).
Partners and other users do not see the screen. The rows are read in a fixed number of queries,
whatever their number.
"""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.models import Page, TaskState

from cms_stadsregio.content.figures import ALL_YEARS, Period, today, years_since
from cms_stadsregio.content.models import Member
from cms_stadsregio.editorial.figures import (
    SECONDS_PER_DAY,
    first_decision_day,
    reviews_per_member,
)
from cms_stadsregio.editorial.roles import is_stadsregio_editor, user_member_ids
from cms_stadsregio.editorial.workflows import MemberDecision


def visible_member_ids(user):
    """The members whose rows this user sees: None for every member, or a set of ids."""
    if is_stadsregio_editor(user):
        return None
    return user_member_ids(user)


def may_see_review_figures(user):
    return is_stadsregio_editor(user) or bool(user_member_ids(user))


def years():
    """Every year with decisions, newest first: from the first decision to this year."""
    first = first_decision_day()
    return years_since(first.year if first else None)


# The rows ------------------------------------------------------------------------------------


def _waiting():
    """Q: the decision is open in a round in progress (not taken, or an approval gone stale)."""
    return Q(task_state__status=TaskState.STATUS_IN_PROGRESS) & ~Q(
        decision=MemberDecision.Decision.APPROVED,
        content_fingerprint=F("task_state__content_fingerprint"),
    )


def decision_rows(period, member_ids=None):
    """One dict per member decision of the period, slowest first (see the module's docstring).

    `member_ids`: only the decisions of these members (None: every member). Three queries.
    """
    decided = Q(
        decided_at__isnull=False, decided_at__gte=F("task_state__started_at")
    ) & period.in_year("decided_at")
    wanted = decided & ~_waiting()
    if period.year is None or period.year == today().year:
        wanted |= _waiting()
    decisions = MemberDecision.objects.filter(
        wanted,
        task_state__workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
    ).select_related("member", "task_state")
    if member_ids is not None:
        decisions = decisions.filter(member_id__in=member_ids)
    decisions = list(decisions.annotate(page_key=F("task_state__workflow_state__object_id")))
    pages = Page.objects.filter(pk__in={int(d.page_key) for d in decisions}).only(
        "pk", "title", "draft_title"
    )
    pages = {str(page.pk): page for page in pages}
    now = timezone.now()
    rows = []
    for decision in decisions:
        page = pages.get(decision.page_key)
        if page is None:
            continue
        task_state = decision.task_state
        state = decision.state_for(task_state.content_fingerprint)
        waiting = task_state.status == TaskState.STATUS_IN_PROGRESS and state != "approved"
        since = (decision.stale_since if state == "stale" else None) or task_state.started_at
        end = now if waiting else decision.decided_at
        rows.append(
            {
                "page": page,
                "member": decision.member,
                "started_at": task_state.started_at,
                "decided_at": None if waiting else decision.decided_at,
                "waiting": waiting,
                "state": state,
                "label": MemberDecision.STATE_LABELS[state],
                "days": (end - since).total_seconds() / SECONDS_PER_DAY,
                "renewals": decision.renewals,
            }
        )
    rows.sort(key=lambda row: (-row["days"], row["page"].draft_title, row["member"].name))
    return rows


# The screen ----------------------------------------------------------------------------------


class ReviewFiguresFilterForm(forms.Form):
    jaar = forms.ChoiceField(label=_("Jaar"), required=False)
    gemeente = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Member.objects.none(),
        required=False,
        empty_label=_("Alle gemeenten"),
    )

    def __init__(self, *args, years, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [(str(year), str(year)) for year in years] + [
            (ALL_YEARS, _("Alle jaren"))
        ]
        self.fields["gemeente"].queryset = members


def review_figures_view(request):
    user = request.user
    if not may_see_review_figures(user):
        raise PermissionDenied
    member_ids = visible_member_ids(user)
    members = Member.objects.order_by("name")
    if member_ids is not None:
        members = members.filter(pk__in=member_ids)
    year_list = years()
    form = ReviewFiguresFilterForm(request.GET, years=year_list, members=members)
    form.is_valid()
    chosen_year = form.cleaned_data.get("jaar")
    if not chosen_year:
        chosen_year = str(year_list[0])
        if request.GET.get("jaar"):
            messages.warning(
                request,
                gettext("Voor dat jaar zijn er geen cijfers. Je ziet de cijfers van %(year)s.")
                % {"year": chosen_year},
            )
    member = form.cleaned_data.get("gemeente")
    if member is None and request.GET.get("gemeente"):
        messages.warning(request, gettext("Die gemeente kan je niet kiezen. Je ziet ze allemaal."))
    period = Period(None if chosen_year == ALL_YEARS else int(chosen_year))
    rows = decision_rows(period, [member.pk] if member else member_ids)
    # The form again, with what is shown now (a wrong value gives way to the default).
    form = ReviewFiguresFilterForm(
        {"jaar": chosen_year, "gemeente": member.pk if member else ""},
        years=year_list,
        members=members,
    )
    return TemplateResponse(
        request,
        "stadsregio_editorial/admin/review_figures.html",
        {
            "form": form,
            "period": period,
            "table": reviews_per_member(period),
            "rows": rows,
            "member": member,
            "sees_all": member_ids is None,
        },
    )


class ReviewFiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_review_figures(request.user)


def review_figures_menu_item():
    """In "Rapporten", between Wagtail's reports of workflows and of workflow tasks."""
    return ReviewFiguresMenuItem(
        _("Beoordelingen in cijfers"),
        reverse("stadsregio_review_figures"),
        name="review-figures",
        icon_name="table",
        order=850,
    )
