"""Uploads with AWS_STORAGE_BUCKET_NAME set go to S3-compatible storage, as the settings promise.

Against moto's S3 server on a free port: the production settings' storage stores a file, reads it
back, addresses images through the site (which serves them once public), sets no ACL and never
replaces an existing file; the bucket itself gives anonymous readers nothing.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import boto3
import pytest
from botocore.exceptions import BotoCoreError

from tests.e2e.conftest import _free_port

REPO = Path(__file__).resolve().parents[2]
BUCKET = "stadsregio-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}

UPLOAD = """
import json
import django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

first = default_storage.save("original_images/kaart.png", ContentFile(b"eerste"))
second = default_storage.save("original_images/kaart.png", ContentFile(b"tweede"))
document = default_storage.save("documents/begroting.pdf", ContentFile(b"%PDF-1.4"))
with default_storage.open(first) as stored:
    content = stored.read().decode()
print(json.dumps({
    "first": first,
    "second": second,
    "content": content,
    "url": default_storage.url(first),
}))
"""


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    server = subprocess.Popen(  # noqa: S603 (fixed command)
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-west-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client.create_bucket(
                    Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
                )
                break
            except BotoCoreError:  # not listening yet
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto's S3 server did not start:\n{log.read_text()}")
                time.sleep(0.1)
        yield endpoint, client
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_upload_round_trip_through_the_production_storage(s3_endpoint):
    endpoint, client = s3_endpoint
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "REDIS_URL", "FRONTEND_CACHE_"))
    }
    environment.update(
        CREDENTIALS,
        DJANGO_SETTINGS_MODULE="stadsregio_site.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="www.stadsregio-turnhout.be",
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_S3_REGION_NAME="eu-west-1",
    )
    result = subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, "-c", UPLOAD],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    upload = json.loads(result.stdout)

    assert upload["content"] == "eerste"
    # The second file with the same name got a name of its own; the first is unchanged.
    assert upload["second"] != upload["first"]
    stored = client.get_object(Bucket=BUCKET, Key=upload["first"])
    assert stored["Body"].read() == b"eerste"
    assert stored["CacheControl"] == "public, max-age=86400"
    # No ACL was sent: only the owner's own grant, nothing for everyone.
    grants = client.get_object_acl(Bucket=BUCKET, Key=upload["first"])["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    # Images are addressed through the site (cms_stadsregio.content.views.image_file checks
    # publicity).
    assert upload["url"] == f"/media/{upload['first']}"
    # The bucket gives anonymous readers nothing, images and documents alike.
    for key in (upload["first"], "documents/begroting.pdf"):
        with pytest.raises(HTTPError) as refused:
            urlopen(f"{endpoint}/{BUCKET}/{key}", timeout=10)  # noqa: S310 (moto on localhost)
        assert refused.value.code == 403
