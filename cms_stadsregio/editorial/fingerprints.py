"""What a member approves: a fingerprint of the content the public reads, and who wrote it."""

import hashlib
import json

from wagtail.models import Page, Revision

from cms_stadsregio.content.models import Member

# Wagtail's bookkeeping in a page revision: none of it is what a member approves.
NOT_CONTENT = frozenset(
    {
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "draft_title",
        "live",
        "has_unpublished_changes",
        "owner",
        "locked",
        "locked_at",
        "locked_by",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "first_published_at",
        "last_published_at",
        "go_live_at",
        "expire_at",
        "expired",
        "content_type",
        "locale",
        "translation_key",
        "alias_of",
        "wagtail_admin_comments",
        "comments",
    }
)


def _content_only(value, top=True):
    if isinstance(value, dict):
        ignored = NOT_CONTENT if top else {"pk", "id"}
        return {k: _content_only(v, top=False) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [_content_only(item, top=False) for item in value]
    return value


def content_fingerprint(content):
    """A hash of what the public reads in a revision's content (a page's serialised data)."""
    data = json.dumps(_content_only(content or {}), sort_keys=True, default=str)
    return hashlib.sha256(data.encode()).hexdigest()


def revision_fingerprint(revision):
    return content_fingerprint(revision.content) if revision is not None else ""


def members_in_content(content):
    """The member ids a revision's content names (its `members` field)."""
    return [int(pk) for pk in (content or {}).get("members") or []]


def members_of_revision(revision):
    """The members a revision concerns, read from the revision (what the reviewers will see)."""
    ids = members_in_content(revision.content) if revision is not None else []
    return list(Member.objects.filter(pk__in=ids).order_by("name")) if ids else []


def content_authors(page):
    """Users who wrote content since the page's last published version (four-eyes).

    Walks the revisions after the live one (all of them for a page never published) and names
    the user of each revision whose content differs from the one before it. A save, autosave or
    submit that changes nothing makes nobody an author.
    """
    page = page.specific_deferred if isinstance(page, Page) else page
    revisions = Revision.objects.filter(
        base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk)
    ).order_by("created_at", "pk")
    previous = ""
    if page.live_revision_id:
        live = Revision.objects.filter(pk=page.live_revision_id).only("content", "created_at")
        live = live.first()
        if live is not None:
            previous = revision_fingerprint(live)
            revisions = revisions.filter(created_at__gt=live.created_at)
    authors = set()
    for revision in revisions.only("content", "user_id", "created_at"):
        fingerprint = revision_fingerprint(revision)
        if fingerprint != previous and revision.user_id:
            authors.add(revision.user_id)
        previous = fingerprint
    return authors
