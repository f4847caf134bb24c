"""Uploads in the admin: only the allowed image and document types, up to a size limit, with a
clear error in Dutch (Wagtail 8 enforces WAGTAILDOCS_ and WAGTAILIMAGES_MAX_UPLOAD_SIZE itself)."""

import io
import struct
import zlib

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest

from tests.images import png

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(user)
    return client


def pixel_bomb(width=11_000, height=11_000):
    """A valid black PNG of width × height pixels, one bit each: some 15 KB on disk, but the
    library decoding it for a rendition needs a gigabyte."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = (b"\0" + bytes((width + 7) // 8)) * height
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(rows, 9)),
            chunk(b"IEND", b""),
        ]
    )


def add_document(client, filename, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Verslag",
            "file": SimpleUploadedFile(filename, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def add_image(client, filename, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto",
            "description": "Een blauwe rechthoek",
            "file": SimpleUploadedFile(filename, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_allowed_document_is_stored(admin):
    response = add_document(admin, "verslag.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.get().filename == "verslag.pdf"


@pytest.mark.parametrize("filename", ["script.html", "programma.exe", "tekening.svg", "macro.docm"])
def test_other_document_types_are_refused_with_the_allowed_ones_listed(admin, filename):
    response = add_document(admin, filename, b"<script>alert(1)</script>")
    assert response.status_code == 200
    html = response.content.decode()
    extension = filename.rsplit(".", 1)[1]
    assert f"Bestandsextensie ‘{extension}’ is niet toegestaan" in html
    assert "pdf" in html.split("Toegestane extensies zijn")[1][:200]
    assert get_document_model().objects.count() == 0


def test_a_document_over_the_limit_is_refused(admin, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = add_document(admin, "groot.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    assert response.status_code == 200
    assert "Dit bestand is te groot (2,0\xa0KB)" in response.content.decode()
    assert get_document_model().objects.count() == 0


def test_the_multiple_upload_applies_the_same_rules(admin, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    url = reverse("wagtaildocs:add_multiple")
    refused = admin.post(url, {"files[]": SimpleUploadedFile("groot.pdf", b"0" * 2048)}).json()
    assert refused["success"] is False
    assert "Dit bestand is te groot" in refused["error_message"]
    wrong_type = admin.post(url, {"files[]": SimpleUploadedFile("x.html", b"<p>")}).json()
    assert wrong_type["success"] is False
    assert "niet toegestaan" in wrong_type["error_message"]
    assert get_document_model().objects.count() == 0


def test_the_limit_is_twenty_megabytes_for_documents_and_ten_for_images(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert "html" not in settings.WAGTAILDOCS_EXTENSIONS
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_an_allowed_image_is_stored(admin):
    response = add_image(admin, "foto.png", png())
    assert response.status_code == 302
    assert get_image_model().objects.get().description == "Een blauwe rechthoek"


@pytest.mark.parametrize(
    "filename,content,error",
    [
        (
            "tekening.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>',
            "Geen ondersteund afbeeldingsformaat. Ondersteunde formaten: GIF, JPG, JPEG, PNG, WEBP",
        ),
        # The content decides, not the name.
        (
            "vermomd.png",
            b"<html><script>alert(1)</script></html>",
            "Geen geldige .png afbeelding.",
        ),
        ("vermomd.jpg", b"GIF89a" + bytes(30), "Geen geldige .jpeg afbeelding."),
    ],
)
def test_other_image_types_are_refused(admin, filename, content, error):
    response = add_image(admin, filename, content)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert get_image_model().objects.count() == 0


def test_an_image_over_the_limit_is_refused(admin, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = add_image(admin, "foto.png", png((64, 64)))
    assert response.status_code == 200
    assert "Dit bestand is te groot" in response.content.decode()
    assert get_image_model().objects.count() == 0


def test_a_pixel_bomb_is_refused_in_dutch(admin):
    bomb = pixel_bomb()
    assert len(bomb) < 200_000
    response = add_image(admin, "bom.png", bomb)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze afbeelding heeft te veel pixels (onbekend getal); het maximum is 40000000." in html
    assert get_image_model().objects.count() == 0
    multiple = admin.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("bom.png", bomb)},
    ).json()
    assert multiple["success"] is False
    assert "te veel pixels" in multiple["error_message"]
    assert get_image_model().objects.count() == 0


def test_an_image_at_the_limit_is_accepted(admin):
    response = add_image(admin, "panorama.png", pixel_bomb(8000, 5000))
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 8000


def test_no_image_over_the_limit_is_ever_decoded(settings):
    # An image stored before the limit, or a file replaced on disk, is refused by the image
    # library itself before it allocates anything, so no rendition can take a gigabyte.
    from PIL import Image as PILImage

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    for size in ((6400, 6400), (11_000, 11_000)):
        with pytest.raises(PILImage.DecompressionBombError):
            PILImage.open(io.BytesIO(pixel_bomb(*size)))
    assert PILImage.open(io.BytesIO(pixel_bomb(8000, 5000))).size == (8000, 5000)
