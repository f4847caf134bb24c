"""The home page's factory, for tests."""

import wagtail_factories

from cms_stadsregio.content.factories import home_page
from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    """The home page is created by a migration; this returns it rather than making a second one."""

    title = "Stadsregio Turnhout"

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return home_page()
