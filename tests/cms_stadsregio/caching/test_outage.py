"""The database stops while the site is under load, and starts again (PostgreSQL only).

gunicorn with the production settings serves the site from a throwaway PostgreSQL server of the
test's own (scripts/_postgres.sh). While the server is down, a page in the page cache is served as
it was, every other request gets the Dutch 503 page with Retry-After, nothing answers 500, and the
log has one line per failing request, no tracebacks. Once the server is back, the site answers
normally again without a restart.
"""

import contextlib
import http.client
import os
import secrets
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import pytest

from tests.e2e.conftest import BASE_DIR, _free_port

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        dj_database_url.parse(os.environ.get("DATABASE_URL") or "sqlite://")["ENGINE"]
        != "django.db.backends.postgresql",
        reason="stops and starts a PostgreSQL server: runs when the suite runs on PostgreSQL",
    ),
]

HELPERS = 'source scripts/_postgres.sh; PG_THROWAWAY_BIN="$1"; PG_THROWAWAY_DIR="$2"; '
BASH = shutil.which("bash") or "/bin/bash"


@dataclass
class Postgres:
    bin: str
    dir: str
    url: str
    port: int

    def _run(self, command):
        subprocess.run(  # noqa: S603 (fixed command)
            [BASH, "-c", HELPERS + command, "_", self.bin, self.dir, str(self.port)],
            cwd=BASE_DIR,
            check=True,
            capture_output=True,
        )

    def stop(self):
        self._run('_pg_as_owner "$1/pg_ctl" -D "$2/data" -m fast -w stop')

    def start(self):
        self._run(
            '_pg_as_owner "$1/pg_ctl" -D "$2/data" -l "$2/server.log" -w '
            '-o "-h 127.0.0.1 -p $3 -k /tmp -F" start'
        )


@pytest.fixture
def postgres():
    port = _free_port()
    started = subprocess.run(  # noqa: S603 (fixed command)
        [
            BASH,
            "-c",
            (
                f"source scripts/_postgres.sh; pg_throwaway_start {port} >&2; "
                'echo "$PG_THROWAWAY_BIN $PG_THROWAWAY_DIR $PG_THROWAWAY_URL"'
            ),
        ],
        cwd=BASE_DIR,
        check=True,
        capture_output=True,
        text=True,
    )
    server = Postgres(*started.stdout.split(), port=port)
    try:
        yield server
    finally:
        server._run("pg_throwaway_stop")


@contextlib.contextmanager
def production_site(postgres, workdir: Path):
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "stadsregio_site.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DATABASE_URL": postgres.url,
        "MEDIA_ROOT": str(workdir / "media"),
        "PAGE_CACHE": "on",
    }
    env.pop("REDIS_URL", None)
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(  # noqa: S603 (fixed command)
            [sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True
        )
    port = _free_port()
    log = workdir / "gunicorn.log"
    # One worker: its page cache (in memory, no Redis here) holds the page served while down.
    server = subprocess.Popen(  # noqa: S603 (fixed command)
        [sys.executable, "-m", "gunicorn", "stadsregio_site.wsgi", f"--bind=127.0.0.1:{port}",
         "--workers=1", "--threads=4", "--graceful-timeout=5"],
        cwd=BASE_DIR, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while get(port, "/")[0] != 200:
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield port, log
    finally:
        server.terminate()
        server.wait(timeout=15)


def get(port, path, cookie=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    except OSError:
        return 0, {}, ""
    finally:
        connection.close()


def load(port, seconds):
    """Eight clients for `seconds`: the cached home page, uncached addresses, and an editor."""
    requests = [("/", None), ("/zoeken/?q=wonen", None), ("/", "sessionid=redacteur")]
    deadline = time.monotonic() + seconds

    def client(number):
        answers = []
        while time.monotonic() < deadline:
            path, cookie = requests[len(answers) % len(requests)]
            if path != "/":
                path += f"{'&' if '?' in path else '?'}n={number}-{len(answers)}"
            answers.append((path, cookie, *get(port, path, cookie)))
        return answers

    with ThreadPoolExecutor(8) as pool:
        return [answer for answers in pool.map(client, range(8)) for answer in answers]


def test_the_site_survives_a_database_outage(postgres, tmp_path):
    with production_site(postgres, tmp_path) as (port, log):
        assert get(port, "/")[1].get("X-Page-Cache") in ("hit", "miss")
        assert get(port, "/")[1]["X-Page-Cache"] == "hit"
        before = log.read_text()

        postgres.stop()
        answers = load(port, seconds=4)
        during_log = log.read_text()[len(before) :]
        assert len(answers) > 50
        for path, cookie, status, headers, body in answers:
            if path == "/" and cookie is None:
                assert (status, headers.get("X-Page-Cache")) == (200, "stale"), path
            else:
                assert status == 503, (path, cookie, status, body[:500])
                assert headers["Retry-After"] == "30"
                assert "<h1>Even niet beschikbaar</h1>" in body
        failed = sum(1 for answer in answers if answer[2] == 503)
        assert during_log.count("Service Unavailable: ") == failed
        assert len(during_log.splitlines()) == failed, during_log[:3000]
        assert "Traceback" not in during_log

        postgres.start()
        deadline = time.monotonic() + 30
        while get(port, "/zoeken/?q=terug")[0] != 200:
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        answers = load(port, seconds=2)
        assert {status for _path, _cookie, status, _headers, _body in answers} == {200}
