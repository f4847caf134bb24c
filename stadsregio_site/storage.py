"""Uploads on S3-compatible object storage, in a private bucket.

The bucket gives nothing to anonymous readers. Documents are served by Django's document view
(/documenten/...), images and renditions by cms_stadsregio.content.views.image_file under
MEDIA_URL: both only once the public may see them (cms_stadsregio.content.publicity). So the
address of an image file is the site's own, as it is with files on local disk.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage

from cms_stadsregio.content.publicity import GATED_MEDIA


class PrivateMediaStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        if name.startswith(GATED_MEDIA):
            return f"{settings.MEDIA_URL}{filepath_to_uri(name)}"
        return super().url(name, parameters=parameters, expire=expire, http_method=http_method)
