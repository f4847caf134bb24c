"""Public views outside the page tree: search (/zoeken/), robots.txt, the CSV export of the
projects (/projecten/export.csv) and the image files under /media/ (image_file); and the view that
serves the pages (serve_page)."""

import mimetypes
import posixpath

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.encoding import filepath_to_uri
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_safe

from wagtail import views as wagtail_views
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.images import get_image_model
from wagtail.images.views.serve import ServeView
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from cms_stadsregio.caching.cache import cached, lazy_values
from cms_stadsregio.content.listing import PAGE_KEYS, paginate
from cms_stadsregio.content.models import (
    DomainPage,
    Member,
    NewsPage,
    ProjectPage,
)
from cms_stadsregio.content.models.filters import SearchForm
from cms_stadsregio.content.navigation import member_url
from cms_stadsregio.content.publicity import (
    GATED_MEDIA,
    check_public,
    image_file_publicity,
    is_editor,
)

SEARCH_RESULTS_PER_PAGE = 10
# "tur" finds Turnhout; a single letter would find every member that starts with it.
MIN_MEMBER_PREFIX = 3

# Result types: (value of ?type=, label of one result, label of the filter, page model).
# "pagina" is every other page (over ons, contact, overviews...); "gemeente" the member pages,
# which are routes of the member overview rather than pages of their own.
SEARCH_TYPES = [
    ("project", gettext_lazy("Project"), gettext_lazy("Projecten"), ProjectPage),
    ("nieuws", gettext_lazy("Nieuws"), gettext_lazy("Nieuws"), NewsPage),
    ("thema", gettext_lazy("Thema"), gettext_lazy("Thema's"), DomainPage),
    ("gemeente", gettext_lazy("Gemeente"), gettext_lazy("Gemeenten"), None),
    ("pagina", gettext_lazy("Pagina"), gettext_lazy("Andere pagina's"), None),
]
TYPED_MODELS = {key: model for key, _label, _plural, model in SEARCH_TYPES if model}
TYPE_LABELS = {key: label for key, label, _plural, _model in SEARCH_TYPES}

_serve_with_csrf_check = csrf_protect(wagtail_views.serve)


@csrf_exempt
def serve_page(request, path):
    """Wagtail's page view, with Django's CSRF check unless the page opts out (`csrf_exempt =
    True`, for a form without a cookie: cms_stadsregio.content.csrf)."""
    # Wagtail caches the route on the request, so serve() does not look the page up again.
    route = Page.route_for_request(request, path)
    if route is not None and getattr(route[0], "csrf_exempt", False):
        return wagtail_views.serve(request, path)
    return _serve_with_csrf_check(request, path)


# How long browsers and proxies keep a public image file: a day, so that an image that had to be
# taken down is gone from their caches by tomorrow.
PUBLIC_MEDIA_SECONDS = 86400


@require_safe
def image_file(request, path):
    """An image's original file or rendition (`/media/original_images/...`, `/media/images/...`),
    for whoever may see the image (cms_stadsregio.content.publicity): anyone once it is public,
    editors always (previews of drafts), nobody else (404). Behind nginx the file is sent by nginx
    (X-Accel-Redirect to MEDIA_X_ACCEL_PREFIX), otherwise from the media storage by Django."""
    name = posixpath.normpath(path)
    if name != path or not name.startswith(GATED_MEDIA) or "\x00" in name or len(name) > 255:
        raise Http404
    found = cached(request, f"image file {name}", lambda: image_file_publicity(name))
    if found is None:
        raise Http404
    _image_id, public = found
    if not public and not is_editor(request.user):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if settings.MEDIA_X_ACCEL_PREFIX:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{settings.MEDIA_X_ACCEL_PREFIX}{filepath_to_uri(name)}"
    else:
        try:
            response = FileResponse(default_storage.open(name), content_type=content_type)
        except FileNotFoundError as missing:
            raise Http404 from missing
    if public:
        patch_cache_control(response, public=True, max_age=PUBLIC_MEDIA_SECONDS)
    else:
        patch_cache_control(response, private=True, no_store=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response


class PublicImageServeView(ServeView):
    """Wagtail's signed image addresses, for the images the public may see only."""

    def get(self, request, signature, image_id, *args, **kwargs):
        check_public(request, get_object_or_404(get_image_model(), id=image_id))
        return super().get(request, signature, image_id, *args, **kwargs)


@require_safe
def search(request):
    form = SearchForm(request.GET, types=[(key, plural) for key, _l, plural, _m in SEARCH_TYPES])
    terms = form.terms
    context = {
        "search_form": form,
        "search_query": terms,
        "hide_site_search": True,  # the page has its own search form
        "fragment_key": "search",  # the results are kept per address until the next publish
    }
    if terms:
        # Lazy: nothing is searched when the results come from the fragment cache.
        context.update(lazy_values(lambda: _search_results(request, form, terms), RESULT_KEYS))
    return render(request, "cms_stadsregio/search.html", context)


RESULT_KEYS = (
    *PAGE_KEYS,  # paginate()
    *("results", "members", "promotions", "type_counts", "total"),
)


def _search_results(request, form, terms):
    type_key = form.type_key
    site = Site.find_for_request(request)
    pages = Page.objects.live().public()
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)

    members = _matching_members(request, terms)
    counts = _counts_by_type(pages, terms)
    counts["gemeente"] = len(members)

    if type_key == "gemeente":
        results = []
    else:
        if type_key in TYPED_MODELS:
            pages = pages.type(TYPED_MODELS[type_key])
        elif type_key == "pagina":
            pages = pages.not_type(*TYPED_MODELS.values())
        results = pages.specific().search(terms, operator="and")

    query = QueryDict(mutable=True)
    query.update(
        {key: value for key, value in (("q", form.cleaned_data["q"]), ("type", type_key)) if value}
    )
    listing = paginate(request, results, SEARCH_RESULTS_PER_PAGE, query=query)
    first_page = listing["page_obj"].number == 1
    return {
        **listing,
        "results": [
            {"page": page, "type": (kind := _type_of(page)), "label": TYPE_LABELS[kind]}
            for page in listing["items"]
        ],
        "members": members if first_page and type_key in ("", "gemeente") else [],
        "promotions": _promotions(request, terms) if first_page and not type_key else [],
        "type_counts": [
            {"key": key, "label": plural, "count": counts.get(key, 0)}
            for key, _label, plural, _model in SEARCH_TYPES
        ],
        "total": sum(counts.values()),
    }


def _type_of(page):
    for key, model in TYPED_MODELS.items():
        if isinstance(page, model):
            return key
    return "pagina"


def _counts_by_type(pages, terms):
    """Results per type in one query; without faceting (a search backend that lacks it) none."""
    try:
        by_content_type = pages.search(terms, operator="and").facet("content_type_id")
    except NotImplementedError:
        return {}
    content_types = ContentType.objects.get_for_models(*TYPED_MODELS.values())
    keys = {content_types[model].pk: key for key, model in TYPED_MODELS.items()}
    counts = {}
    for content_type_id, count in by_content_type.items():
        key = keys.get(content_type_id, "pagina")
        counts[key] = counts.get(key, 0) + count
    return counts


def _matching_members(request, terms):
    """Members whose name is searched for ("wonen in Beerse") or starts a word searched for."""
    words = terms.casefold().split()
    text = " ".join(words)
    prefixes = [word for word in words if len(word) >= MIN_MEMBER_PREFIX]
    matches = [
        member
        for member in Member.objects.all()
        if member.name.casefold() in text
        or any(part.startswith(word) for word in prefixes for part in member.slug.split("-"))
    ]
    return [{"member": member, "url": member_url(request, member)} for member in matches]


def _promotions(request, q):
    """Editors' picks for this query; a pick of a page that is not (or no longer) public is
    left out, like any other result."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(q))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
    result = []
    for promotion in promotions:
        if promotion.page_id:
            if promotion.page_id in visible:
                url = promotion.page.get_url(request)
                result.append({"title": promotion.page.title, "url": url, "promotion": promotion})
        elif promotion.external_link_url:
            result.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "promotion": promotion,
                }
            )
    return result
