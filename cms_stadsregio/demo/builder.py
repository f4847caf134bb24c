"""Builds the demo site from the data in content.py, pages.py, projects.py and news.py.

Idempotent: every object is looked up by a natural key (slug, NIS code, e-mail address, title)
and only created when missing. Existing objects are never updated, so a re-run leaves editors'
changes alone; the only exception is the home page, which is filled in once, while its intro is
still empty.
"""

import datetime
import io
import time
from collections import Counter

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.models import Collection, Page, PageLogEntry, Revision, Site
from wagtail.utils.file import hash_filelike

from cms_stadsregio.content.models import (
    DomainIndexPage,
    DomainPage,
    FiguresPage,
    Member,
    MemberIndexPage,
    NewsIndexPage,
    NewsPage,
    NewsRelatedProject,
    OrganisationSettings,
    PartnerOrganisation,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectRelatedProject,
    ProjectRole,
    StadsregioImage,
    StandardPage,
)
from cms_stadsregio.demo import content, governance, pages
from cms_stadsregio.demo.accounts import ensure_admin, ensure_demo_accounts
from cms_stadsregio.demo.images import DEMO_IMAGES
from cms_stadsregio.demo.news import NEWS
from cms_stadsregio.demo.projects import PROJECTS
from cms_stadsregio.demo.reviews import ensure_demo_reviews
from cms_stadsregio.demo.streams import ImageRef, PageRef
from cms_stadsregio.demo.volume import ensure_volume
from cms_stadsregio.editorial.publication import allow_publication_without_approvals
from cms_stadsregio.editorial.setup import setup_editorial
from cms_stadsregio.editorial.transparency import PublicChange
from home.models import HomePage

IMAGE_COLLECTION = "Demobeelden"
PUBLISH_HOUR = datetime.time(9, 30)


class Report:
    """What a run created, in the words of the summary (Dutch: it is read by the person seeding)."""

    def __init__(self):
        self.created = Counter()
        self.notes = []
        self.seconds = None

    def add(self, label, count=1):
        if count:
            self.created[label] += count

    def lines(self):
        if not self.created:
            yield "Niets te doen: de demosite is al volledig."
            return
        yield "Aangemaakt:"
        for label, count in self.created.items():
            yield f"  {count:>5}  {label}"
        if self.seconds is not None:
            yield f"Klaar in {self.seconds:.1f} s.".replace(".", ",", 1)
        yield from self.notes


def publish_time(day):
    """A publication time on `day`, never in the future (the site should not look pre-dated)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, PUBLISH_HOUR))
    return min(moment, timezone.now())


class DemoSiteBuilder:
    def __init__(self, report):
        self.report = report
        self.images = {}
        self.pages_by_path = {}

    def build(self):
        self.site = self.ensure_site()
        self.ensure_organisation_settings()
        self.members = self.ensure_members()
        self.roles = self.ensure_roles()
        self.partners = self.ensure_partners()
        self.people = self.ensure_people()
        self.images = self.ensure_images()
        self.home = self.site.root_page.specific
        self.pages_by_path["/"] = self.home
        # Top-level pages first, in menu order (siblings are ordered by creation), then the
        # pages that link to them.
        standard_pages = {entry["slug"]: entry for entry in pages.STANDARD_PAGES}
        for slug in pages.TOP_LEVEL_ORDER:
            if slug in self.index_models:
                self.ensure_index(self.index_models[slug], slug)
            elif slug in governance.TOP_LEVEL_PAGES:
                governance.TOP_LEVEL_PAGES[slug](self)
            else:
                self.ensure_standard_page(self.home, standard_pages[slug])
        for entry in pages.STANDARD_PAGES:
            for child in entry.get("children", []):
                self.ensure_standard_page(self.pages_by_path[f"/{entry['slug']}/"], child)
        self.domains = self.ensure_domains()
        self.projects = self.ensure_projects()
        self.ensure_news()
        governance.ensure_alert_banner(self)
        self.fill_home()

    # Linked from the footer, not from the main menu.
    footer_only = {"transparantie"}

    index_models = {
        "transparantie": FiguresPage,
        "themas": DomainIndexPage,
        "projecten": ProjectIndexPage,
        "nieuws": NewsIndexPage,
        "gemeenten": MemberIndexPage,
    }

    # Organisation data -------------------------------------------------------------------

    def ensure_site(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            home = HomePage.objects.first()
            site = Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=content.ORGANISATION["name"],
            )
            self.report.add("site")
        elif not site.site_name:
            # The default site answers for every host name, so 127.0.0.1 works as well.
            site.site_name = content.ORGANISATION["name"]
            site.save(update_fields=["site_name"])
            self.report.add("sitenaam ingevuld")
        return site

    def ensure_organisation_settings(self):
        settings = OrganisationSettings.for_site(self.site)
        filled = []
        for field, value in content.ORGANISATION.items():
            if not getattr(settings, field):
                setattr(settings, field, value)
                filled.append(field)
        if not settings.social_links:
            settings.social_links = [
                {"type": "link", "value": link} for link in content.SOCIAL_LINKS
            ]
            filled.append("social_links")
        if filled:
            settings.full_clean()
            settings.save()
            self.report.add("organisatiegegevens ingevuld")

    def ensure_members(self):
        members = {}
        for data in content.MEMBERS:
            member = (
                Member.objects.filter(slug=data["slug"]).first()
                or Member.objects.filter(nis_code=data["nis_code"]).first()
            )
            if member is None:
                member = Member(joined_on=content.MEMBERS_JOINED_ON, **data)
                member.full_clean()
                member.save()
                self.report.add("gemeenten")
            members[data["slug"]] = member
        return members

    def ensure_roles(self):
        roles = {}
        for order, data in enumerate(content.ROLES, start=1):
            role = ProjectRole.objects.filter(slug=data["slug"]).first()
            if role is None:
                role = ProjectRole.objects.create(sort_order=order * 10, **data)
                self.report.add("rollen van de Stadsregio")
            roles[data["slug"]] = role
        return roles

    def ensure_partners(self):
        partners = {}
        for data in content.PARTNERS:
            partner = PartnerOrganisation.objects.filter(name=data["name"]).first()
            if partner is None:
                partner = PartnerOrganisation.objects.create(**data)
                self.report.add("partnerorganisaties")
            partners[data["name"]] = partner
        return partners

    def ensure_people(self):
        people = {}
        for data in content.PEOPLE:
            person = Person.objects.filter(email__iexact=data["email"]).first()
            if person is None:
                fields = {
                    key: value for key, value in data.items() if key not in ("employer", "members")
                }
                person = Person.objects.create(
                    employer=self.members.get(data["employer"]),
                    **fields,
                )
                person.members.set(self.members[slug] for slug in data["members"])
                self.report.add("personen")
            people[data["email"]] = person
        return people

    def ensure_images(self):
        collection = self.ensure_collection()
        images = {}
        for spec in DEMO_IMAGES:
            image = StadsregioImage.objects.filter(title=spec.title).first()
            if image is None:
                data = spec.render()
                image = StadsregioImage(
                    title=spec.title,
                    description=spec.description,
                    collection=collection,
                    file=ImageFile(io.BytesIO(data), name=f"demo-{spec.key}.png"),
                    file_size=len(data),
                    file_hash=hash_filelike(io.BytesIO(data)),
                )
                image.full_clean()
                image.save()
                self.report.add("afbeeldingen")
            images[spec.key] = image
        return images

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=IMAGE_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=IMAGE_COLLECTION)
        return collection

    # Pages -------------------------------------------------------------------------------

    def fill_home(self):
        """The home page exists from the start (migration home/0002); fill it in only once."""
        home = self.home
        if not home.intro:
            home.title = pages.HOME["title"]
            home.intro = pages.HOME["intro"]
            home.hero_image = self.images[pages.HOME["hero_image"]]
            home.body = self.stream(pages.HOME["body"])
            revision = home.save_revision()
            revision.publish()
            backdate(home, revision, publish_time(content.SITE_LAUNCH))
            self.report.add("startpagina ingevuld")

    def ensure_standard_page(self, parent, entry):
        return self.ensure_page(
            parent,
            StandardPage,
            entry["slug"],
            label="standaardpagina's",
            published=content.SITE_LAUNCH,
            title=entry["title"],
            intro=entry["intro"],
            show_in_menus=entry["show_in_menus"],
            listing_image=self.images.get(entry.get("image")),
            body=entry["body"],
        )

    def ensure_index(self, model, slug):
        """Index pages exist once (max_count=1); find one even if an editor changed its slug."""
        page = model.objects.first()
        if page is None:
            data = pages.INDEX_PAGES[slug]
            page = self.ensure_page(
                self.home,
                model,
                slug,
                label="overzichtspagina's",
                published=content.SITE_LAUNCH,
                show_in_menus=slug not in self.footer_only,
                **data,
            )
        self.pages_by_path[f"/{slug}/"] = page
        return page

    def ensure_domains(self):
        index = self.pages_by_path["/themas/"]
        domains = {}
        for entry in pages.DOMAINS:
            domains[entry["slug"]] = self.ensure_page(
                index,
                DomainPage,
                entry["slug"],
                label="thema's",
                published=content.SITE_LAUNCH,
                title=entry["title"],
                intro=entry["intro"],
                listing_image=self.images[entry["image"]],
                contact_person=self.people.get(entry["contact_person"]),
                body=entry["body"],
            )
        return domains

    def ensure_projects(self):
        index = self.pages_by_path["/projecten/"]
        projects = {}
        for entry in PROJECTS:
            published = max(entry["start_date"] - datetime.timedelta(days=14), content.SITE_LAUNCH)
            projects[entry["slug"]] = self.ensure_page(
                index,
                ProjectPage,
                entry["slug"],
                label="projecten",
                published=published,
                title=entry["title"],
                intro=entry["intro"],
                status=entry["status"],
                start_date=entry["start_date"],
                end_date=entry["end_date"],
                budget=entry["budget"],
                funding=entry["funding"],
                listing_image=self.images.get(entry["image"]),
                body=entry["body"],
                relations={
                    "domains": self.pick(self.domains, entry["domains"]),
                    "members": self.pick(self.members, entry["members"]),
                    "roles": self.pick(self.roles, entry["roles"]),
                    "partners": self.pick(self.partners, entry["partners"]),
                    "contact_people": self.pick(self.people, entry["contacts"]),
                    "related_project_links": [
                        ProjectRelatedProject(project=project, sort_order=i)
                        for i, project in enumerate(self.pick(projects, entry.get("related", [])))
                    ],
                },
                tags=entry["tags"],
            )
        return projects

    def ensure_news(self):
        index = self.pages_by_path["/nieuws/"]
        projects = self.projects
        for entry in NEWS:
            self.ensure_page(
                index,
                NewsPage,
                entry["slug"],
                label="nieuwsberichten",
                published=entry["date"],
                title=entry["title"],
                intro=entry["intro"],
                date=entry["date"],
                image=self.images.get(entry["image"]),
                body=entry["body"],
                relations={
                    "domains": self.pick(self.domains, entry["domains"]),
                    "members": self.pick(self.members, entry["members"]),
                    "related_project_links": [
                        NewsRelatedProject(project=project, sort_order=i)
                        for i, project in enumerate(self.pick(projects, entry["related"]))
                    ],
                },
                tags=entry["tags"],
            )

    def ensure_page(
        self, parent, model, slug, *, label, published, relations=None, tags=(), **fields
    ):
        page = Page.objects.child_of(parent).filter(slug=slug).specific().first()
        if page is None:
            if "body" in fields:
                fields["body"] = self.stream(fields["body"])
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            # Cluster relations are set in memory so that the revision records them; publishing
            # the revision then writes them to the database.
            for name, values in (relations or {}).items():
                getattr(page, name).set(values)
            if tags:
                page.tags.set(list(tags))
            revision = page.save_revision()
            revision.publish()
            backdate(page, revision, publish_time(published))
            self.report.add(label)
        self.pages_by_path[page.url_path.removeprefix(self.home.url_path.rstrip("/"))] = page
        return page

    @staticmethod
    def pick(objects, keys):
        """The objects for `keys` that exist; a missing one (deleted by an editor) is skipped."""
        return [objects[key] for key in keys if key in objects]

    # StreamField data --------------------------------------------------------------------

    def stream(self, blocks):
        return [{"type": block_type, "value": self.resolve(value)} for block_type, value in blocks]

    def resolve(self, value):
        if isinstance(value, PageRef):
            page = self.pages_by_path.get(value.path)
            if page is None:
                raise LookupError(f"Demo content links to {value.path}, which is not built yet.")
            return page.pk
        if isinstance(value, ImageRef):
            return self.images[value.key].pk
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self.resolve(item) for item in value]
        return value


def backdate(page, revision, moment):
    """Give a freshly published page the publication date it would have had on a real site."""
    Page.objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=moment)
    PageLogEntry.objects.filter(page_id=page.pk, revision_id=revision.pk).update(timestamp=moment)
    PublicChange.objects.filter(page_id=page.pk, revision_id=revision.pk).update(
        published_at=moment
    )
    page.first_published_at = page.last_published_at = page.latest_revision_created_at = moment


def build_demo_site(projects=0, news=0, progress=None):
    """Build (or complete) the demo site; `projects`/`news` ask for that many generated items."""
    report = Report()
    started = time.monotonic()
    # The demo's pages were "published before": an import, not a publication of new content,
    # so the approval check waits until their review history is written (ensure_demo_reviews).
    with transaction.atomic(), allow_publication_without_approvals("demo content"):
        builder = DemoSiteBuilder(report)
        builder.build()
        # Roles and the review workflow need the members and the overview pages built above.
        setup_editorial()
        ensure_demo_accounts(report)
        ensure_demo_reviews(report, [page.pk for page in builder.pages_by_path.values()])
        ensure_volume(report, projects=projects, news=news, progress=progress)
        ensure_admin(report)
    report.seconds = time.monotonic() - started
    return report
