"""robots.txt and the CSV export of the projects."""

import csv

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from wagtail.models import Site

from cms_stadsregio.content.models import ProjectIndexPage
from cms_stadsregio.content.models.filters import ProjectFilterSet
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.content.spreadsheets import neutralise


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        # Search results are an endless space of pages with nothing the sitemap does not list.
        f"Disallow: {reverse('search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _cell(value):
    return neutralise("" if value is None else str(value))


def _decimal(value):
    # Decimal comma, like the semicolon separator: what a Belgian spreadsheet expects.
    return "" if value is None else f"{value:.2f}".replace(".", ",")


EXPORT_COLUMNS = [
    gettext_lazy("titel"),
    gettext_lazy("webadres"),
    gettext_lazy("status"),
    gettext_lazy("startdatum"),
    gettext_lazy("einddatum"),
    gettext_lazy("thema's"),
    gettext_lazy("gemeenten"),
    gettext_lazy("NIS-codes"),
    gettext_lazy("rol van de Stadsregio"),
    gettext_lazy("partners"),
    gettext_lazy("trefwoorden"),
    gettext_lazy("budget (euro)"),
    gettext_lazy("financiering"),
    gettext_lazy("inleiding"),
    gettext_lazy("laatst gepubliceerd"),
]


@require_safe
def project_export(request):
    """Every live project (with the listing's filters) as CSV: UTF-8 with a byte order mark and
    semicolons, so that a spreadsheet opened on a Belgian computer reads it without asking."""
    site = Site.find_for_request(request)
    indexes = exclude_private(ProjectIndexPage.objects.live())
    if site is not None:
        indexes = indexes.descendant_of(site.root_page, inclusive=True)
    index = indexes.first()
    if index is None:
        raise Http404
    projects = index.live_projects()
    filters = ProjectFilterSet(request.GET, queryset=projects, request=request, cache_key=index.pk)
    if errors := filters.messages():
        text = "\n".join([_("Deze export bestaat niet:"), *(error for _id, error in errors)])
        return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")
    projects = (
        filters.qs.with_relations()
        .prefetch_related("roles", "partners")
        .order_by("-start_date", "title")
    )

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="projecten.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(column) for column in EXPORT_COLUMNS])
    for project in projects:
        members = list(project.members.all())
        writer.writerow(
            [
                _cell(project.title),
                project.get_full_url(request),
                project.get_status_display(),
                project.start_date.isoformat(),
                project.end_date.isoformat() if project.end_date else "",
                _cell(", ".join(domain.title for domain in project.domains.all())),
                _cell(", ".join(member.name for member in members)),
                ", ".join(member.nis_code for member in members),
                _cell(", ".join(role.name for role in project.roles.all())),
                _cell(", ".join(partner.name for partner in project.partners.all())),
                _cell(", ".join(sorted(tag.name for tag in project.tags.all()))),
                _decimal(project.budget),
                _cell(project.funding),
                _cell(project.intro),
                project.last_published_at.isoformat() if project.last_published_at else "",
            ]
        )
    return response
