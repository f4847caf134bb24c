"""A small vocabulary to write StreamField content as data (see cms_stadsregio.content.blocks.BodyBlock).

Links to pages are written as `PageRef("/themas/wonen/")` and turned into page ids when the page
that uses them is created, so the content never depends on database ids.
"""

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class PageRef:
    """A page on this site, by its path below the home page, e.g. "/contact/"."""

    path: str


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(*paragraphs):
    """Paragraphs of rich text; the strings may contain inline HTML (<a>, <b>, <i>)."""
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(*items, intro=None):
    html = f"<p>{intro}</p>" if intro else ""
    html += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return ("paragraph", html)


def link(url, text):
    return f'<a href="{escape(url)}">{text}</a>'


def quote(text, attribution=""):
    return ("quote", {"text": text, "attribution": attribution})


def call_to_action(title, target, link_label, text=""):
    """`target` is a PageRef or an absolute URL."""
    if isinstance(target, PageRef):
        target_value = {"page": target, "url": ""}
    else:
        target_value = {"page": None, "url": target}
    return (
        "call_to_action",
        {"title": title, "text": text, "link": target_value, "link_label": link_label},
    )


def table(caption, rows, header="row"):
    """`rows` is a list of lists of strings; the first row holds the column headings."""
    return (
        "table",
        {
            "caption": caption,
            "table": {
                "data": [list(row) for row in rows],
                "table_header_choice": header,
                "first_row_is_table_header": header in ("row", "both"),
                "first_col_is_header": header in ("column", "both"),
                "table_caption": "",
                "cell": [],
                "mergeCells": [],
            },
        },
    )


def faq(title, *items):
    """`items` are (question, answer) pairs; answers are rich text without the <p>."""
    return (
        "faq",
        {
            "title": title,
            "items": [
                {"question": question, "answer": f"<p>{answer}</p>"} for question, answer in items
            ],
        },
    )


def image(key, caption=""):
    """An image block showing one of the demo images (see images.DEMO_IMAGES) by its key."""
    return ("image", {"image": ImageRef(key), "alt_text": "", "caption": caption})


@dataclass(frozen=True)
class ImageRef:
    key: str
