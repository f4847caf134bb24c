"""Metadata in the <head> of every page: canonical URL, Open Graph, feed links and schema.org
JSON-LD (GovernmentOrganization on the home page, NewsArticle on news; the BreadcrumbList comes
with the visible breadcrumbs, so that both always say the same)."""

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.images.models import Filter
from wagtail.images.views.serve import generate_image_url

from cms_stadsregio.metadata import absolute_url, json_ld_script, site_root_url
from cms_stadsregio.models import NewsPage, OrganisationSettings
from cms_stadsregio.models.news import FEED_FILTERS

from .cms_stadsregio_tags import _site_pages, footer_data

register = template.Library()

OG_IMAGE_SPEC = "fill-1200x630"


def _image_of(page):
    for name in ("image", "hero_image", "listing_image"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


def _canonical(context, request):
    """This address without the query string, except for validated listing filters and the
    page number, in a fixed order: one address per distinct content."""
    url = site_root_url(request) + request.path
    query = ""
    if context.get("filter_form") is not None:
        query = context["filter_form"].query()
        page_obj = context.get("page_obj")
        if page_obj is not None and page_obj.number > 1:
            query["pagina"] = str(page_obj.number)
        query = query.urlencode()
    return f"{url}?{query}" if query else url


def _feed_links(context, request, organisation):
    news_index = _site_pages(context)["sections"].get("news")
    if news_index is None:
        return []
    base = news_index.get_url(request)
    if not base:
        return []
    links = []
    page = context.get("page")
    filter_form = context.get("filter_form")
    if page is not None and page.pk == news_index.pk and filter_form is not None:
        query = filter_form.query(names=FEED_FILTERS)
        if query:
            active = ", ".join(
                f"{item['label'].lower()} {item['value']}"
                for item in filter_form.active_filters()
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


def _organisation_data(organisation, root_url):
    return {"@type": "Organization", "name": str(organisation.display_name), "url": root_url + "/"}


def _government_organisation(context, request, organisation, root_url):
    data = {
        "@type": "GovernmentOrganization",
        "@id": root_url + "/#organisatie",
        "name": str(organisation.display_name),
        "url": root_url + "/",
    }
    if organisation.legal_name:
        data["legalName"] = organisation.legal_name
    if organisation.email:
        data["email"] = organisation.email
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.street_address or organisation.city:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": organisation.street_address,
            "postalCode": organisation.postcode,
            "addressLocality": organisation.city,
            "addressCountry": "BE",
        }
    if organisation.company_number:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "ondernemingsnummer",
            "value": organisation.company_number,
        }
    same_as = [link.value["url"] for link in organisation.social_links if link.value.get("url")]
    if same_as:
        data["sameAs"] = same_as
    members = []
    for entry in footer_data(context)["members"]:  # current members, already read for the footer
        member = entry["member"]
        member_data = {
            "@type": "GovernmentOrganization",
            "name": member.name,
            "identifier": {"@type": "PropertyValue", "propertyID": "NIS", "value": member.nis_code},
        }
        if entry["url"]:
            member_data["url"] = absolute_url(request, entry["url"])
        members.append(member_data)
    if members:
        data["member"] = members
    return data


def _home_json_ld(context, request, organisation, root_url, canonical):
    search_url = root_url + reverse("search")
    return {
        "@context": "https://schema.org",
        "@graph": [
            _government_organisation(context, request, organisation, root_url),
            {
                "@type": "WebSite",
                "name": str(organisation.display_name),
                "url": root_url + "/",
                "inLanguage": "nl-BE",
                "publisher": {"@id": root_url + "/#organisatie"},
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": search_url + "?q={search_term_string}",
                    "query-input": "required name=search_term_string",
                },
            },
            # The home page shows no breadcrumbs; its trail is the home page alone.
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": _("Home"), "item": canonical}
                ],
            },
        ],
    }


def _news_json_ld(page, organisation, root_url, canonical, description, image_url):
    publisher = _organisation_data(organisation, root_url)
    published = page.first_published_at
    if not published or timezone.localdate(published) != page.date:
        published = page.date
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "datePublished": published,
        "dateModified": page.last_published_at or published,
        "inLanguage": "nl-BE",
        "mainEntityOfPage": canonical,
        "url": canonical,
        "author": publisher,
        "publisher": publisher,
    }
    if description:
        data["description"] = description
    if image_url:
        data["image"] = [image_url]
    return data


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
    is_route = page is not None and request.path != page.get_url(request)
    image = _image_of(page) if page is not None and not is_route else None
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
    is_news = isinstance(page, NewsPage) and not is_route
    site_root = _site_pages(context)["root"]
    is_home = page is not None and site_root is not None and page.pk == site_root.pk
    json_ld = None
    if is_home:
        json_ld = _home_json_ld(context, request, organisation, root_url, canonical)
    elif is_news:
        json_ld = _news_json_ld(
            page,
            organisation,
            root_url,
            canonical,
            description,
            image_data and image_data["url"],
        )
    result.update(
        {
            "canonical": canonical,
            "og_type": "article" if is_news else "website",
            "og_title": title,
            "og_description": description,
            "og_image": image_data,
            "site_name": organisation.display_name,
            "article": page if is_news else None,
            "json_ld": json_ld_script(json_ld) if json_ld else "",
        }
    )
    return result
