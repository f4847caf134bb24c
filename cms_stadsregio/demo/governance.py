"""Governance and legal transparency for the demo site: the board and the RegioRaad, a year of
meetings with their decision lists, the official documents, the accessibility statement, the
document request form and an alert banner.

Names of office holders are invented (the governance page says so). Everything is looked up by a
natural key and only created when missing, like the rest of the demo (see builder.py). Meeting
dates are fixed, so a second run on another day changes nothing.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from cms_stadsregio.content.models import AlertBanner
from cms_stadsregio.demo import governance_content as data
from cms_stadsregio.demo.content import SITE_LAUNCH
from cms_stadsregio.demo.meetings import MEETINGS
from cms_stadsregio.demo.pdfs import text_pdf
from cms_stadsregio.governance.models import (
    AccessibilityIssue,
    AccessibilityStatementPage,
    AgendaItem,
    DocumentRequest,
    DocumentRequestFormField,
    DocumentRequestPage,
    GovernancePage,
    GoverningBody,
    Mandate,
    MeetingDocument,
    MeetingIndexPage,
    MeetingPage,
    OfficialDocument,
    OfficialDocumentIndexPage,
    OfficialDocumentVersion,
)
from cms_stadsregio.governance.models.records import DecisionListPublication, record_decision_list

DOCUMENT_COLLECTION = "Bestuursdocumenten"


def ensure_governance(builder):
    """/bestuur/ with its bodies and mandates, the meetings and the official documents."""
    bodies = ensure_bodies(builder)
    ensure_mandates(builder, bodies)
    page = builder.ensure_page(
        builder.home,
        GovernancePage,
        "bestuur",
        label="bestuurspagina",
        published=SITE_LAUNCH,
        show_in_menus=True,
        **data.GOVERNANCE_PAGE,
    )
    meetings_index = builder.ensure_page(
        page,
        MeetingIndexPage,
        "zittingen",
        label="overzichtspagina's",
        published=SITE_LAUNCH,
        show_in_menus=True,
        **data.MEETING_INDEX_PAGE,
    )
    documents_index = builder.ensure_page(
        page,
        OfficialDocumentIndexPage,
        "documenten",
        label="overzichtspagina's",
        published=SITE_LAUNCH,
        show_in_menus=True,
        **data.DOCUMENT_INDEX_PAGE,
    )
    ensure_meetings(builder, meetings_index, bodies)
    ensure_official_documents(builder)
    return page, meetings_index, documents_index


def ensure_bodies(builder):
    bodies = {}
    for order, entry in enumerate(data.BODIES, start=1):
        body = GoverningBody.objects.filter(slug=entry["slug"]).first()
        if body is None:
            body = GoverningBody.objects.create(
                name=entry["name"],
                slug=entry["slug"],
                description=entry["description"],
                classification=entry["classification"],
                part_of=bodies.get(entry.get("part_of")),
                sort_order=order * 10,
            )
            builder.report.add("bestuursorganen")
        bodies[entry["slug"]] = body
    return bodies


def ensure_mandates(builder, bodies):
    for body_slug, holder, role, seat, member, office, start, end in data.MANDATES:
        body = bodies.get(body_slug)
        if body is None:
            continue
        exists = Mandate.objects.filter(
            governing_body=body, holder_name=holder, start_date=start
        ).exists()
        if not exists:
            mandate = Mandate(
                governing_body=body,
                holder_name=holder,
                role=role,
                seat=seat,
                appointed_by=builder.members.get(member),
                office=office,
                start_date=start,
                end_date=end,
            )
            mandate.full_clean()
            mandate.save()
            builder.report.add("mandaten")


def ensure_meetings(builder, index, bodies):
    mandates = list(Mandate.objects.filter(governing_body__in=bodies.values()))
    for meeting in MEETINGS:
        body = bodies.get(meeting["body"])
        if body is None:
            continue
        day = meeting["date"]
        slug = f"{body.slug}-{day:%Y-%m-%d}"
        decided = any(item.get("outcome") for item in meeting["items"])
        list_day = day + datetime.timedelta(days=meeting["list_after"])
        existing = MeetingPage.objects.child_of(index).filter(slug=slug).first()
        if existing is not None:
            if decided:
                ensure_decision_list(builder, existing, list_day)
            continue
        planned = _moment(day, meeting["time"])
        present = _attendees(mandates, body, day, meeting.get("absent", ()))
        voters = sum(1 for mandate in present if mandate.seat == "stemgerechtigd")
        items = [
            AgendaItem(sort_order=n, **_agenda_item(item, voters, body.slug))
            for n, item in enumerate(meeting["items"], start=0)
        ]
        documents = []
        if meeting.get("minutes"):
            document = ensure_document(
                builder,
                f"Notulen {body.name.lower()}, {data.dutch_date(day)}",
                [
                    f"Notulen van de zitting van {data.dutch_date(day)} ({body.name}).",
                    *(f"{n}. {item['title']}" for n, item in enumerate(meeting["items"], 1)),
                    data.DEMO_NOTICE,
                ],
                f"notulen-{slug}.pdf",
            )
            documents.append(MeetingDocument(document=document, kind="notulen", sort_order=0))
        page = builder.ensure_page(
            index,
            MeetingPage,
            slug,
            label="zittingen",
            # A decided meeting was last published with its complete decision list.
            published=list_day if decided else day - datetime.timedelta(days=10),
            title=f"{body.name}, zitting van {data.dutch_date(day)}",
            intro=meeting.get("intro", ""),
            governing_body=body,
            planned_start=planned,
            started_at=planned + datetime.timedelta(minutes=meeting.get("late", 3)),
            ended_at=planned + datetime.timedelta(minutes=meeting.get("minutes_long", 110)),
            location=meeting["location"],
            chair=_holder(present, "voorzitter"),
            secretary=_holder(present, "secretaris"),
            minutes_approved_on=meeting.get("minutes_approved_on"),
            agenda_items=items,
            documents=documents,
            relations={"attendees": present},
        )
        if decided:
            ensure_decision_list(builder, page, list_day, published_now=True)


def ensure_decision_list(builder, meeting, day, published_now=False):
    """The day the meeting's complete decision list went online. Publishing it just now noted
    today (signals.meeting_published); the demo's meetings were published on `day`."""
    record = DecisionListPublication.objects.filter(meeting=meeting).first()
    if record is None:
        complete = (
            MeetingPage.objects.filter(pk=meeting.pk)
            .with_decision_counts()
            .values("item_count", "decision_count")
            .first()
        )
        if not complete or complete["decision_count"] != complete["item_count"]:
            return
        record_decision_list(meeting, _moment(day, datetime.time(12)))
        builder.report.add("publicaties van besluitenlijsten")
    elif published_now and record.published_on != day:
        record.published_on = day
        record.deadline = meeting.decision_deadline
        record.save(update_fields=["published_on", "deadline"])


def _attendees(mandates, body, day, absent):
    """The body's mandates that ran on the day of the meeting, less those who sent apologies."""
    return [
        mandate
        for mandate in mandates
        if mandate.governing_body_id == body.pk
        and mandate.held_on(day)
        and mandate.holder_name not in absent
    ]


def _holder(present, role):
    return next((mandate for mandate in present if mandate.role == role), None)


def _agenda_item(item, voters, body_slug):
    fields = {key: value for key, value in item.items() if key != "vote"}
    if item["outcome"]:
        fields["decision_motivation"] = data.MOTIVATION[body_slug]
    if item.get("vote"):
        kind, against, abstained = item["vote"]
        fields.update(
            vote=kind,
            votes_for=voters - against - abstained,
            votes_against=against,
            votes_abstained=abstained,
        )
    return fields


def ensure_official_documents(builder):
    for order, entry in enumerate(data.OFFICIAL_DOCUMENTS, start=1):
        if OfficialDocument.objects.filter(slug=entry["slug"]).exists():
            continue
        official = OfficialDocument.objects.create(
            title=entry["title"],
            slug=entry["slug"],
            description=entry["description"],
            sort_order=order * 10,
        )
        for day, label in entry["versions"]:
            document = ensure_document(
                builder,
                f"{entry['title']} ({data.dutch_date(day)})",
                [
                    label,
                    f"Vastgesteld op {data.dutch_date(day)}.",
                    *entry["text"],
                    data.DEMO_NOTICE,
                ],
                f"{entry['slug']}-{day:%Y-%m-%d}.pdf",
            )
            OfficialDocumentVersion.objects.create(
                official_document=official, document=document, date=day, label=label
            )
        builder.report.add("officiële documenten")


def ensure_document(builder, title, paragraphs, filename):
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        content = text_pdf(title, paragraphs)
        document = document_model(
            title=title,
            collection=_collection(),
            file=ContentFile(content, name=filename),
            file_size=len(content),
            file_hash=hash_filelike(io.BytesIO(content)),
        )
        document.save()
        builder.report.add("documenten")
    return document


def _collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=DOCUMENT_COLLECTION).first()
    return collection or root.add_child(name=DOCUMENT_COLLECTION)


def ensure_accessibility_statement(builder):
    entry = data.ACCESSIBILITY_STATEMENT
    return builder.ensure_page(
        builder.home,
        AccessibilityStatementPage,
        "toegankelijkheid",
        label="toegankelijkheidsverklaring",
        published=entry["last_reviewed_on"],
        **{key: value for key, value in entry.items() if key != "issues"},
        issues=[
            AccessibilityIssue(sort_order=n, **issue) for n, issue in enumerate(entry["issues"])
        ],
    )


def ensure_document_request_page(builder):
    entry = data.DOCUMENT_REQUEST_PAGE
    ensure_document_requests(builder)
    return builder.ensure_page(
        builder.home,
        DocumentRequestPage,
        "openbaarheid",
        label="aanvraagformulier",
        published=SITE_LAUNCH,
        **{key: value for key, value in entry.items() if key != "fields"},
        form_fields=[
            DocumentRequestFormField(sort_order=n, **field)
            for n, field in enumerate(entry["fields"])
        ],
    )


def ensure_document_requests(builder):
    """The register's past requests, each looked up by the day it came in."""
    known = set(
        DocumentRequest.objects.filter(submission__isnull=True).values_list(
            "received_on", flat=True
        )
    )
    for received, extended, days, outcome in data.DOCUMENT_REQUESTS:
        if received in known:
            continue
        request = DocumentRequest(
            received_on=received,
            extended=extended,
            decided_on=received + datetime.timedelta(days=days) if days is not None else None,
            outcome=outcome,
        )
        request.full_clean(exclude=["deadline"])
        request.save()
        builder.report.add("aanvragen openbaarheid (register)")


def ensure_alert_banner(builder):
    entry = data.ALERT_BANNER
    if AlertBanner.objects.filter(title=entry["title"]).exists():
        return
    now = timezone.now()
    banner = AlertBanner(
        title=entry["title"],
        message=entry["message"],
        link_page=builder.pages_by_path.get(entry["link_path"]),
        link_label=entry["link_label"],
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(days=entry["days"]),
    )
    banner.full_clean()
    banner.save()
    builder.report.add("mededelingen")


# Top-level pages this module builds, by slug, for the builder's menu-ordered loop.
TOP_LEVEL_PAGES = {
    "bestuur": ensure_governance,
    "toegankelijkheid": ensure_accessibility_statement,
    "openbaarheid": ensure_document_request_page,
}


def _moment(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, time))
