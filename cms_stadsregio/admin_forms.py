"""Forms of the Wagtail admin that need Dutch labels Wagtail does not give them."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form names its fields after their code names ("Password"): label them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam")
        self.fields["password"].label = _("Wachtwoord")
        self.fields["password"].widget.attrs["placeholder"] = _("Je wachtwoord")
        self.fields["remember"].label = _("Ingelogd blijven")
