"""Image files made in memory for tests of uploads and of serving images."""

import io

from PIL import Image


def png(size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0a5878").save(buffer, "PNG")
    return buffer.getvalue()
