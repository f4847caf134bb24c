"""scripts/backup and scripts/restore: a restore into a fresh database and media folder serves the
same pages, with the same images, as the site that was backed up.

On the suite's engine: SQLite (sqlite backup API) or PostgreSQL (pg_dump / pg_restore).
"""

import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_database import DemoDatabase, copy_of
from tests.e2e.conftest import _e2e_database

REPO = Path(__file__).resolve().parents[2]

PAGES = [
    "/",
    "/over-ons/",
    "/over-ons/missie-en-visie/",
    "/themas/",
    "/themas/wonen/",
    "/projecten/",
    "/nieuws/",
    "/gemeenten/turnhout/",
    "/bestuur/",
    "/contact/",
    "/toegankelijkheid/",
    "/zoeken/?q=wonen",
    "/sitemap.xml",
    "/api/v2/pages/?limit=100",
]

# Renders the pages with Django's test client in the site's own process (its database, its media)
# and reports them with the images they show and how many renditions the database holds.
RENDER = r"""
import hashlib
import json
import re
import sys

import django

django.setup()
from django.test import Client
from wagtail.images import get_image_model

paths = sys.argv[1:]
renditions = get_image_model().get_rendition_model().objects
renditions_before = renditions.count()
client = Client()
news = client.get("/nieuws/").content.decode()
paths.append(re.search(r'href="(/nieuws/(?!rss/|atom/)[^"?]+/)"', news)[1])
pages, images = {}, {}
for path in paths:
    response = client.get(path)
    html = response.content.decode()
    pages[path] = [response.status_code, html]
    for src in re.findall(r'src="(/media/images/[^"]+)"', html):
        image = client.get(src)
        body = b"".join(image.streaming_content) if image.streaming else image.content
        images[src] = [image.status_code, hashlib.sha256(body).hexdigest()]
print(json.dumps({
    "pages": pages,
    "images": images,
    "renditions_before": renditions_before,
    "renditions_after": renditions.count(),
}))
"""

# What differs on every request: CSRF tokens, nonces, the random ids of tables (unique_id).
PER_REQUEST = re.compile(r'(name="csrfmiddlewaretoken" value=|nonce=)"[^"]*"')
RANDOM_ID = re.compile(r"\b(tabel)-[0-9a-f]{8}\b")


def render(site: DemoDatabase) -> dict:
    result = subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, "-c", RENDER, *PAGES],
        cwd=REPO,
        env=site.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    for page in report["pages"].values():
        page[1] = RANDOM_ID.sub(r"\1-…", PER_REQUEST.sub(r'\1"…"', page[1]))
    return report


def differences(before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), "backed up", "restored")
    return "\n".join(list(lines)[:40])


def script(name: str, site: DemoDatabase, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (fixed command)
        [str(REPO / "scripts" / name), *args],
        cwd=REPO,
        env=site.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def backed_up_and_restored(seeded_demo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("backup")
    with copy_of(seeded_demo, workdir, "original") as original:
        # Rendered first, so the renditions the pages use exist before the backup.
        before = render(original)
        backup = script("backup", original, str(workdir / "backups"))
        assert backup.returncode == 0, backup.stderr
        folder = Path(backup.stdout.strip().splitlines()[-1])
        with _e2e_database(workdir, "restored") as url:
            restored = DemoDatabase(url, workdir / "restored-media")
            refused = script("restore", restored, str(folder))
            restore = script("restore", restored, str(folder), "--yes")
            assert restore.returncode == 0, restore.stderr
            after = render(restored)
        yield {
            "folder": folder,
            "before": before,
            "after": after,
            "refused": refused,
            "restored_media": restored.media_root,
        }


def test_backup_holds_database_media_and_manifest(backed_up_and_restored, seeded_demo):
    folder = backed_up_and_restored["folder"]
    on_sqlite = seeded_demo.url.startswith("sqlite")
    assert (folder / ("database.sqlite3" if on_sqlite else "database.dump")).is_file()
    assert (folder / "media.tar.gz").stat().st_size > 0
    assert "database: " in (folder / "MANIFEST").read_text()


def test_restore_asks_for_confirmation(backed_up_and_restored):
    refused = backed_up_and_restored["refused"]
    assert refused.returncode != 0
    assert "--yes" in refused.stderr


@pytest.mark.parametrize("path", PAGES)
def test_restored_site_serves_the_same_page(backed_up_and_restored, path):
    before = backed_up_and_restored["before"]["pages"][path]
    after = backed_up_and_restored["after"]["pages"][path]
    assert before[0] == 200
    assert after[0] == before[0]
    assert after[1] == before[1], differences(before[1], after[1])


def test_restored_site_serves_the_same_news_page(backed_up_and_restored):
    before, after = backed_up_and_restored["before"], backed_up_and_restored["after"]
    (news_path,) = set(before["pages"]) - set(PAGES)
    assert before["pages"][news_path][0] == 200
    assert after["pages"][news_path] == before["pages"][news_path], differences(
        before["pages"][news_path][1], after["pages"][news_path][1]
    )


def test_restored_site_shows_the_same_images_from_the_backup(backed_up_and_restored):
    before, after = backed_up_and_restored["before"], backed_up_and_restored["after"]
    assert before["images"], "no page shows an image rendition"
    assert after["images"] == before["images"]
    assert all(status == 200 for status, _ in after["images"].values())
    # Every rendition came out of the backup; none had to be made again from the original.
    assert after["renditions_before"] == before["renditions_after"]
    assert after["renditions_after"] == after["renditions_before"]
