"""API v2 representations of the relations of projects and news (domains, members, roles, ...).

Separate from api.py because the models name these in their `api_fields`, and api.py, which
builds the images endpoint, can only be imported once the image model is loaded.
"""

from django.apps import apps

from wagtail.models import PageViewRestriction

from rest_framework import serializers

from cms_stadsregio.caching.requests import per_request


def _private_paths(context):
    """Tree paths of the private sections, read once per request."""
    return per_request(
        context.get("request"),
        "private paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class RelatedPagesField(serializers.Field):
    """Linked pages (domains) as id, title, slug and URL; drafts and private pages are left out,
    also when the relation was not prefetched (detail view)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return self.public_pages(manager.all())

    def public_pages(self, pages):
        request = self.context.get("request")
        private = _private_paths(self.context)
        return [
            {
                "id": page.pk,
                "title": page.title,
                "slug": page.slug,
                "html_url": page.get_full_url(request),
            }
            for page in pages
            if page.live and not any(page.path.startswith(path) for path in private)
        ]


class RelatedProjectsField(RelatedPagesField):
    """The related projects of an item, in the editor's order, read through its links
    (`related_project_links`, prefetched with their projects in listings)."""

    def to_representation(self, links):
        return self.public_pages(link.project for link in links.all())


class MembersField(serializers.Field):
    """Member municipalities with their Statbel NIS code and their page on this site."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def _member_index(self):

        request = self.context.get("request")

        def read():
            # The member index is defined on top of the pages that name these fields.
            model = apps.get_model("cms_stadsregio", "MemberIndexPage")
            index = model.objects.live().public().first()
            return index, index.get_full_url(request) if index else ""

        return per_request(request, "api member index", read)

    def to_representation(self, manager):
        index, index_url = self._member_index()
        return [
            {
                "name": member.name,
                "slug": member.slug,
                "nis_code": member.nis_code,
                "postcode": member.postcode,
                "html_url": index_url
                + index.reverse_subpage("member", kwargs={"slug": member.slug})
                if index
                else None,
            }
            for member in manager.all()
        ]


class NamedItemsField(serializers.Field):
    """A many-to-many to small named things (roles, partners): [{name, slug?, website?}]."""

    def __init__(self, attributes=("name",), **kwargs):
        kwargs["read_only"] = True
        self.attributes = attributes
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return [{name: getattr(item, name) for name in self.attributes} for item in manager.all()]


class StatusLabelField(serializers.Field):
    """The status in words (`status` itself is the stable code)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs.setdefault("source", "get_status_display")
        super().__init__(**kwargs)

    def to_representation(self, value):
        return str(value)


class TagNamesField(serializers.Field):
    """Tag names, read through `.all()` so that a prefetch serves them (Wagtail's own TagsField
    asks the database again for every item)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())
