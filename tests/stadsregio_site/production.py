"""Python in a fresh process with the production settings, for the tests of what they say."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "stadsregio_site.settings.production",
    "DJANGO_SECRET_KEY": "k7#Vq2!rZp9@Lm4$Tx8^Wb3&Hn6*Jc1(Fd5)Gs0_Ye-Ua+Io=Pe",
    "DJANGO_ALLOWED_HOSTS": "www.stadsregio-turnhout.be,stadsregio-turnhout.be",
}
# What the developer's shell may have set that would change the settings under test: each case
# gets only the variables it names.
NOT_INHERITED = (
    *("DJANGO_", "PYTEST_", "LOGIN_", "PAGE_CACHE", "FRAGMENT_CACHE"),
    *("REDIS_URL", "CACHE_KEY_PREFIX", "AWS_", "FRONTEND_CACHE_"),
)


def run_production(args, **env):
    """Run `python <args>` with the production settings and the given environment."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(NOT_INHERITED)
    }
    environment.update(PRODUCTION_ENV, **env)
    return subprocess.run(  # noqa: S603 (fixed command)
        [sys.executable, *args],
        check=False,
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
