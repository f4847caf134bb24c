"""Absolute URLs and schema.org JSON-LD for the page metadata (templatetags/cms_stadsregio_meta).

Absolute URLs are built on the Wagtail Site's root URL, as the sitemap, the feeds and the API
build theirs, so that every channel names a page by the same address. What a page says about
itself (its Open Graph type and image, its JSON-LD) comes from the page's class
(`og_type`, `social_image()`, `structured_data()`); PageMeta carries what they need.
"""

import json
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Site

from cms_stadsregio.caching.requests import per_request

# Characters that could end the <script> element or start markup inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_root_url(request):
    if request is None:
        return ""

    def read():
        site = Site.find_for_request(request)
        return site.root_url if site is not None else ""

    return per_request(request, "site root url", read)


def absolute_url(request, url):
    if not url or url.startswith(("http://", "https://")):
        return url
    return site_root_url(request) + url


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - the only markup-significant characters are escaped
        f'<script type="application/ld+json">{text.translate(JSON_SCRIPT_ESCAPES)}</script>'
    )


def breadcrumb_list(request, home_url, crumbs):
    """schema.org BreadcrumbList of what the visible breadcrumbs show, Home first."""
    items = [{"title": _("Home"), "url": home_url}, *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(item["title"]),
                **({"item": absolute_url(request, item["url"])} if item.get("url") else {}),
            }
            for position, item in enumerate(items, start=1)
        ],
    }


@dataclass
class PageMeta:
    """What a page's structured_data() may use: the request, the organisation's settings, the
    site's root URL, the page's canonical address, description and Open Graph image, and the
    current members with the address of their page (a callable: read only when asked)."""

    request: Any
    organisation: Any
    root_url: str
    canonical: str
    description: str
    image_url: str | None
    members: Any

    def organisation_reference(self):
        return {
            "@type": "Organization",
            "name": str(self.organisation.display_name),
            "url": self.root_url + "/",
        }

    def government_organisation(self):
        """The Stadsregio as a schema.org GovernmentOrganization, with its members."""
        organisation = self.organisation
        data = {
            "@type": "GovernmentOrganization",
            "@id": self.root_url + "/#organisatie",
            "name": str(organisation.display_name),
            "url": self.root_url + "/",
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
        links = organisation.social_links
        same_as = [link.value["url"] for link in links if link.value.get("url")]
        if same_as:
            data["sameAs"] = same_as
        members = []
        for member, url in self.members():
            member_data = {
                "@type": "GovernmentOrganization",
                "name": member.name,
                "identifier": {
                    "@type": "PropertyValue",
                    "propertyID": "NIS",
                    "value": member.nis_code,
                },
            }
            if url:
                member_data["url"] = absolute_url(self.request, url)
            members.append(member_data)
        if members:
            data["member"] = members
        return data
