"""The admin request being handled, so that the review task can confirm what it did.

Wagtail calls a task's `on_action()` with the user but not the request, from the page editor,
the dashboard and the page listing alike. `CurrentRequestMiddleware` remembers the request for
the length of one request (a context variable: safe with threads), and `add_message()` puts a
confirmation on it for the next page the editor sees. Outside a request it does nothing.
"""

import contextvars

from django.contrib import messages

_current_request = contextvars.ContextVar("stadsregio_current_request", default=None)

LEVELS = {"success": messages.SUCCESS, "warning": messages.WARNING, "error": messages.ERROR}


def add_message(level, text):
    request = _current_request.get()
    if request is not None and hasattr(request, "_messages"):
        messages.add_message(request, LEVELS[level], text)


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def request_memo(key, compute):
    """compute() once per key while one GET request is handled (nothing changes while reading);
    every time otherwise: a POST may change what it answers, and code outside a request sees the
    database as it is."""
    request = _current_request.get()
    if request is None or request.method != "GET":
        return compute()
    memo = request.__dict__.setdefault("_stadsregio_memo", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]
