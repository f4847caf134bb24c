"""The request being handled, and the one memo every part of the site keeps on it.

- `per_request(request, key, compute)`: compute() once per key while this request is handled.
  Every per-request memo of the site lives in this one dict on the request.
- `request_memo(key, compute)`: the same for the current request, and only for a GET, for code
  that is not handed the request (a page model's properties in the admin).
- `add_message()`: a confirmation for the next page the editor sees, from the review task:
  Wagtail calls a task's `on_action()` with the user but not the request, from the page editor,
  the dashboard and the page listing alike. Outside a request it does nothing.

`CurrentRequestMiddleware` remembers the request for the length of one request (a context
variable: safe with threads).
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


MEMO_ATTR = "_stadsregio_memo"


def memo_of(request):
    """The request's memo (a dict); for an API request, that of Django's request inside it."""
    request = getattr(request, "_request", request)
    return request.__dict__.setdefault(MEMO_ATTR, {})


def per_request(request, key, compute):
    """compute() once per key for this request; every time without a request (a mail, a block
    preview, a script)."""
    if request is None:
        return compute()
    memo = memo_of(request)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def request_memo(key, compute):
    """compute() once per key while one GET request is handled (nothing changes while reading);
    every time otherwise: a POST may change what it answers, and code outside a request sees the
    database as it is."""
    request = _current_request.get()
    if request is None or request.method != "GET":
        return compute()
    return per_request(request, key, compute)
