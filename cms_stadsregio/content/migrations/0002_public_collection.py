from django.db import migrations

PUBLIC_COLLECTION_NAME = "Openbaar"  # cms_stadsregio.content.publicity.PUBLIC_COLLECTION_NAME


def create_public_collection(apps, schema_editor):
    """The collection for files that are public without a page (cms_stadsregio/content/publicity.py),
    made with Wagtail's own model, which knows how to add a node to the tree."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    if root is not None and not root.get_children().filter(name=PUBLIC_COLLECTION_NAME).exists():
        root.add_child(name=PUBLIC_COLLECTION_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("cms_stadsregio", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_public_collection, migrations.RunPython.noop)]
