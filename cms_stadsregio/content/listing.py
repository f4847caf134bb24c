"""Pagination shared by the listings: `pagina` as in the public URL contract."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _

PAGE_PARAM = "pagina"


# What paginate() puts in a listing's context.
PAGE_KEYS = ("items", "page_obj", "paginator", "page_query", "page_error")


def paginate(request, queryset, per_page, query=None):
    """One page of `queryset`. `query` (a QueryDict) is what the page links keep; by default the
    request's other GET parameters, but a listing passes its validated filters instead, so that
    junk in the address is not carried along from page to page."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get(PAGE_PARAM, "1")
    page_error = None
    try:
        page = paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        # A mistyped or out-of-range page number shows the first page rather than an error.
        page = paginator.page(1)
        page_error = _("Die pagina bestaat niet; u ziet de eerste pagina.")
    if query is None:
        query = request.GET.copy()
    query = query.copy()
    query.pop(PAGE_PARAM, None)
    return {
        "items": page.object_list,
        "page_obj": page,
        "paginator": paginator,
        "page_query": query.urlencode(),
        "page_error": page_error,
    }
