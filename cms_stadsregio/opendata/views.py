"""robots.txt and the CSV export of the projects."""

import csv
from collections import defaultdict

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from wagtail.models import Site

from cms_stadsregio.content.models import (
    ProjectIndexPage,
    ProjectPage,
    ProjectPageTag,
    ProjectStatus,
)
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
    projects = filters.qs.order_by("-start_date", "title")
    relations = _project_relations(projects.values("pk"))
    statuses = dict(ProjectStatus.choices)
    # Every project is a child of the index: its address is the index's and its slug.
    index_url = index.get_full_url(request)

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="projecten.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(column) for column in EXPORT_COLUMNS])
    for row in projects.values(*PROJECT_COLUMNS):
        pk = row["pk"]
        members = relations["members"].get(pk, [])
        writer.writerow(
            [
                _cell(row["title"]),
                f"{index_url}{row['slug']}/",
                statuses.get(row["status"], row["status"]),
                row["start_date"].isoformat(),
                row["end_date"].isoformat() if row["end_date"] else "",
                _cell(", ".join(relations["domains"].get(pk, []))),
                _cell(", ".join(name for name, _nis in members)),
                ", ".join(nis for _name, nis in members),
                _cell(", ".join(relations["roles"].get(pk, []))),
                _cell(", ".join(relations["partners"].get(pk, []))),
                _cell(", ".join(sorted(relations["tags"].get(pk, [])))),
                _decimal(row["budget"]),
                _cell(row["funding"]),
                _cell(row["intro"]),
                row["last_published_at"].isoformat() if row["last_published_at"] else "",
            ]
        )
    return response


PROJECT_COLUMNS = (
    "pk",
    "title",
    "slug",
    "status",
    "start_date",
    "end_date",
    "budget",
    "funding",
    "intro",
    "last_published_at",
)


def _project_relations(project_ids):
    """{relation: {project id: [value, ...]}} for the export: one query per relation, rows of
    values rather than model instances (thousands of projects stay well under a second)."""

    def rows(name, *columns, order=(), where=None):
        field = ProjectPage._meta.get_field(name)
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        queryset = field.remote_field.through.objects.filter(**{f"{source}__in": project_ids})
        if where is not None:
            queryset = where(queryset, target)
        queryset = queryset.order_by(*(f"{target}__{column}" for column in order))
        result = defaultdict(list)
        for project_id, *values in queryset.values_list(
            f"{source}_id", *(f"{target}__{column}" for column in columns)
        ):
            result[project_id].append(values[0] if len(values) == 1 else tuple(values))
        return result

    def live_public(queryset, target):
        # A draft or private domain does not show up on a public project through its relation.
        return exclude_private(queryset.filter(**{f"{target}__live": True}), f"{target}__path")

    tags = defaultdict(list)
    for project_id, name in ProjectPageTag.objects.filter(
        content_object_id__in=project_ids
    ).values_list("content_object_id", "tag__name"):
        tags[project_id].append(name)
    return {
        "domains": rows("domains", "title", order=("path",), where=live_public),
        "members": rows("members", "name", "nis_code", order=("name",)),
        "roles": rows("roles", "name", order=("sort_order", "name")),
        "partners": rows("partners", "name", order=("name",)),
        "tags": tags,
    }
