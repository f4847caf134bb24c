"""Forms of the Wagtail admin: Dutch labels Wagtail does not give, and the page editor's form."""

from django import forms
from django.forms.widgets import ChoiceWidget
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form names its fields after their code names ("Password"): label them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["password"].label = _("Wachtwoord")
        self.fields["password"].widget.attrs["placeholder"] = _("Je wachtwoord")
        self.fields["remember"].label = _("Ingelogd blijven")


class ChoicesReadOnce(BaseChoiceIterator):
    """A model choice field's options, read from the database on first use and then kept. Copies
    (Django copies a widget for every render) share what was read."""

    def __init__(self, choices):
        self.choices = choices
        self.read = {}  # shared with copies

    def __iter__(self):
        if "options" not in self.read:
            # Iterated, not list()ed: list() would count the options first, a query of its own.
            self.read["options"] = [choice for choice in self.choices]  # noqa: C416
        return iter(self.read["options"])


class PageForm(WagtailAdminPageForm):
    """The page editor's form. The editor renders every choice field twice (the field itself and
    the template the editor's scripts copy it from), and Django reads a model choice field's
    options from the database on every render: read them once per form instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and isinstance(field.widget, ChoiceWidget):
                field.widget.choices = ChoicesReadOnce(field.widget.choices)
