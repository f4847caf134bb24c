"""The public, read-only API at /api/v2/: Wagtail's API v2 with pages, images and documents.

Pages are what an anonymous visitor may see (live, public, published content only; drafts and
unpublished changes live in revisions, which the API never reads). Projects and news bring their
relations in one query each, so a listing costs the same whatever its length.
"""

from django.core.exceptions import FieldError, ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer as WagtailDocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer as WagtailImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from rest_framework.renderers import JSONRenderer

from cms_stadsregio.content.models import NewsPage, ProjectPage
from cms_stadsregio.content.models.filters import MAX_SEARCH_LENGTH, SearchForm
from cms_stadsregio.content.publicity import public_files
from cms_stadsregio.content.serializers import TagNamesField

# Rich text and StreamField content link to other pages and documents, which costs queries per
# item: in listings it would make the cost grow with the number of items. Ask for one item.
DETAIL_ONLY_FIELDS = ["body", "documents"]
# Relations that are prefetched when a listing of projects or news asks for them.
PREFETCHED_RELATIONS = ("domains", "members", "tags", "roles", "partners")
WITH_RELATIONS = {"domains", "members", "tags"}  # what ListingPageQuerySet.with_relations() fetches


class JSONOnly:
    """JSON, without Django REST framework's browsable HTML version of the API: that page sets a
    CSRF cookie (public pages set none) and uses inline code the Content-Security-Policy blocks.
    Browsers still get the JSON: they accept */*."""

    renderer_classes = [JSONRenderer]


class FilterErrorsAreBadRequests:
    """A value the database cannot compare (`?start_date=gisteren`, `?members=x`, `find/?id=`)
    is the client's mistake: answer 400, as Wagtail does for the values it checks itself."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses NUL in any string; Wagtail checks only some parameters for it.
        if any("\x00" in key + "".join(values) for key, values in request.GET.lists()):
            raise BadRequestError("null characters are not allowed")
        if "search" in request.GET:
            request._request.GET = self._with_search_terms(request.GET)

    @staticmethod
    def _with_search_terms(query):
        """The search bounded and cleaned as on /zoeken/: at most MAX_SEARCH_LENGTH characters (the
        PostgreSQL search compiler nests one expression per word, and some 200 words exhaust
        Python's recursion limit), and words only (a stray quote breaks SQLite's FTS5 syntax)."""
        search = query.get("search", "")
        if len(search) > MAX_SEARCH_LENGTH:
            raise BadRequestError(
                _("Uw zoekterm is te lang: gebruik hoogstens %(limit)d tekens.")
                % {"limit": MAX_SEARCH_LENGTH}
            )
        terms = SearchForm.terms_of(search)
        if search.strip() and not terms:
            raise BadRequestError(_("Typ minstens één woord om te zoeken."))
        query = query.copy()
        query.setlist("search", [terms])
        return query

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except (ValueError, ValidationError, FieldError) as error:
            raise BadRequestError("filter error: invalid value") from error

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("find error: invalid value") from error


class StadsregioPagesAPIViewSet(JSONOnly, FilterErrorsAreBadRequests, PagesAPIViewSet):
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, *DETAIL_ONLY_FIELDS]

    def get_base_queryset(self):
        # Asked for three times per request (queryset, serializer, context); each time Wagtail
        # reads the view restrictions again.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        model = queryset.model
        if self.action == "listing_view":
            # `meta.locale` is one of the fields of `?fields=*`.
            queryset = queryset.select_related("locale")
            if issubclass(model, (ProjectPage, NewsPage)):
                queryset = self._prefetch(queryset, model)
        return queryset

    def _prefetch(self, queryset, model):
        requested = self._requested_fields()
        relations = {
            name
            for name in PREFETCHED_RELATIONS
            if (name in requested or "*" in requested) and hasattr(model, name)
        }
        if relations & WITH_RELATIONS:
            queryset = queryset.with_relations()
        exposed = {field.name for field in model.api_fields}
        if "related_projects" in exposed and ("related_projects" in requested or "*" in requested):
            # The API's `related_projects`: the item's links with their projects.
            links = model._meta.get_field("related_project_links").related_model
            queryset = queryset.prefetch_related(
                Prefetch(
                    "related_project_links",
                    queryset=links.objects.select_related("project"),
                )
            )
        queryset = queryset.prefetch_related(*(relations - WITH_RELATIONS))
        images = [
            name
            for name in model.listing_image_fields
            if name in requested or ("*" in requested and name in ("listing_image", "image"))
        ]
        return queryset.select_related(*images) if images else queryset

    def _requested_fields(self):
        try:
            config = parse_fields_parameter(self.request.GET.get("fields", ""))
        except ValueError:
            return set()  # reported as a 400 by the serializer
        return {name for name, negated, _sub in config if not negated}


class PrefetchedTagsSerializer:
    """Tags from the prefetch (Wagtail's TagsField queries them again for every item)."""

    def build_property_field(self, field_name, model_class):
        if field_name == "tags":
            return TagNamesField, {}
        return super().build_property_field(field_name, model_class)


class ImageSerializer(PrefetchedTagsSerializer, WagtailImageSerializer):
    pass


class DocumentSerializer(PrefetchedTagsSerializer, WagtailDocumentSerializer):
    pass


class PublicFilesViewSet(JSONOnly, FilterErrorsAreBadRequests):
    """Only the documents or images that the public may see (cms_stadsregio.content.publicity), with
    their tags from the prefetch."""

    def get_queryset(self):
        return public_files(super().get_queryset()).prefetch_related("tags")


class StadsregioImagesAPIViewSet(PublicFilesViewSet, ImagesAPIViewSet):
    base_serializer_class = ImageSerializer


class StadsregioDocumentsAPIViewSet(PublicFilesViewSet, DocumentsAPIViewSet):
    base_serializer_class = DocumentSerializer


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", StadsregioPagesAPIViewSet)
api_router.register_endpoint("images", StadsregioImagesAPIViewSet)
api_router.register_endpoint("documents", StadsregioDocumentsAPIViewSet)
