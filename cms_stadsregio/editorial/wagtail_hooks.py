from django.urls import path

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from cms_stadsregio.editorial import figures
from cms_stadsregio.editorial.dashboard import ReviewOverviewPanel, ReviewQueuePanel
from cms_stadsregio.editorial.figures_admin import review_figures_menu_item, review_figures_view
from cms_stadsregio.editorial.log_actions import register_review_log_actions
from cms_stadsregio.editorial.review_admin import (
    UrgentPublicationMenuItem,
    refuse_publication_without_approvals,
    review_decision_view,
    review_listing_buttons,
    urgent_publication_view,
)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    # Wagtail's "awaiting your review" gives way to the same list with the members' state.
    panels[:] = [
        ReviewQueuePanel() if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]
    panel = ReviewOverviewPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


@hooks.register("register_admin_urls")
def review_admin_urls():
    return [
        path(
            "spoedpublicatie/<int:page_id>/",
            urgent_publication_view,
            name="stadsregio_urgent_publication",
        ),
        path(
            "beoordeling/<int:page_id>/<str:action>/",
            review_decision_view,
            name="stadsregio_review_decision",
        ),
        path("beoordelingen-in-cijfers/", review_figures_view, name="stadsregio_review_figures"),
    ]


hooks.register("register_reports_menu_item", review_figures_menu_item)


hooks.register("register_page_listing_more_buttons", review_listing_buttons)


@hooks.register("register_page_action_menu_item")
def urgent_publication_menu_item():
    return UrgentPublicationMenuItem()


hooks.register("before_publish_page", refuse_publication_without_approvals)
hooks.register("register_log_actions", register_review_log_actions)


@hooks.register("register_stadsregio_figures")
def co_ownership_figures():
    return figures.figures()
