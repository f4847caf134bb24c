"""gunicorn settings for production: `gunicorn --config deploy/gunicorn.conf.py`.

Everything that differs per machine comes from the environment (the same file as the site's:
/etc/stadsregio/env with systemd, the platform's variables with the Procfile). The defaults serve
cached pages as fast as a bare `gunicorn --workers N` command line does (benchmarks/run measures
both, with and without Redis); docs/deployment.md says when to change them.
"""

import multiprocessing
import os

wsgi_app = "stadsregio_site.wsgi:application"

# Behind nginx on the same machine: loopback only. A platform that routes to $PORT gets all
# interfaces on that port.
bind = os.environ.get("GUNICORN_BIND") or (
    f"0.0.0.0:{os.environ['PORT']}" if os.environ.get("PORT") else "127.0.0.1:8000"
)


def _default_workers():
    """One worker per core without Redis, 2 x cores + 1 with it.

    Without Redis every worker keeps a page cache of its own in memory (docs/deployment.md, "One
    machine, no Redis"): a page is rendered once per worker, and more workers than cores only
    add copies to render and keep. With Redis the workers share one cache, and the extra workers
    serve while others wait on PostgreSQL or Redis.
    """
    cores = multiprocessing.cpu_count()
    return cores * 2 + 1 if os.environ.get("REDIS_URL") else cores


# Sync workers (one request at a time each): rendering a page is Python work that holds the
# interpreter lock, so threads in one worker would take turns rather than run side by side, and
# cost a thread pool and a poller per request. nginx buffers slow uploads and downloads, so a
# worker is never held up by a slow client.
workers = int(os.environ.get("GUNICORN_WORKERS") or _default_workers())
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# A request that takes longer than this is stuck, not slow (a 20 MB upload reaches gunicorn only
# once nginx has received all of it). The graceful timeout lets a restart finish running requests.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5

# Workers live until the next deploy or `systemctl reload`: a restarted worker starts with an
# empty in-process cache (without Redis, its whole page cache), and the site has no memory leak
# to work around. GUNICORN_MAX_REQUESTS=N replaces each worker after about N requests if one
# appears (with a jitter of a tenth, so they do not restart together).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10

# Errors to stderr, where systemd's journal or the platform collects them. nginx keeps the log of
# requests, the only one with client addresses (gunicorn sees nginx); a line per request here
# would only repeat it, at a cost on every cached page. GUNICORN_ACCESS_LOG=- writes it to stdout.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
capture_output = True
proc_name = "stadsregio"
