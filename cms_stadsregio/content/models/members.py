from django.db.models import Max, OuterRef, Subquery
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.latest import latest_items
from cms_stadsregio.content.models.news import NewsPage
from cms_stadsregio.content.models.organisation import Member, all_members
from cms_stadsregio.content.models.projects import ProjectPage

# As many as on a domain page: the page stays light (under 30 KB), the listings have the rest.
LATEST_ITEMS_ON_MEMBER = 6


class MemberIndexPage(RoutablePageMixin, BasePage):
    """/gemeenten/ and /gemeenten/<slug>/: one overview per member, straight from the member data,
    so that a member added in the admin has its page without anyone creating one."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("overzicht gemeenten")

    def member_url(self, member):
        return self.url + self.reverse_subpage("member", kwargs={"slug": member.slug})

    def get_sitemap_urls(self, request=None):
        """The overview and every member's page (routes, so Wagtail's sitemap would miss them)."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        # A member's page changes when a project or news item about it is published. One
        # subquery per kind: joining both in one GROUP BY would multiply their rows.
        members = Member.objects.order_by("name").annotate(
            project_published=_last_published(ProjectPage),
            news_published=_last_published(NewsPage),
        )
        for member in members:
            dates = [self.last_published_at, member.project_published, member.news_published]
            urls.append(
                {
                    "location": base + self.reverse_subpage("member", kwargs={"slug": member.slug}),
                    "lastmod": max((date for date in dates if date), default=None),
                }
            )
        return urls

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"members": Member.objects.all()})

    @path("<str:slug>/", name="member")
    def member(self, request, slug):
        if len(slug) > 100:
            raise Http404
        member = next((m for m in all_members(request) if m.slug == slug), None)
        if member is None:
            raise Http404
        return self.render(
            request,
            template="cms_stadsregio/member_detail.html",
            context_overrides={
                "member": member,
                # Lazy: nothing is read when the content comes from the fragment cache.
                "listings": SimpleLazyObject(lambda: self._latest_items(member)),
                "contacts": member.staff.select_related("photo", "employer").order_by("name"),
            },
        )

    @staticmethod
    def _latest_items(member):
        return latest_items({"members": member}, LATEST_ITEMS_ON_MEMBER)


def _last_published(model):
    """When a live page of `model` that names the member was last published (a subquery)."""
    field = model._meta.get_field("members")
    through = field.remote_field.through
    page, member = field.m2m_field_name(), field.m2m_reverse_field_name()
    return Subquery(
        through.objects.filter(**{f"{member}_id": OuterRef("pk"), f"{page}__live": True})
        .order_by()
        .values(f"{member}_id")
        .annotate(last=Max(f"{page}__last_published_at"))
        .values("last")
    )
