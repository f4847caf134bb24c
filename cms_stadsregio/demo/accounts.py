"""One demo account per editorial role, so that every role can be tried in the admin."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms_stadsregio.content.models import Member
from cms_stadsregio.editorial.roles import PARTNERS_GROUP, STADSREGIO_GROUP

ADMIN_URL = "http://127.0.0.1:8000/admin/"
ADMIN_USERNAME = "admin"
DEFAULT_PASSWORD = "stadsregio-demo"  # noqa: S105 - a documented demo default


def demo_password():
    return os.environ.get("DEMO_ADMIN_PASSWORD") or DEFAULT_PASSWORD


def ensure_admin(report):
    user_model = get_user_model()
    if user_model.objects.filter(username=ADMIN_USERNAME).exists():
        report.notes.append(
            f"Beheer: {ADMIN_URL} (gebruiker '{ADMIN_USERNAME}', wachtwoord ongewijzigd)"
        )
        return
    password = demo_password()
    user_model.objects.create_superuser(ADMIN_USERNAME, "admin@stadsregio-turnhout.be", password)
    report.add("beheerder")
    report.notes.append(
        f"Beheer: {ADMIN_URL} (gebruiker '{ADMIN_USERNAME}', wachtwoord '{password}')"
    )


def demo_accounts():
    """(username, first name, last name, group) for every role; one editor per current member."""
    yield ("stadsregio", "Sam", "Stadsregio", Group.objects.get(name=STADSREGIO_GROUP))
    for member in Member.objects.current().select_related("editors_group"):
        yield (f"redactie-{member.slug}", "Redactie", member.name, member.editors_group)
    yield ("partner", "Pat", "Partner", Group.objects.get(name=PARTNERS_GROUP))


def ensure_demo_accounts(report):
    user_model = get_user_model()
    password = demo_password()
    created = []
    for username, first_name, last_name, group in demo_accounts():
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model.objects.create_user(
            username,
            email=f"{username}@stadsregio-turnhout.be",
            password=password,
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(group)
        created.append(f"{username} ({group.name})")
    if created:
        report.add("demo-accounts per rol", len(created))
        report.notes.append(f"Demo-accounts (wachtwoord '{password}', aanmelden op {ADMIN_URL}):")
        report.notes.extend(f"  {line}" for line in created)
