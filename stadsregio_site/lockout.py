"""What someone sees after too many failed logins (django-axes, settings.AXES_LOCKOUT_CALLABLE)."""

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    # Axes' own page is English and gives the cool-off as an ISO 8601 duration ("PT30M").
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "lockout.html",
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
