"""Pagination shared by the listings: `pagina` as in the public URL contract."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

PAGE_PARAM = "pagina"


def paginate(request, queryset, per_page):
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get(PAGE_PARAM, "1")
    try:
        page = paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        # A mistyped or out-of-range page number shows the first page rather than an error.
        page = paginator.page(1)
    query = request.GET.copy()
    query.pop(PAGE_PARAM, None)
    return {
        "items": page.object_list,
        "page_obj": page,
        "paginator": paginator,
        "page_query": query.urlencode(),
    }
