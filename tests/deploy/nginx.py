"""The shipped nginx site config (deploy/nginx/stadsregio.conf) made runnable on this machine for
the tests: a self-signed certificate in place of Let's Encrypt's, logs in the test's folder."""

import re
import shutil
import subprocess
from pathlib import Path

SITE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "stadsregio.conf"


def shipped_site(workdir, host="localhost"):
    """The config text with a new self-signed certificate for `host` (written to workdir)."""
    subprocess.run(  # noqa: S603 (fixed command)
        [
            shutil.which("openssl"),
            *["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
            *["-subj", f"/CN={host}", "-keyout", str(workdir / "key.pem")],
            *["-out", str(workdir / "cert.pem")],
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    site = SITE.read_text()
    site = re.sub(r"/etc/letsencrypt/live/[^;]+/fullchain\.pem", str(workdir / "cert.pem"), site)
    site = re.sub(r"/etc/letsencrypt/live/[^;]+/privkey\.pem", str(workdir / "key.pem"), site)
    return site.replace("/var/log/nginx/", f"{workdir}/")


def nginx_conf(workdir, site, *extra):
    """A main config for `nginx -p workdir -c workdir/nginx.conf` that includes `site`."""
    (workdir / "site.conf").write_text(site)
    (workdir / "nginx.conf").write_text(
        "".join(f"{line}\n" for line in extra)
        + f"pid {workdir}/nginx.pid;\nerror_log {workdir}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {workdir}/site.conf;\n}}\n"
    )
    return workdir / "nginx.conf"
