"""Documents and images are public only once a live, public page (or a snippet, or the collection
"Openbaar") uses them: until then every public channel answers 404 or leaves them out."""

import datetime

from django.core.files.base import ContentFile

from wagtail.images.views.serve import generate_signature
from wagtail.models import Collection, PageViewRestriction

import pytest

from cms_stadsregio.content.factories import DocumentFactory, ImageFactory, NewsPageFactory
from cms_stadsregio.content.publicity import PUBLIC_COLLECTION_NAME, public_files
from cms_stadsregio.governance.factories import MeetingPageFactory, OfficialDocumentFactory

pytestmark = pytest.mark.django_db


def document(title):
    return DocumentFactory(title=title, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"{title}.pdf"))


@pytest.fixture
def files():
    """Images and documents in every state: used by a live page, a draft page, a private page,
    a snippet, the public collection, or nothing at all."""
    images = {
        name: ImageFactory(title=name, description=name)
        for name in ("livefoto", "ontwerpfoto", "beslotenfoto", "losse-foto", "openbare-foto")
    }
    documents = {
        name: document(name)
        for name in ("livebesluit", "ontwerpbegroting", "statuten", "los-bestand", "openbaar-pdf")
    }
    NewsPageFactory(title="Gepubliceerd", image=images["livefoto"])
    NewsPageFactory(title="Ontwerp", image=images["ontwerpfoto"]).unpublish()
    private = NewsPageFactory(title="Besloten", image=images["beslotenfoto"])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    live_meeting = MeetingPageFactory()
    live_meeting.documents.create(document=documents["livebesluit"], kind="besluitenlijst")
    live_meeting.save()
    draft_meeting = MeetingPageFactory(
        planned_start=live_meeting.planned_start + datetime.timedelta(days=7)
    )
    draft_meeting.documents.create(document=documents["ontwerpbegroting"], kind="bijlage")
    draft_meeting.save()
    draft_meeting.unpublish()
    OfficialDocumentFactory(versions=[(datetime.date(2025, 1, 1), documents["statuten"])])
    public = Collection.objects.get(name=PUBLIC_COLLECTION_NAME)
    for item in (images["openbare-foto"], documents["openbaar-pdf"]):
        item.collection = public
        item.save()
    return images, documents


PUBLIC_IMAGES = {"livefoto", "openbare-foto"}
PUBLIC_DOCUMENTS = {"livebesluit", "statuten", "openbaar-pdf"}


def titles(client, endpoint, **query):
    response = client.get(f"/api/v2/{endpoint}/", {"limit": 100, **query})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_the_api_lists_only_public_files(client, files):
    assert titles(client, "images") == PUBLIC_IMAGES
    assert titles(client, "documents") == PUBLIC_DOCUMENTS


def test_the_api_detail_of_an_unpublished_file_is_404(client, files):
    images, documents = files
    for name, image in images.items():
        status = client.get(f"/api/v2/images/{image.pk}/").status_code
        assert status == (200 if name in PUBLIC_IMAGES else 404), name
    for name, item in documents.items():
        status = client.get(f"/api/v2/documents/{item.pk}/").status_code
        assert status == (200 if name in PUBLIC_DOCUMENTS else 404), name


def test_the_api_search_finds_only_public_files(client, files):
    assert titles(client, "images", search="ontwerpfoto") == set()
    assert titles(client, "images", search="livefoto") == {"livefoto"}
    assert titles(client, "documents", search="ontwerpbegroting") == set()
    assert titles(client, "documents", search="livebesluit") == {"livebesluit"}


def test_documents_are_served_only_when_public(client, files):
    _images, documents = files
    for name, item in documents.items():
        status = client.get(item.url).status_code
        assert status == (200 if name in PUBLIC_DOCUMENTS else 404), name


def test_signed_image_addresses_serve_only_public_images(client, files):
    images, _documents = files
    for name, image in images.items():
        signature = generate_signature(image.pk, "fill-100x100")
        response = client.get(f"/afbeeldingen/{signature}/{image.pk}/fill-100x100/{name}.png")
        assert response.status_code == (302 if name in PUBLIC_IMAGES else 404), name


def file_urls(image):
    """The address of the image's original file and of one of its renditions."""
    return {"original": image.file.url, "rendition": image.get_rendition("fill-80x80").url}


def test_image_files_and_renditions_are_served_only_when_public(client, files):
    images, _documents = files
    for name, image in images.items():
        for kind, url in file_urls(image).items():
            assert url.startswith(("/media/original_images/", "/media/images/")), url
            response = client.get(url)
            if name in PUBLIC_IMAGES:
                assert response.status_code == 200, (name, kind)
                assert response["Content-Type"] == "image/jpeg"
                assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"  # a JPEG
                assert response["Cache-Control"] == "public, max-age=86400"
                assert response["X-Content-Type-Options"] == "nosniff"
            else:
                assert response.status_code == 404, (name, kind)


def test_editors_get_unpublished_image_files_but_no_cache_keeps_them(admin_client, files):
    images, _documents = files
    for url in file_urls(images["ontwerpfoto"]).values():
        response = admin_client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_an_image_file_is_public_from_the_moment_its_page_is_published(client, files):
    images, _documents = files
    url = file_urls(images["ontwerpfoto"])["rendition"]
    assert client.get(url).status_code == 404
    page = NewsPageFactory._meta.model.objects.get(title="Ontwerp")
    page.save_revision().publish()
    assert client.get(url).status_code == 200
    page.refresh_from_db()
    page.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/bestaat-niet.png",
        "/media/original_images/../documents/x.pdf",
        "/media/images/./x.png",
        "/media/documents/los-bestand.pdf",
        "/media/images/%00.png",
    ],
)
def test_other_media_addresses_answer_404(client, files, path):
    assert client.get(path).status_code == 404


def test_behind_nginx_django_decides_and_nginx_sends_the_file(client, files, settings):
    settings.MEDIA_X_ACCEL_PREFIX = "/internal-media/"
    images, _documents = files
    public = file_urls(images["livefoto"])["original"]
    response = client.get(public)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/internal-media/" + public.removeprefix("/media/")
    assert response["Content-Type"] == "image/jpeg"
    assert response.content == b""
    assert client.get(file_urls(images["losse-foto"])["original"]).status_code == 404


def test_editors_see_every_file(admin_client, files):
    images, documents = files
    assert admin_client.get(documents["ontwerpbegroting"].url).status_code == 200
    image = images["ontwerpfoto"]
    signature = generate_signature(image.pk, "fill-100x100")
    response = admin_client.get(f"/afbeeldingen/{signature}/{image.pk}/fill-100x100/x.png")
    assert response.status_code == 302


def test_publishing_the_page_publishes_its_files_and_unpublishing_hides_them(client, files):
    images, _documents = files
    draft = images["ontwerpfoto"].__class__.objects.get(title="ontwerpfoto")
    page = NewsPageFactory._meta.model.objects.get(title="Ontwerp")
    page.save_revision().publish()
    assert "ontwerpfoto" in titles(client, "images")
    page.refresh_from_db()
    page.unpublish()
    assert "ontwerpfoto" not in titles(client, "images")
    assert not public_files(type(draft).objects.filter(pk=draft.pk)).exists()


@pytest.fixture
def partner(client):
    """A contributor as setup_editorial makes one: may add and choose files, not change others'."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupCollectionPermission

    from tests.images import png

    group = Group.objects.create(name="Aanleveraars")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for app_label, codename in (("wagtaildocs", "add_document"), ("wagtailimages", "add_image")):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    user = django_user_model_create("partner")
    user.groups.add(group)
    client.force_login(user)
    client.png = png
    return client


def django_user_model_create(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(username, f"{username}@example.org", "x")


def upload(client, kind, collection, content):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    name = "bestand.pdf" if kind == "wagtaildocs" else "foto.png"
    return client.post(
        reverse(f"{kind}:add"),
        {
            "title": "Aangeleverd",
            "description": "Een rechthoek",
            "file": SimpleUploadedFile(name, content),
            "collection": collection.pk,
        },
    )


@pytest.mark.parametrize("kind", ["wagtaildocs", "wagtailimages"])
def test_only_reviewers_put_files_in_the_public_collection(partner, admin_client, kind):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    model = get_document_model() if kind == "wagtaildocs" else get_image_model()
    content = b"%PDF-1.4\n%%EOF\n" if kind == "wagtaildocs" else partner.png()
    public = Collection.objects.get(name=PUBLIC_COLLECTION_NAME)
    refused = upload(partner, kind, public, content)
    assert refused.status_code == 200
    assert "Selecteer een geldige keuze" in refused.content.decode()
    assert not model.objects.exists()
    # The partner's upload goes elsewhere and stays unpublished until a page uses it.
    assert upload(partner, kind, Collection.get_first_root_node(), content).status_code == 302
    assert not public_files(model.objects.all()).exists()
    # The Stadsregio's editors may publish a file without a page.
    assert upload(admin_client, kind, public, content).status_code == 302
    assert public_files(model.objects.all()).count() == 1
