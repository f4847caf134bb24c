"""Images on public pages: WebP with a fallback, sized to their slot, each width listed once
({% responsive_picture %}, cms_stadsregio/content/templatetags/cms_stadsregio_images.py)."""

import re

import pytest

from cms_stadsregio.content.factories import (
    ImageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)

pytestmark = pytest.mark.django_db


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, flags=re.DOTALL)


def candidates(srcset):
    return [candidate.strip().rsplit(" ", 1) for candidate in srcset.split(",")]


@pytest.mark.parametrize(
    ("width", "widths"),
    [
        (1200, ["400w", "640w", "800w"]),
        # Not enlarged: fill-640x360 and fill-800x450 of a 500-pixel image are both 500 wide.
        (500, ["400w", "500w"]),
    ],
)
def test_a_card_offers_webp_and_jpeg_at_distinct_widths(client, width, widths):
    ProjectIndexPageFactory()
    image = ImageFactory(file__width=width, file__height=width * 9 // 16)
    ProjectPageFactory(title="Met beeld", listing_image=image)
    html = client.get("/projecten/").content.decode()
    [picture] = pictures(html)
    source = re.search(r'<source sizes="([^"]+)" srcset="([^"]+)" type="image/webp">', picture)
    assert source is not None, picture
    assert source.group(1) == "(min-width: 74em) 24.5rem, (min-width: 40em) 50vw, 100vw"
    webp = candidates(source.group(2))
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert 'alt=""' in img and 'loading="lazy"' in img and 'class="card__image"' in img
    jpeg = candidates(re.search(r'srcset="([^"]+)"', img).group(1))
    assert re.search(r'src="([^"]+)"', img).group(1) == jpeg[0][0]  # the smallest, as fallback
    for listed, suffix in ((webp, ".webp"), (jpeg, ".jpg")):
        assert all(url.endswith(suffix) for url, _w in listed), listed
        assert [w for _url, w in listed] == widths
