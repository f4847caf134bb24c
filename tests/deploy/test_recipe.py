"""The deployment recipe in deploy/ (and the Procfile) is checked by the tools that will run it."""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

import pytest

from tests.deploy.nginx import nginx_conf, shipped_site

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("stadsregio*.*"))
# Where the recipe installs the checkout (docs/deployment.md); here: this checkout.
INSTALL_DIR = "/srv/stadsregio/app"


def production_env(tmp_path, **extra):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GUNICORN_", "DJANGO_", "REDIS_URL", "AWS_")) and key != "PORT"
    }
    environment.update(
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="www.stadsregio-turnhout.be",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **extra,
    )
    return environment


def gunicorn(tmp_path, *args, **env):
    return subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", *args],
        cwd=REPO,
        env=production_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_gunicorn_config_loads_with_the_production_app(tmp_path):
    result = gunicorn(tmp_path, "--check-config")
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_config_takes_its_numbers_from_the_environment(tmp_path):
    result = gunicorn(tmp_path, "--print-config", GUNICORN_WORKERS="3", PORT="5123")
    assert result.returncode == 0, result.stderr
    config = dict(
        re.match(r"(\w+)\s+= (.*)", line).groups()
        for line in result.stdout.splitlines()
        if re.match(r"\w+\s+= ", line)
    )
    assert config["workers"] == "3"
    assert config["bind"] == "['0.0.0.0:5123']"
    assert config["wsgi_app"] == "stadsregio_site.wsgi:application"


def _printed_config(tmp_path, **env):
    result = gunicorn(tmp_path, "--print-config", **env)
    assert result.returncode == 0, result.stderr
    return dict(
        re.match(r"(\w+)\s+= (.*)", line).groups()
        for line in result.stdout.splitlines()
        if re.match(r"\w+\s+= ", line)
    )


def test_gunicorn_defaults_keep_the_page_cache_warm(tmp_path):
    """Sync workers that are not restarted (a restart empties a worker's in-memory cache), one
    per core without Redis, 2 x cores + 1 with it; no request log (nginx keeps it)."""
    cores = os.cpu_count()
    config = _printed_config(tmp_path)
    assert config["workers"] == str(cores)
    assert config["threads"] == "1"
    assert config["max_requests"] == "0"
    assert config["accesslog"] == "None"
    config = _printed_config(tmp_path, REDIS_URL="redis://127.0.0.1:6379/0")
    assert config["workers"] == str(2 * cores + 1)
    config = _printed_config(tmp_path, GUNICORN_MAX_REQUESTS="5000", GUNICORN_ACCESS_LOG="-")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("5000", "500")
    assert config["accesslog"] == "-"


def test_gunicorn_binds_to_loopback_by_default(tmp_path):
    result = gunicorn(tmp_path, "--print-config")
    assert "['127.0.0.1:8000']" in result.stdout


def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed (Debian package systemd)")
    assert {unit.name for unit in UNITS} >= {
        "stadsregio.service",
        "stadsregio-publish-scheduled.service",
        "stadsregio-publish-scheduled.timer",
    }
    # verify checks that the commands exist: point the units at this checkout and its .venv.
    venv = Path(sys.executable).parent.parent
    for unit in UNITS:
        text = unit.read_text().replace(f"{INSTALL_DIR}/.venv", str(venv))
        (tmp_path / unit.name).write_text(text.replace(INSTALL_DIR, str(REPO)))
    result = subprocess.run(  # noqa: S603 (fixed command)
        [analyze, "verify", *(f"./{unit.name}" for unit in UNITS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    complaints = [
        line for line in (result.stdout + result.stderr).splitlines() if "stadsregio" in line
    ]
    assert result.returncode == 0 and not complaints, result.stdout + result.stderr


def test_timer_runs_publish_scheduled_at_least_every_five_minutes():
    timer = (DEPLOY / "systemd" / "stadsregio-publish-scheduled.timer").read_text()
    service = (DEPLOY / "systemd" / "stadsregio-publish-scheduled.service").read_text()
    assert "OnCalendar=*-*-* *:*:00" in timer
    assert "manage.py publish_scheduled" in service


def procfile_commands():
    for line in (REPO / "Procfile").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            process_type, command = line.split(":", 1)
            for part in command.split("&&"):
                yield process_type, shlex.split(part)


def test_procfile_refers_to_existing_commands_and_modules():
    commands = list(procfile_commands())
    assert {process_type for process_type, _ in commands} == {"web", "release"}
    known = get_commands()
    for _process_type, argv in commands:
        if argv[0] == "gunicorn":
            config = argv[argv.index("--config") + 1]
            assert (REPO / config).is_file(), config
        else:
            assert argv[:2] == ["python", "manage.py"], argv
            assert argv[2] in known, f"manage.py {argv[2]} does not exist"


def test_procfile_release_migrates_and_collects_static_files():
    release = [argv[2] for process_type, argv in procfile_commands() if process_type == "release"]
    assert release == ["migrate", "collectstatic"]


def test_nginx_accepts_the_largest_upload():
    conf = (DEPLOY / "nginx" / "stadsregio.conf").read_text()
    size = re.search(r"client_max_body_size (\d+)m;", conf)
    assert size, "client_max_body_size missing"
    largest = max(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    # The file plus the rest of the multipart form around it.
    assert int(size[1]) * 1024 * 1024 > largest
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in conf


def test_nginx_config_passes_nginx_t(tmp_path):
    nginx, openssl = shutil.which("nginx"), shutil.which("openssl")
    if not nginx or not openssl:
        pytest.skip("nginx or openssl is not installed; the config is only checked where it is")
    config = nginx_conf(tmp_path, shipped_site(tmp_path))
    result = subprocess.run(  # noqa: S603 (fixed command)
        [nginx, "-t", "-p", str(tmp_path), "-c", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
