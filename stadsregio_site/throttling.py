"""Limits on the other ways to guess or to send mail, like the login's (django-axes).

- Page passwords (Wagtail's privacy "met wachtwoord") and collection passwords for documents: a
  wrong password counts as a failed login for that restriction from that address, in django-axes,
  so the same limit, lockout time, Dutch lockout page and `axes_reset` apply as for the admin login.
- Password reset in the admin: at most a few mails per hour per address and per e-mail address,
  counted in the shared cache (cms_stadsregio.content.ratelimit); the form says so in Dutch.
"""

import functools

from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import PasswordResetView

from axes.handlers.proxy import AxesProxyHandler

from cms_stadsregio.content.ratelimit import RateLimit, client_ip
from stadsregio_site.lockout import lockout_response

RESETS_PER_HOUR = 5
reset_limit_by_address = RateLimit("password-reset-ip", limit=RESETS_PER_HOUR, window=3600)
reset_limit_by_email = RateLimit("password-reset-email", limit=3, window=3600)


def limit_password_guesses(view, kind):
    """`view` (Wagtail's password form for a page or a collection), counting wrong passwords."""

    @functools.wraps(view)
    def wrapper(request, **kwargs):
        if request.method != "POST":
            return view(request, **kwargs)
        # Wagtail names it page_view_restriction_id or restriction_id.
        restriction = next(value for key, value in kwargs.items() if key.endswith("restriction_id"))
        credentials = {"username": f"{kind}-wachtwoord-{restriction}"}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request)
        response = view(request, **kwargs)
        if response.status_code == 200:  # the form again: the password was wrong
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                return lockout_response(request)
        return response

    return wrapper


class LimitedPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        email = form.cleaned_data["email"].casefold()
        allowed = reset_limit_by_address.allow(client_ip(self.request))
        if not (allowed and reset_limit_by_email.allow(email)):
            form.add_error(
                None,
                ValidationError(
                    _(
                        "Er werden te veel aanvragen om een nieuw wachtwoord verstuurd. Probeer "
                        "het over een uur opnieuw."
                    ),
                    code="rate_limit",
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
