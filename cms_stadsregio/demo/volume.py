"""Generated projects and news for benchmarks: `seed_demo --projects N --news N`.

Item i is always generated from the same seed, so a run is reproducible, and its slug starts with
`gen-<i>-`, so the generated items are easy to recognise and the command knows which exist:
asking for N items creates the ones among 0..N-1 that are missing.

Creating pages one by one (treebeard's add_child, save_revision, publish) costs about a tenth of a
second each, far too slow for thousands. Here the same rows are written in bulk, per chunk:
the page rows with their tree paths, the rows of the specific page table, the many-to-many rows,
one published revision and one publish log entry per page, the reference index and the search
index. The result is what the one-by-one route produces (checked by the tests: a valid tree,
live pages with a live revision, pages that open in the admin and show up in search).
"""

import datetime
import random
import re
from decimal import Decimal
from html import escape

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import COMMENTS_RELATION_NAME, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend

from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag

from cms_stadsregio.content.models import (
    DomainPage,
    Member,
    NewsIndexPage,
    NewsPage,
    PartnerOrganisation,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectRole,
    ProjectStatus,
    StadsregioImage,
)
from cms_stadsregio.demo.content import SITE_LAUNCH
from cms_stadsregio.demo.images import DEMO_IMAGES

SLUG_PREFIX = "gen-"
SLUG_PATTERN = re.compile(r"^gen-(\d+)-")
CHUNK_SIZE = 100

FIRST_DAY = datetime.date(2025, 1, 1)
LAST_DAY = datetime.date(2026, 12, 31)
# A fixed "today" for the generated data, so that it does not depend on when it is generated.
REFERENCE_DAY = datetime.date(2026, 10, 31)

THEMES = {
    "wonen": [
        ("Woonadvies voor huurders", ["huren", "woondienst"]),
        ("Renovatiebegeleiding", ["renovatie"]),
        ("Aanpak van leegstand", ["leegstand", "woonbeleid"]),
        ("Sociale huurwoningen", ["sociaal wonen"]),
        ("Woningkwaliteit", ["woningkwaliteit"]),
        ("Betaalbaar wonen voor jonge gezinnen", ["betaalbaar wonen"]),
        ("Energiezuinig verbouwen", ["renovatie", "energie"]),
        ("Levenslang wonen", ["woonbeleid"]),
    ],
    "mobiliteit": [
        ("Fietsverbinding", ["fiets"]),
        ("Veilige schoolomgeving", ["verkeersveiligheid"]),
        ("Mobipunt", ["deelmobiliteit", "openbaar vervoer"]),
        ("Betere busverbinding", ["openbaar vervoer"]),
        ("Trage wegen", ["trage wegen"]),
        ("Fietsenstalling", ["fiets"]),
        ("Parkeerbeleid", ["parkeren"]),
    ],
    "sociale-economie": [
        ("Werkervaring in de zorg", ["werk"]),
        ("Lokale diensteneconomie", ["sociale economie"]),
        ("Fietsherstel als leerwerkplek", ["circulaire economie", "werk"]),
        ("Sociale tewerkstelling in het groenonderhoud", ["werk", "sociale economie"]),
        ("Hergebruik van meubels", ["circulaire economie"]),
        ("Taal op de werkvloer", ["werk"]),
    ],
    "ruimtelijke-planning": [
        ("Open ruimte", ["open ruimte"]),
        ("Kernversterking", ["ruimtelijke planning"]),
        ("Groenblauwe verbinding", ["open ruimte"]),
        ("Erfgoedinventaris", ["erfgoed"]),
        ("Heraanleg van het dorpsplein", ["publieke ruimte"]),
        ("Ontharding", ["klimaat", "open ruimte"]),
    ],
}
OTHER_THEMES = [
    ("Digitale hulp", ["digitale inclusie"]),
    ("Gedeelde dienstverlening", ["samenwerking"]),
]

# (phrase, member slug): places in the four municipalities, each with the member it belongs to.
PLACES = [
    ("in Beerse", "beerse"),
    ("in Vlimmeren", "beerse"),
    ("in Oud-Turnhout", "oud-turnhout"),
    ("in Oosthoven", "oud-turnhout"),
    ("in Turnhout", "turnhout"),
    ("in de Turnhoutse binnenstad", "turnhout"),
    ("aan het station van Turnhout", "turnhout"),
    ("in Vosselaar", "vosselaar"),
    ("langs het kanaal Dessel-Schoten", "turnhout"),
]
NEWS_EVENTS = [
    "infomoment voor bewoners",
    "eerste resultaten",
    "de werken starten",
    "bewoners geven hun mening",
    "nieuwe partner",
    "stand van zaken",
    "college bezoekt het project",
]
DOMAIN_IMAGES = {
    "wonen": ["huizen", "woonlabo"],
    "mobiliteit": ["fietspad", "bus"],
    "sociale-economie": ["kringloop", "groep"],
    "ruimtelijke-planning": ["stadsplan", "landschap", "erfgoed"],
}
STATUS_WEIGHTS = {
    ProjectStatus.ONGOING: 45,
    ProjectStatus.COMPLETED: 25,
    ProjectStatus.PLANNED: 20,
    ProjectStatus.STOPPED: 10,
}


class Progress:
    """A one-line progress bar on a command's OutputWrapper (self.stderr): redrawn in place on a
    terminal, one line per 10% otherwise (logs, CI)."""

    def __init__(self, stream, label, total, width=30):
        self.stream, self.label, self.total, self.width = stream, label, total, width
        self.done = 0
        self.last_shown = -1
        self.interactive = stream is not None and getattr(stream, "isatty", lambda: False)()

    def advance(self, count):
        self.done += count
        if self.stream is None or not self.total:
            return
        percent = 100 * self.done // self.total
        if not self.interactive and percent // 10 == self.last_shown // 10 and percent < 100:
            return
        self.last_shown = percent
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"{self.label:<16} [{bar}] {percent:3d}% {self.done}/{self.total}"
        # Plain text: Django colours everything written to stderr on a terminal as an error.
        if self.interactive:
            ending = "\n" if self.done >= self.total else ""
            self.stream.write("\r" + line, style_func=str, ending=ending)
            self.stream.flush()
        else:
            self.stream.write(line, style_func=str)


class Vocabulary:
    """Everything the generated items pick from, read once from the database."""

    def __init__(self):
        self.domains = list(DomainPage.objects.live().order_by("path"))
        self.members = list(Member.objects.order_by("slug"))
        self.members_by_slug = {member.slug: member for member in self.members}
        self.roles = list(ProjectRole.objects.order_by("sort_order", "pk"))
        self.partners = list(PartnerOrganisation.objects.order_by("name"))
        self.people = list(Person.objects.order_by("email", "pk"))
        titles = {spec.key: spec.title for spec in DEMO_IMAGES}
        by_title = {
            image.title: image
            for image in StadsregioImage.objects.filter(title__in=titles.values())
        }
        self.images = {key: by_title[title] for key, title in titles.items() if title in by_title}
        names = {tag for themes in THEMES.values() for _phrase, tags in themes for tag in tags}
        names |= {tag for _phrase, tags in OTHER_THEMES for tag in tags}
        self.tags = self._ensure_tags(names)

    @staticmethod
    def _ensure_tags(names):
        existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        for name in sorted(names - existing.keys()):
            existing[name] = Tag.objects.create(name=name)  # taggit picks a free slug
        return existing

    def theme(self, rng, domain):
        themes = THEMES.get(domain.slug, OTHER_THEMES) if domain else OTHER_THEMES
        return rng.choice(themes)

    def place_and_members(self, rng):
        place, slug = rng.choice(PLACES)
        chosen = {self.members_by_slug[slug]} if slug in self.members_by_slug else set()
        extra = rng.randint(0 if chosen else 1, 2)
        chosen.update(rng.sample(self.members, k=min(extra, len(self.members))))
        return place, sorted(chosen, key=lambda member: member.slug)

    def image(self, rng, domain):
        keys = DOMAIN_IMAGES.get(domain.slug if domain else "", []) or list(self.images)
        key = rng.choice(keys)
        return self.images.get(key)


def random_day(rng, first, last):
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def publish_moment(day):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 30)))
    return min(moment, timezone.now())


def body_for(rng, phrase, domain, place):
    domain_name = domain.title.lower() if domain else "samenwerking"
    blocks = [
        {"type": "heading", "value": {"text": "Waarover gaat het?", "level": "h2"}},
        {
            "type": "paragraph",
            "value": f"<p>Dit is een gegenereerd voorbeeld binnen het thema {escape(domain_name)}, "
            f"bedoeld om de website met veel inhoud te testen.</p>"
            f"<p>{escape(phrase)} {escape(place)}: de betrokken gemeenten werken samen en "
            f"stemmen af met hun partners.</p>",
        },
    ]
    if domain and rng.random() < 0.5:
        blocks.append(
            {
                "type": "call_to_action",
                "value": {
                    "title": f"Meer over {domain_name}",
                    "text": "",
                    "link": {"page": domain.pk, "url": ""},
                    "link_label": f"Naar het thema {domain_name}",
                },
            }
        )
    return blocks


def project_page(index, rng, vocabulary):
    domain = rng.choice(vocabulary.domains) if vocabulary.domains else None
    phrase, tags = vocabulary.theme(rng, domain)
    place, members = vocabulary.place_and_members(rng)
    title = f"{phrase} {place}"
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    if status == ProjectStatus.PLANNED:
        start = random_day(rng, datetime.date(2026, 6, 1), LAST_DAY)
        end = None
    else:
        start = random_day(rng, FIRST_DAY, datetime.date(2026, 9, 30))
        if status in (ProjectStatus.COMPLETED, ProjectStatus.STOPPED):
            end = random_day(rng, start, min(start + datetime.timedelta(days=400), REFERENCE_DAY))
        else:
            end = random_day(rng, start, LAST_DAY) if rng.random() < 0.4 else None
    budget = Decimal(rng.randrange(10, 400) * 1000) if rng.random() < 0.3 else None
    page = ProjectPage(
        title=title,
        slug=generated_slug(index, title),
        intro=f"Gegenereerd testproject: {phrase.lower()} {place}.",
        status=status,
        start_date=start,
        end_date=end,
        budget=budget,
        funding="Bijdragen van de betrokken gemeenten." if budget else "",
        listing_image=vocabulary.image(rng, domain) if rng.random() < 0.7 else None,
        body=body_for(rng, phrase, domain, place),
    )
    relations = {
        "domains": [domain] if domain else [],
        "members": members,
        "roles": rng.sample(vocabulary.roles, k=min(rng.randint(1, 2), len(vocabulary.roles))),
        "partners": rng.sample(
            vocabulary.partners, k=min(rng.randint(0, 2), len(vocabulary.partners))
        ),
        "contact_people": rng.sample(
            vocabulary.people, k=min(rng.randint(0, 2), len(vocabulary.people))
        ),
    }
    published = max(start - datetime.timedelta(days=14), SITE_LAUNCH)
    return page, relations, [vocabulary.tags[tag] for tag in tags], publish_moment(published)


def news_page(index, rng, vocabulary, projects):
    domain = rng.choice(vocabulary.domains) if vocabulary.domains and rng.random() < 0.85 else None
    phrase, tags = vocabulary.theme(rng, domain)
    place, members = vocabulary.place_and_members(rng)
    if rng.random() < 0.15:
        members = []  # news about the cooperation as a whole
    event = rng.choice(NEWS_EVENTS)
    title = f"{phrase} {place}: {event}"
    day = random_day(rng, FIRST_DAY, REFERENCE_DAY)
    page = NewsPage(
        title=title,
        slug=generated_slug(index, title),
        intro=f"Gegenereerd testbericht over {phrase.lower()} {place}.",
        date=day,
        image=vocabulary.image(rng, domain) if rng.random() < 0.8 else None,
        body=body_for(rng, phrase, domain, place),
    )
    relations = {
        "domains": [domain] if domain else [],
        "members": members,
        "related_project_links": rng.sample(projects, k=min(rng.randint(0, 2), len(projects))),
    }
    return page, relations, [vocabulary.tags[tag] for tag in tags], publish_moment(day)


def generated_slug(index, title):
    return f"{SLUG_PREFIX}{index:05d}-{slugify(title)}"[:80].rstrip("-")


def missing_indices(parent, target):
    existing = set()
    for slug in (
        Page.objects.child_of(parent)
        .filter(slug__startswith=SLUG_PREFIX)
        .values_list("slug", flat=True)
    ):
        match = SLUG_PATTERN.match(slug)
        if match:
            existing.add(int(match.group(1)))
    return [index for index in range(target) if index not in existing]


class BulkPageWriter:
    """Writes pages of one model under one parent, a chunk at a time."""

    def __init__(self, parent, model):
        self.parent = parent
        self.model = model
        self.content_type = ContentType.objects.get_for_model(model)
        self.base_content_type = ContentType.objects.get_for_model(Page)
        self.search_backend = get_search_backend()
        # New children get the next free tree paths, computed with treebeard's own helpers.
        last_child = parent.get_last_child()
        self.next_position = (
            Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
        )
        self.page_fields = [
            field for field in Page._meta.local_concrete_fields if not field.primary_key
        ]
        self.specific_fields = list(model._meta.local_concrete_fields)
        self.cluster_m2m_names = [
            field.name
            for field in model._meta.get_fields()
            if isinstance(field, ParentalManyToManyField)
        ]
        # The related projects: links in a child table (modelcluster), one row per project.
        self.link_names = [name for name in ("related_project_links",) if hasattr(model, name)]
        tag_through = model._meta.get_field("tags").through
        self.tag_through = tag_through
        self.tagged_items_name = tag_through._meta.get_field(
            "content_object"
        ).remote_field.get_accessor_name()
        self.written = 0

    def write(self, items):
        """`items`: (page, relations, tags, published_at) with the page not yet saved."""
        pages = [
            self._prepare(page, published_at) for page, _relations, _tags, published_at in items
        ]
        bases = Page.objects.bulk_create(
            [
                Page(**{field.attname: getattr(page, field.attname) for field in self.page_fields})
                for page in pages
            ]
        )
        for page, base in zip(pages, bases, strict=True):
            page.id = page.page_ptr_id = base.pk
            page._state.adding = False
        # Django refuses bulk_create for multi-table inheritance, so the specific table's rows
        # are inserted the way bulk_create would do it.
        self.model._base_manager._insert(pages, fields=self.specific_fields)
        self._write_relations(items)
        revisions = self._write_revisions(items, bases)
        self._write_log_entries(pages, revisions)
        # Wagtail's public API, one page at a time: about a third of the time spent here.
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)
        self.search_backend.add_bulk(self.model, pages)
        self.written += len(pages)

    def finish(self):
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.written)

    def _prepare(self, page, published_at):
        page.path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_position)
        self.next_position += 1
        page.depth = self.parent.depth + 1
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.content_type = self.content_type
        page.locale_id = self.parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = published_at
        page.latest_revision_created_at = published_at
        return page

    def _write_relations(self, items):
        tag_through = self.tag_through
        for name in items[0][1]:
            field = self.model._meta.get_field(name)
            if name in self.link_names:
                field.related_model.objects.bulk_create(
                    [
                        field.related_model(page_id=page.pk, project_id=project.pk, sort_order=i)
                        for page, relations, _tags, _published in items
                        for i, project in enumerate(relations[name])
                    ]
                )
                continue
            through = field.remote_field.through
            source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: page.pk, target: related.pk})
                    for page, relations, _tags, _published in items
                    for related in relations[name]
                ]
            )
        tag_through.objects.bulk_create(
            [
                tag_through(content_object_id=page.pk, tag_id=tag.pk)
                for page, _relations, tags, _published in items
                for tag in tags
            ]
        )

    def _write_revisions(self, items, bases):
        revisions = []
        for page, relations, tags, published_at in items:
            # The relations are set in memory (modelcluster) so that the revision records them;
            # setting the empty ones too spares a query per relation and page.
            for name in self.cluster_m2m_names:
                getattr(page, name).set(relations.get(name, []))
            for name in self.link_names:
                link = self.model._meta.get_field(name).related_model
                projects = relations.get(name, [])
                setattr(page, name, [link(project=p, sort_order=i) for i, p in enumerate(projects)])
            setattr(page, self.tagged_items_name, [self.tag_through(tag=tag) for tag in tags])
            setattr(page, COMMENTS_RELATION_NAME, [])
            revisions.append(
                Revision(
                    content_type_id=self.content_type.pk,
                    base_content_type_id=self.base_content_type.pk,
                    object_id=str(page.pk),
                    created_at=published_at,
                    object_str=page.title,
                    content=page.serializable_data(),
                )
            )
        revisions = Revision.objects.bulk_create(revisions)
        for base, revision in zip(bases, revisions, strict=True):
            base.latest_revision_id = base.live_revision_id = revision.pk
        Page.objects.bulk_update(bases, ["latest_revision", "live_revision"])
        for page, base in zip((item[0] for item in items), bases, strict=True):
            page.latest_revision_id = page.live_revision_id = base.latest_revision_id
        return revisions

    def _write_log_entries(self, pages, revisions):
        PageLogEntry.objects.bulk_create(
            [
                PageLogEntry(
                    content_type_id=self.content_type.pk,
                    label=page.title,
                    action="wagtail.publish",
                    data={},
                    timestamp=page.first_published_at,
                    page_id=page.pk,
                    revision_id=revision.pk,
                    content_changed=True,
                )
                for page, revision in zip(pages, revisions, strict=True)
            ]
        )


def generate(parent, model, indices, make_item, label, report, progress_stream):
    if not indices:
        return
    writer = BulkPageWriter(parent, model)
    progress = Progress(progress_stream, label, len(indices))
    for start in range(0, len(indices), CHUNK_SIZE):
        chunk = indices[start : start + CHUNK_SIZE]
        writer.write([make_item(index) for index in chunk])
        progress.advance(len(chunk))
    writer.finish()
    report.add(f"gegenereerde {label}", len(indices))


def ensure_volume(report, projects=0, news=0, progress=None):
    if not projects and not news:
        return
    vocabulary = Vocabulary()
    project_index = ProjectIndexPage.objects.first()
    news_index = NewsIndexPage.objects.first()
    if projects and project_index:
        generate(
            project_index,
            ProjectPage,
            missing_indices(project_index, projects),
            lambda index: project_page(index, random.Random(f"project-{index}"), vocabulary),
            "projecten",
            report,
            progress,
        )
    if news and news_index:
        # Deferred instances are enough to relate to: the revision only records their ids.
        projects_to_relate = list(ProjectPage.objects.order_by("path").only("pk"))
        generate(
            news_index,
            NewsPage,
            missing_indices(news_index, news),
            lambda index: news_page(
                index, random.Random(f"news-{index}"), vocabulary, projects_to_relate
            ),
            "nieuwsberichten",
            report,
            progress,
        )
