"""What visitors get while the database is unreachable (a restart, a failover, a full disk).

- Pages in the anonymous page cache are served as they were (stale is better than an error page):
  the page cache (cms_stadsregio/caching/middleware.py) keys them by the last content version it
  read.
- Every other request gets a short Dutch page with status 503 and `Retry-After`, rendered without
  the database (templates/503.html), through Django's handler500 (stadsregio_site.urls).
- The log gets one line per failing request, not a traceback of a hundred lines:
  DatabaseUnavailableFilter on the handlers shortens the record.
- Nothing to do afterwards: Django drops a broken connection at the end of the request, and the
  next request connects again (CONN_HEALTH_CHECKS checks a kept connection first).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.views import defaults

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable(request):
    response = TemplateResponse(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response.render()  # also when a middleware returns it


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """Django's 500 page, or the 503 page when the error is an unreachable database."""
    if isinstance(sys.exc_info()[1], UNAVAILABLE):
        return database_unavailable(request)
    return defaults.server_error(request, template_name)


class DatabaseUnavailableFilter(logging.Filter):
    """One line instead of a traceback for a request that failed on an unreachable database."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, UNAVAILABLE):
            reason = " ".join(str(error).split())[:200]
            record.msg = f"{record.getMessage()} (database unavailable: {reason})"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
