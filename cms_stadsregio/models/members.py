from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .base import BasePage
from .organisation import Member

LATEST_ITEMS_ON_MEMBER = 12


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
        # A member's page changes when a project or news item about it is published.
        members = Member.objects.order_by("name").annotate(
            project_published=Max("projects__last_published_at", filter=Q(projects__live=True)),
            news_published=Max("news__last_published_at", filter=Q(news__live=True)),
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
        from cms_stadsregio.filters import status_counts

        from .news import NewsPage
        from .projects import ProjectPage

        if len(slug) > 100:
            raise Http404
        member = get_object_or_404(Member, slug=slug)
        projects = (
            ProjectPage.objects.live_public()
            .filter(members=member)
            .for_listing()
            .order_by("-start_date", "title")
        )
        project_statuses = status_counts(projects)
        news_items = (
            NewsPage.objects.live_public()
            .filter(members=member)
            .for_listing()
            .order_by("-date", "-pk")
        )
        return self.render(
            request,
            template="cms_stadsregio/member_detail.html",
            context_overrides={
                "member": member,
                "projects": projects[:LATEST_ITEMS_ON_MEMBER],
                "project_statuses": project_statuses,
                "project_count": sum(count for _status, _label, count in project_statuses),
                "news_items": news_items[:LATEST_ITEMS_ON_MEMBER],
                "news_count": news_items.count(),
                "contacts": member.staff.select_related("photo", "employer").order_by("name"),
            },
        )
