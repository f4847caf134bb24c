"""Two app servers, one database, one Redis: the app servers keep no state of their own.

Server A and server B are separate gunicorn processes (two workers each) on the same database and
the same Redis. What an editor publishes through A is what a visitor gets through B on the very
next request, even though B had that page in its page cache; and an editor's session from A is
valid on B.
"""

import contextlib
import http.client
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
import redis

from tests.demo_database import copy_of
from tests.e2e.conftest import DemoSite, _free_port, _gunicorn

pytestmark = pytest.mark.e2e

# An index page: its edit form is complete without JavaScript (no StreamField).
PAGE = "/themas/"
ADMIN_USER, ADMIN_PASSWORD = "admin", "stadsregio-demo"


@contextlib.contextmanager
def redis_server(workdir: Path):
    binary = shutil.which("redis-server")
    if not binary:
        pytest.fail(
            "redis-server ontbreekt / is missing: run scripts/test as root (it installs it), "
            "or apt-get install redis-server",
            pytrace=False,
        )
    port = _free_port()
    log = workdir / "redis.log"
    server = subprocess.Popen(  # noqa: S603 (fixed command)
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 20
        while True:
            if server.poll() is not None:
                pytest.fail(f"redis-server stopped (exit {server.returncode}):\n{log.read_text()}")
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    pytest.fail(f"redis-server did not answer within 20 s:\n{log.read_text()}")
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass
class Servers:
    a: DemoSite
    b: DemoSite
    redis_url: str


@pytest.fixture(scope="module")
def servers(seeded_demo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("two-servers")
    with (
        redis_server(workdir) as redis_url,
        copy_of(seeded_demo, workdir, "two_servers") as site,
    ):
        # The page cache is on, as in production (the test settings switch it off by default).
        env = site.env(REDIS_URL=redis_url, PAGE_CACHE="on")
        with _gunicorn(env, workdir, "server-a") as a, _gunicorn(env, workdir, "server-b") as b:
            yield Servers(a, b, redis_url)


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str


class Browser:
    """Keeps cookies like a browser, for whichever server it talks to; follows no redirects."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, site: DemoSite, path: str, form: dict | list | None = None) -> Answer:
        parts = urlsplit(site.base_url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request("POST" if form is not None else "GET", path, body, headers)
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read().decode())
        finally:
            connection.close()
        for header in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return answer

    def log_in(self, site: DemoSite) -> None:
        form = FormFields.of(self.request(site, "/admin/login/").body, "login")
        form.update(username=ADMIN_USER, password=ADMIN_PASSWORD)
        answer = self.request(site, "/admin/login/", form.fields)
        assert answer.status == 302, f"login failed ({answer.status})"
        assert "sessionid" in self.cookies


class FormFields(HTMLParser):
    """The fields a browser would submit from one form of a page, without JavaScript."""

    def __init__(self, form_marker: str):
        super().__init__(convert_charrefs=True)
        self.form_marker = form_marker
        self.in_form = False
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []

    @classmethod
    def of(cls, html: str, form_marker: str) -> "FormFields":
        parser = cls(form_marker)
        parser.feed(html)
        assert parser.fields, f"no form with {form_marker!r} found"
        return parser

    def update(self, **values: str) -> None:
        self.fields = [(name, value) for name, value in self.fields if name not in values]
        self.fields.extend(values.items())

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.in_form = self.form_marker in (
                f"{attributes.get('id', '')} {attributes.get('action', '')}"
            )
        if not self.in_form or "disabled" in attributes:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attributes:
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.fields.append((name, attributes.get("value") or default))
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields.append((name, ""))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((attributes.get("value", ""), "selected" in attributes))

    def handle_data(self, data):
        if self._textarea:
            name, value = self.fields[-1]
            self.fields[-1] = (name, value + data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea":
            if self._textarea:
                name, value = self.fields[-1]
                # Browsers drop the newline that follows <textarea>.
                self.fields[-1] = (name, value.removeprefix("\n"))
            self._textarea = None
        elif tag == "select" and self._select:
            # The selected option, else the first one (a single select); none when it is empty.
            selected = [value for value, chosen in self._options if chosen] or [
                value for value, _ in self._options[:1]
            ]
            self.fields.extend((self._select, value) for value in selected)
            self._select = None


def page_id(site: DemoSite, path: str) -> int:
    answer = Browser().request(site, f"/api/v2/pages/find/?html_path={path}")
    assert answer.status == 302, answer.status
    return int(re.search(r"/pages/(\d+)/", answer.headers["Location"])[1])


def test_session_made_on_one_server_is_valid_on_the_other(servers):
    editor = Browser()
    editor.log_in(servers.a)
    # The session is in Redis (and the database), where every server reads it.
    assert redis.Redis.from_url(servers.redis_url).keys("stadsregio-sessions:*")
    dashboard = editor.request(servers.b, "/admin/")
    assert dashboard.status == 200, f"server B sent {dashboard.status} instead of the dashboard"
    assert 'name="username"' not in dashboard.body
    # Logging out through B ends the session on A too. (The admin's sidebar builds its logout
    # form in JavaScript, from the CSRF token in the page's configuration.)
    token = re.search(r'"CSRF_TOKEN": "([^"]+)"', dashboard.body)
    assert token, "no CSRF token in the admin page"
    logout = editor.request(servers.b, "/admin/logout/", {"csrfmiddlewaretoken": token[1]})
    assert logout.status == 302
    assert editor.request(servers.a, "/admin/").status == 302


def test_change_published_through_one_server_shows_at_once_through_the_other(servers):
    visitor = Browser()
    first = visitor.request(servers.b, PAGE)
    second = visitor.request(servers.b, PAGE)
    assert first.status == second.status == 200
    assert "Onze vier beleidsdomeinen" not in second.body
    # B's page cache (in Redis) holds the page now.
    assert first.headers["X-Page-Cache"] == "miss"
    assert second.headers["X-Page-Cache"] == "hit"
    assert visitor.cookies == {}, "an anonymous visitor got a cookie"
    assert redis.Redis.from_url(servers.redis_url).keys("stadsregio:*")

    editor = Browser()
    editor.log_in(servers.a)
    edit_path = f"/admin/pages/{page_id(servers.a, PAGE)}/edit/"
    form = FormFields.of(editor.request(servers.a, edit_path).body, "page-edit-form")
    form.update(title="Onze vier beleidsdomeinen", **{"action-publish": "action-publish"})
    published = editor.request(servers.a, edit_path, form.fields)
    assert published.status == 302, f"publishing failed ({published.status}):\n{published.body}"

    after = visitor.request(servers.b, PAGE)
    assert after.status == 200
    assert "<h1>Onze vier beleidsdomeinen</h1>" in after.body
