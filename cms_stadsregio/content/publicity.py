"""Which uploaded documents and images the public may see.

An upload is not published by being uploaded: a partner's PDF, or a draft budget attached to a
draft page, must not appear on the Stadsregio's domain before review. A document or image is
public when

- a live, public page uses it (in a field, a StreamField block, a rich-text link or an inline such
  as a meeting's documents), according to Wagtail's reference index, which records what every
  page's published content refers to; or
- a snippet or setting uses it (official documents, people, the organisation's settings): those
  are edited by the Stadsregio's editors only and public as soon as they are saved; or
- an editor put it in the collection "Openbaar" (or one below it), for files that are published
  without a page.

Anything else answers 404 to visitors in the API (`/api/v2/documents/`, `/api/v2/images/`, their
search), at `/documenten/<id>/<name>`, at the signed image addresses (`/afbeeldingen/...`) and at
the image files themselves (`/media/original_images/...`, `/media/images/...` for renditions,
served by cms_stadsregio.content.views.image_file). Editors (anyone with access to the admin)
still see every file, e.g. in a preview.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from django.http import Http404

from wagtail.models import Collection, Page, ReferenceIndex

PUBLIC_COLLECTION_NAME = "Openbaar"
# The folders of image files (originals, renditions) in the media storage.
GATED_MEDIA = ("original_images/", "images/")


def public_collections():
    root = Collection.objects.filter(name=PUBLIC_COLLECTION_NAME, depth=2).first()
    if root is None:
        return Collection.objects.none()
    return Collection.objects.descendant_of(root, inclusive=True)


def public_files(queryset):
    """The documents or images of `queryset` that the public may see (one query, subqueries)."""
    page_type = ContentType.objects.get_for_model(Page)
    public_pages = Page.objects.live().public().annotate(key=Cast("pk", CharField())).values("key")
    used = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(queryset.model)
        )
        .filter(
            Q(base_content_type=page_type, object_id__in=public_pages)
            | ~Q(base_content_type=page_type)
        )
        .annotate(target=Cast("to_object_id", BigIntegerField()))
        .values("target")
    )
    return queryset.filter(Q(pk__in=used) | Q(collection__in=public_collections()))


def is_editor(user):
    """Editors (access to the admin) see every file."""
    return user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def may_see(user, item):
    """Whether `user` may see the document or image `item`."""
    if is_editor(user):
        return True
    return public_files(type(item).objects.filter(pk=item.pk)).exists()


def image_file_publicity(name):
    """(image id, public) of the image whose original or rendition is stored under `name`, or
    None when no image has that file."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    if name.startswith("images/"):
        renditions = image_model.get_rendition_model().objects.filter(file=name)
        image_id = renditions.values_list("image_id", flat=True).first()
    else:
        image_id = image_model.objects.filter(file=name).values_list("pk", flat=True).first()
    if image_id is None:
        return None
    return image_id, public_files(image_model.objects.filter(pk=image_id)).exists()


def check_public(request, item):
    """404 unless the visitor may see `item` (Wagtail's before_serve_document hook)."""
    if not may_see(getattr(request, "user", None), item):
        raise Http404
