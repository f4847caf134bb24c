"""Settings from the environment, read one way for every setting: a switch is on with 1, true,
yes or on and off with 0, false, no or off (any case); anything else, or a number that is not
one, stops the site at start with a message that names the variable, instead of quietly meaning
"off"."""

import os

from django.core.exceptions import ImproperlyConfigured

ON = ("1", "true", "yes", "on")
OFF = ("0", "false", "no", "off")


def env_bool(name, default):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ON:
        return True
    if value in OFF:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r}: gebruik on/off, true/false, yes/no of 1/0 (use one of those)."
    )


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name}={value!r}: een geheel getal verwacht (a whole number)."
        ) from None


def env_list(name, default=""):
    """Comma-separated values, without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
