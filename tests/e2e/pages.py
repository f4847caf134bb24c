"""The pages every browser test visits: one of each public page type of the demo content.

A new page type gets covered by the accessibility and HTML validity tests by adding it here.
"""

from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class DemoPage:
    name: str
    # Either a fixed path, or an index page whose first link (inside <main>) to one of its child
    # pages is followed, so the tests do not depend on the demo content's slugs.
    path: str = ""
    first_child_of: str = ""
    status: int = 200


PAGES = [
    DemoPage("home", "/"),
    DemoPage("standard", "/over-ons/"),
    DemoPage("standard-child", "/over-ons/missie-en-visie/"),
    DemoPage("domain-index", "/themas/"),
    DemoPage("domain", "/themas/wonen/"),
    DemoPage("project-index", "/projecten/"),
    DemoPage("project", first_child_of="/projecten/"),
    DemoPage("news-index", "/nieuws/"),
    DemoPage("news", first_child_of="/nieuws/"),
    DemoPage("member-index", "/gemeenten/"),
    DemoPage("member", "/gemeenten/turnhout/"),
    DemoPage("contact", "/contact/"),
    DemoPage("privacy", "/privacy/"),
    DemoPage("accessibility-statement", "/toegankelijkheid/"),
    DemoPage("governance", "/bestuur/"),
    DemoPage("meeting-index", "/bestuur/zittingen/"),
    DemoPage("meeting", first_child_of="/bestuur/zittingen/"),
    DemoPage("meeting-decisions", "/bestuur/zittingen/raad-van-bestuur-2026-03-12/"),
    DemoPage("meeting-minutes", "/bestuur/zittingen/raad-van-bestuur-2026-03-12/notulen/"),
    DemoPage("official-documents", "/bestuur/documenten/"),
    DemoPage("document-request", "/openbaarheid/"),
    DemoPage("figures", "/transparantie/?jaar=2025"),
    DemoPage("figures-every-year", "/transparantie/?jaar=alle"),
    DemoPage("project-index-filtered", "/projecten/?thema=wonen&status=lopend&jaar=1800"),
    DemoPage("news-index-filtered", "/nieuws/?gemeente=turnhout&tag=bestaat-niet"),
    DemoPage("search", "/zoeken/"),
    DemoPage("search-results", "/zoeken/?q=wonen"),
    DemoPage("search-no-results", "/zoeken/?q=xyzzy&type=onbekend"),
    DemoPage("not-found", "/bestaat-niet/", status=404),
]

# Sub-paths of index pages that are routes (feeds, exports), not child pages.
NOT_CHILD_PAGES = {"rss", "atom", "export.csv"}

PAGE_PARAMS = [pytest.param(page, id=page.name) for page in PAGES]
