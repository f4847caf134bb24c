from django.db import migrations


def create_homepage(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes.ContentType")
    page_model = apps.get_model("wagtailcore.Page")
    site_model = apps.get_model("wagtailcore.Site")
    home_page_model = apps.get_model("home.HomePage")
    locale_model = apps.get_model("wagtailcore.Locale")

    # Replace Wagtail's placeholder page of type Page, if it is still there.
    page_content_type = content_type_model.objects.get(model="page", app_label="wagtailcore")
    page_model.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()

    homepage_content_type, _created = content_type_model.objects.get_or_create(
        model="homepage", app_label="home"
    )
    homepage = home_page_model.objects.create(
        title="Stadsregio Turnhout",
        draft_title="Stadsregio Turnhout",
        slug="home",
        content_type=homepage_content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale_model.objects.order_by("pk").first(),
    )
    site_model.objects.create(
        hostname="localhost",
        root_page=homepage,
        is_default_site=True,
        site_name="Stadsregio Turnhout",
    )


def remove_homepage(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes.ContentType")
    home_page_model = apps.get_model("home.HomePage")
    home_page_model.objects.filter(slug="home", depth=2).delete()
    content_type_model.objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
