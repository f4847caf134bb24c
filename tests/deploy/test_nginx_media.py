"""The shipped nginx config (deploy/nginx/stadsregio.conf), run for real in front of the app: image
files and renditions go to Django, which answers 404 while the public may not see the image and
otherwise lets nginx send the file (X-Accel-Redirect to /internal-media/); nothing else under
/media/ is reachable, and the internal location is not reachable from outside."""

import gzip
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

import pytest

from tests.demo_database import copy_of
from tests.deploy.nginx import nginx_conf, shipped_site
from tests.e2e.conftest import BASE_DIR, _free_port, _gunicorn

HOST = "localhost"

FILES = """
import io
import json
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from cms_stadsregio.content.publicity import public_files
from tests.images import png

Image = get_image_model()
public = public_files(Image.objects.all()).order_by("pk").first()
upload = Image.objects.create(
    title="Nog niet gepubliceerd",
    description="Nog niet gepubliceerd",
    file=ImageFile(io.BytesIO(png((40, 30))), name="nog-niet-gepubliceerd.png"),
)
print(json.dumps({
    "public": public.file.name,
    "rendition": public.get_rendition("fill-80x80").file.name,
    "unpublished": upload.file.name,
    "unpublished_rendition": upload.get_rendition("fill-80x80").file.name,
    "document": get_document_model().objects.order_by("pk").first().file.name,
}))
"""


def shell_json(env, code):
    """The JSON that `code` prints last, run by manage.py shell in the site's environment."""
    result = subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def site_config(workdir, media_root, app_port, http_port, https_port):
    """The shipped site config with this machine's ports and paths."""
    site = shipped_site(workdir, HOST)
    site = site.replace("/srv/stadsregio/media/", f"{media_root}/")
    site = site.replace("/srv/stadsregio/static/", f"{workdir}/static/")
    site = site.replace("server 127.0.0.1:8000", f"server 127.0.0.1:{app_port}")
    site = re.sub(r"\n\s*listen \[::\]:\d+[^;]*;", "", site)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl;")
    site = site.replace("www.stadsregio-turnhout.be", HOST)
    return site


@pytest.fixture(scope="module")
def behind_nginx(seeded_demo, tmp_path_factory):
    nginx = shutil.which("nginx", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin"]))
    if not nginx or not shutil.which("openssl"):
        pytest.skip("nginx or openssl is not installed (scripts/test installs them)")
    workdir = tmp_path_factory.mktemp("nginx")
    with copy_of(seeded_demo, workdir, "nginx") as demo:
        files = shell_json(demo.env(), FILES)
        app_env = demo.env(MEDIA_X_ACCEL_PREFIX="/internal-media/")
        with _gunicorn(app_env, workdir, name="app") as app:
            app_port = int(app.netloc.rsplit(":", 1)[1])
            http_port, https_port = _free_port(), _free_port()
            config = nginx_conf(
                workdir,
                site_config(workdir, demo.media_root, app_port, http_port, https_port),
                "daemon off;",
                "user root;",
            )
            server = subprocess.Popen(  # noqa: S603 (fixed command)
                [nginx, "-p", str(workdir), "-c", str(config)],
                stdout=subprocess.DEVNULL,
                stderr=(workdir / "nginx.out").open("w"),
            )
            try:
                base = f"https://{HOST}:{https_port}"
                deadline = time.monotonic() + 20
                while True:
                    try:
                        fetch(f"{base}/robots.txt")
                        break
                    except (URLError, ConnectionError):
                        if server.poll() is not None or time.monotonic() > deadline:
                            log = (workdir / "nginx.out").read_text()
                            pytest.fail(f"nginx did not start:\n{log}")
                        time.sleep(0.2)
                yield base, files, demo.media_root
            finally:
                server.terminate()
                server.wait(timeout=10)


def fetch(url, headers=None):
    """(status, headers, body) of a GET, certificate unchecked (self-signed)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with urlopen(Request(url, headers=headers or {}), context=context, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except HTTPError as error:
        return error.code, error.headers, error.read()


def test_public_image_files_come_from_disk_through_nginx(behind_nginx):
    base, files, media_root = behind_nginx
    for name in (files["public"], files["rendition"]):
        status, headers, body = fetch(f"{base}/media/{name}")
        assert status == 200, name
        assert body == (Path(media_root) / name).read_bytes()
        assert headers["Cache-Control"] == "public, max-age=86400"
        assert headers["Content-Type"].startswith("image/")
        assert "X-Accel-Redirect" not in headers


def test_unpublished_image_files_are_404(behind_nginx):
    base, files, media_root = behind_nginx
    for name in (files["unpublished"], files["unpublished_rendition"]):
        assert (Path(media_root) / name).exists()
        assert fetch(f"{base}/media/{name}")[0] == 404, name


def test_documents_and_the_internal_location_are_not_reachable_under_media(behind_nginx):
    base, files, _media_root = behind_nginx
    assert fetch(f"{base}/media/{files['document']}")[0] == 404
    assert fetch(f"{base}/internal-media/{files['public']}")[0] == 404
    assert fetch(f"{base}/internal-media/{files['unpublished']}")[0] == 404


@pytest.mark.parametrize("path", ["/", "/projecten/", "/sitemap.xml"])
def test_pages_and_open_data_are_compressed_through_nginx(behind_nginx, path):
    base, _files, _media_root = behind_nginx
    status, headers, body = fetch(f"{base}{path}", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body).lstrip().startswith((b"<!DOCTYPE html>", b"<?xml"))


def test_the_favicon_is_served_through_nginx(behind_nginx):
    base, _files, _media_root = behind_nginx
    status, _headers, body = fetch(f"{base}/favicon.ico")
    assert status == 200
    assert body[:4] == b"\x00\x00\x01\x00"
