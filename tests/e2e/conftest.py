"""A real server with the demo content, and Debian's Chromium driven by Playwright.

The server runs in a subprocess (gunicorn, test settings: WhiteNoise serves static files from the
apps, media are served by Django) against its own database:
a temporary SQLite file, or a separate database on the suite's PostgreSQL server.
"""

import contextlib
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import dj_database_url
import psycopg
import pytest
from playwright.sync_api import Page, Response, sync_playwright
from psycopg import sql

from tests.e2e.pages import NOT_CHILD_PAGES, DemoPage

BASE_DIR = Path(__file__).resolve().parents[2]
NODE_MODULES = BASE_DIR / "node_modules"
SETTINGS = "stadsregio_site.settings.test"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SETUP_TIMEOUT = 900


def _require(path: Path | str | None, what: str) -> str:
    if not path or not Path(path).exists():
        pytest.fail(
            f"{what} ontbreekt / is missing: run scripts/test once to install it", pytrace=False
        )
    return str(path)


class DemoSite:
    def __init__(self, base_url: str, mail_dir: Path | None = None):
        self.base_url = base_url
        self.netloc = urlsplit(base_url).netloc
        self.mail_dir = mail_dir
        self._paths: dict[str, str] = {}

    def mails(self) -> list[str]:
        """Every mail the server sent so far, as text (the file backend writes one per batch)."""
        if self.mail_dir is None or not self.mail_dir.exists():
            return []
        return [path.read_text() for path in sorted(self.mail_dir.iterdir())]

    def url(self, path: str) -> str:
        return self.base_url + path

    def serves(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob", "about") or parts.netloc == self.netloc

    def fetch(self, path: str) -> tuple[int, str]:
        try:
            with urlopen(self.url(path), timeout=60) as response:  # noqa: S310 (our own http URL)
                return response.status, response.read().decode()
        except HTTPError as error:
            return error.code, error.read().decode()

    def path_of(self, page: DemoPage) -> str:
        """The page's path; raises LookupError when an index page links to no child page."""
        if page.path:
            return page.path
        if page.name not in self._paths:
            self._paths[page.name] = self._first_child_path(page.first_child_of)
        return self._paths[page.name]

    def _first_child_path(self, index_path: str) -> str:
        status, html = self.fetch(index_path)
        if status != 200:
            raise LookupError(f"{index_path} answered {status}, so it has no child page to test")
        parser = _LinksInMain()
        parser.feed(html)
        child = re.compile(re.escape(index_path) + r"([^/]+)/")
        for href in parser.links:
            parts = urlsplit(urljoin(self.url(index_path), href))
            match = child.fullmatch(parts.path)
            if (
                match
                and parts.netloc == self.netloc
                and not parts.query
                and match[1] not in NOT_CHILD_PAGES
            ):
                return parts.path
        raise LookupError(f"the <main> of {index_path} links to none of its child pages")


class _LinksInMain(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_main = 0
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        elif tag == "a" and self.in_main and (href := dict(attrs).get("href")):
            self.links.append(href)

    def handle_endtag(self, tag):
        if tag == "main" and self.in_main:
            self.in_main -= 1


@contextlib.contextmanager
def _e2e_database(workdir: Path, suffix: str = "e2e", template: str | None = None):
    """A database URL of its own for the server, on the same engine as the suite's database.

    Empty, or a copy of `template` (the URL of another database made here) when given.
    """
    suite_url = os.environ.get("DATABASE_URL", "")
    if not suite_url or suite_url.startswith("sqlite"):
        path = workdir / f"{suffix}.sqlite3"
        if template:
            source = sqlite3.connect(template.removeprefix("sqlite:///"))
            target = sqlite3.connect(path)
            with contextlib.closing(source), contextlib.closing(target):
                source.backup(target)
        yield f"sqlite:///{path}"
        return
    config = dj_database_url.parse(suite_url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail(f"browser tests support SQLite and PostgreSQL, not {config['ENGINE']}")
    name = f"{config['NAME']}_{suffix}_{os.getpid()}"
    connect = {
        "dbname": "postgres",
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "autocommit": True,
    }
    with psycopg.connect(**connect) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            # Nobody may be connected to the template while it is copied.
            template_name = urlsplit(template).path.lstrip("/")
            create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template_name))
        connection.execute(create)
    try:
        yield urlsplit(suite_url)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(**connect) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _manage(env: dict[str, str], *args: str) -> None:
    result = subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=SETUP_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"manage.py {' '.join(args)} failed (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}",
            pytrace=False,
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(site: DemoSite, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"the server stopped (exit {server.returncode}):\n{log.read_text()}")
        try:
            site.fetch("/")
            return
        except (URLError, ConnectionError):
            time.sleep(0.1)
    pytest.fail(f"the server did not answer within 60 s:\n{log.read_text()}")


@contextlib.contextmanager
def _gunicorn(env: dict[str, str], workdir: Path, name: str = "server", workers: int = 2):
    """A gunicorn serving the site on a free port until the block ends; its log in workdir."""
    port = _free_port()
    log = workdir / f"{name}.log"
    mail_dir = workdir / f"{name}-mail"
    # Mail is written to files the tests can read, with links to this server's own address.
    env = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        **env,
    }
    with log.open("w") as log_file:
        server = subprocess.Popen(  # noqa: S603 (fixed command)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "stadsregio_site.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={workers}",
                "--threads=2",
                "--graceful-timeout=5",
                "--access-logfile=-",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        site = DemoSite(f"http://127.0.0.1:{port}", mail_dir)
        _wait_until_serving(site, server, log)
        yield site
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# Package scope: the server and the browser stop when the browser tests are done. (Playwright's
# sync API keeps an event loop running, which would make Django refuse ORM calls in later tests.)
@pytest.fixture(scope="package")
def demo_site(tmp_path_factory, seeded_demo) -> DemoSite:
    # Imported here: tests.demo_database imports this module.
    from tests.demo_database import copy_of

    workdir = tmp_path_factory.mktemp("e2e")
    # A copy of the session's seeded demo database (tests/conftest.py): seeding takes half a minute.
    # The anonymous page cache on, as in production: the review test publishes through the admin
    # and then reads the page as a visitor, through either worker.
    with (
        copy_of(seeded_demo, workdir, "e2e") as demo,
        _gunicorn(demo.env(PAGE_CACHE="on"), workdir) as site,
    ):
        yield site


@pytest.fixture(scope="package")
def browser():
    _require(CHROMIUM, "Chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_script() -> str:
    return _require(NODE_MODULES / "axe-core" / "axe.min.js", "axe-core (npm)")


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    """The Nu Html Checker, on Debian's Java (vnu-jar's own Java download is skipped)."""
    java = _require(shutil.which("java"), "Java")
    return [
        java,
        "-jar",
        _require(NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar", "vnu-jar (npm)"),
    ]


@dataclass
class Visit:
    url: str
    page: Page
    response: Response | None = None
    requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(demo_site, browser):
    """open_page(demo_page, viewport) loads the page in a fresh browser context."""
    contexts = []

    def open_(demo_page: DemoPage, viewport: dict, wait_until="load") -> Visit:
        try:
            url = demo_site.url(demo_site.path_of(demo_page))
        except LookupError as error:
            pytest.fail(str(error), pytrace=False)
        # bypass_csp: axe-core is injected as an inline script, which the site's policy forbids.
        # test_security_headers checks the policy in contexts of its own, without this.
        context = browser.new_context(
            viewport=viewport, locale="nl-BE", service_workers="block", bypass_csp=True
        )
        contexts.append(context)
        # Requests to other hosts are still seen by the "request" listener below, but never leave.
        context.route(lambda address: not demo_site.serves(address), lambda route: route.abort())
        visit = Visit(url=url, page=context.new_page())

        def record_failure(response: Response) -> None:
            if response.status >= 400 and response.url != url:
                visit.failed_requests.append(f"{response.url} ({response.status})")

        visit.page.on("request", lambda request: visit.requests.append(request.url))
        visit.page.on(
            "requestfailed",
            lambda request: visit.failed_requests.append(f"{request.url} ({request.failure})"),
        )
        visit.page.on("response", record_failure)
        visit.response = visit.page.goto(url, wait_until=wait_until)
        status = visit.response.status if visit.response else None
        if status != demo_page.status:
            pytest.fail(f"{url} answered {status}, expected {demo_page.status}", pytrace=False)
        return visit

    yield open_
    for context in contexts:
        context.close()


DEMO_PASSWORD = "stadsregio-demo"


@pytest.fixture
def login(demo_site, browser):
    """login(username) signs a demo account in through the admin's login form, in a context of
    its own; the admin's own scripts (autosave included) run as they do for an editor."""
    contexts = []

    def login_(username):
        context = browser.new_context(locale="nl-BE")
        contexts.append(context)
        page = context.new_page()
        page.goto(demo_site.url("/admin/login/"))
        page.get_by_label("Gebruikersnaam").fill(username)
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(re.compile(r"/admin/$"))
        return page

    yield login_
    for context in contexts:
        context.close()
