"""Metadata in the <head> of every page: canonical URL, Open Graph, feed links and schema.org
JSON-LD. What a page says about itself comes from its class (`og_type`, `social_image()`,
`structured_data()`: the home page's GovernmentOrganization, a news item's NewsArticle); the
BreadcrumbList comes with the visible breadcrumbs, so that both always say the same."""

from django import template
from django.utils.translation import gettext as _

from wagtail.images.models import Filter
from wagtail.images.views.serve import generate_image_url

from cms_stadsregio.content.metadata import PageMeta, absolute_url, json_ld_script, site_root_url
from cms_stadsregio.content.models import OrganisationSettings
from cms_stadsregio.content.models.indexes import FEED_FILTERS, has_news_feeds
from cms_stadsregio.content.navigation import footer, site_pages

register = template.Library()

OG_IMAGE_SPEC = "fill-1200x630"


def _canonical(context, request):
    """This address without the query string, except for validated listing filters and the
    page number, in a fixed order: one address per distinct content."""
    url = site_root_url(request) + request.path
    query = ""
    if context.get("filters") is not None:
        query = context["filters"].query()
        page_obj = context.get("page_obj")
        if page_obj is not None and page_obj.number > 1:
            query["pagina"] = str(page_obj.number)
        query = query.urlencode()
    return f"{url}?{query}" if query else url


def _feed_links(context, request, organisation):
    news_index = site_pages(request)["sections"].get("news")
    if news_index is None or not has_news_feeds():
        return []
    base = news_index.get_url(request)
    if not base:
        return []
    links = []
    page = context.get("page")
    filters = context.get("filters")
    if page is not None and page.pk == news_index.pk and filters is not None:
        query = filters.query(names=FEED_FILTERS)
        if query:
            active = ", ".join(
                f"{item['label'].lower()} {item['value']}"
                for item in filters.active_filters()
                if item["name"] in FEED_FILTERS
            )
            links += _feed_pair(
                base, news_index, f"?{query.urlencode()}", f"{organisation}: {active}"
            )
    links += _feed_pair(base, news_index, "", str(organisation))
    return links


def _feed_pair(base, news_index, query, label):
    return [
        {
            "type": "application/rss+xml",
            "title": _("Nieuws van %(name)s (RSS)") % {"name": label},
            "href": base + news_index.reverse_subpage("rss") + query,
        },
        {
            "type": "application/atom+xml",
            "title": _("Nieuws van %(name)s (Atom)") % {"name": label},
            "href": base + news_index.reverse_subpage("atom") + query,
        },
    ]


@register.inclusion_tag("cms_stadsregio/includes/page_meta.html", takes_context=True)
def page_meta(context, title=None, description=None):
    """Everything a page tells search engines, feed readers and link previews about itself.

    `title` and `description` stand in for the page's own (member pages, search).
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    organisation = OrganisationSettings.for_request(request)
    root_url = site_root_url(request)
    result = {"feeds": _feed_links(context, request, organisation.display_name)}
    if page is None and title is None:
        return result  # error pages: nothing to point at

    canonical = _canonical(context, request)
    if title is None:
        title = page.seo_title or page.title
    if description is None and page is not None:
        description = getattr(page, "meta_description", "") or ""
    # A route of a page (a feed, the minutes) is not the page: no image or data of its own.
    own = page is not None and request.path == page.get_url(request)
    image = page.social_image() if own else None
    image_data = None
    if image is not None:
        # A signed URL of Wagtail's image serve view and the size the filter will give: no query
        # for the rendition while the page renders (it is made once, when first fetched).
        width, height = Filter(OG_IMAGE_SPEC).get_transform(image).size
        image_data = {
            "url": absolute_url(request, generate_image_url(image, OG_IMAGE_SPEC)),
            "width": width,
            "height": height,
            "alt": image.default_alt_text,
        }
    og_type = page.og_type if own else "website"
    json_ld = None
    if own:
        meta = PageMeta(
            request=request,
            organisation=organisation,
            root_url=root_url,
            canonical=canonical,
            description=description,
            image_url=image_data and image_data["url"],
            members=lambda: [
                (entry["member"], entry["url"]) for entry in footer(request)["members"]
            ],
        )
        json_ld = page.structured_data(meta)
    result.update(
        {
            "canonical": canonical,
            "og_type": og_type,
            "og_title": title,
            "og_description": description,
            "og_image": image_data,
            "site_name": organisation.display_name,
            "article": page if og_type == "article" else None,
            "json_ld": json_ld_script(json_ld) if json_ld else "",
        }
    )
    return result
