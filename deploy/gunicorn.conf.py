"""gunicorn settings for production: `gunicorn --config deploy/gunicorn.conf.py`.

Everything that differs per machine comes from the environment (the same file as the site's:
/etc/stadsregio/env with systemd, the platform's variables with the Procfile).
"""

import multiprocessing
import os

wsgi_app = "stadsregio_site.wsgi:application"

# Behind nginx on the same machine: loopback only. A platform that routes to $PORT gets all
# interfaces on that port.
bind = os.environ.get("GUNICORN_BIND") or (
    f"0.0.0.0:{os.environ['PORT']}" if os.environ.get("PORT") else "127.0.0.1:8000"
)

# Sync workers with a few threads each: pages are rendered in Python and wait on PostgreSQL, so a
# thread can serve while another waits. nginx buffers slow uploads and downloads, so a worker is
# never held up by a slow client.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))

# A request that takes longer than this is stuck, not slow (a 20 MB upload reaches gunicorn only
# once nginx has received all of it). The graceful timeout lets a restart finish running requests.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5

# Workers are replaced now and then, so that memory a long-lived process gathers is given back;
# the jitter keeps them from restarting all at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = 100

# Logs to stdout and stderr, where systemd's journal or the platform collects them. No IP
# addresses other than nginx's own reach this log: the client's address is in nginx's log only.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
capture_output = True
proc_name = "stadsregio"
