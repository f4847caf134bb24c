"""The project's own Dutch strings (locale/nl) are compiled and used where Wagtail's fall short."""

import ast
import gettext
import re
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES"


def po_entries(path):
    """msgid → msgstr of a .po file (only what this project's file uses: no plurals)."""
    entries, current, key = {}, {"msgid": [], "msgstr": []}, None
    for line in [*path.read_text().splitlines(), ""]:
        if match := re.match(r"(msgid|msgstr) (\".*\")$", line):
            key = match[1]
            current[key] = [ast.literal_eval(match[2])]
        elif line.startswith('"') and key:
            current[key].append(ast.literal_eval(line))
        elif not line.strip():
            if current["msgid"] and "".join(current["msgid"]):
                entries["".join(current["msgid"])] = "".join(current["msgstr"])
            current, key = {"msgid": [], "msgstr": []}, None
    return entries


def test_the_compiled_catalogue_matches_its_source():
    with (LOCALE / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    source = po_entries(LOCALE / "django.po")
    assert source, "no entries read from django.po"
    assert {k: v for k, v in catalogue.items() if k} == source


def test_the_admin_uses_the_projects_dutch():
    with translation.override("nl-be"):
        assert _("Request changes") == "Wijzigingen vragen"
        assert _("Submit to %(workflow_name)s") % {"workflow_name": "x"} == (
            "Ter goedkeuring voorleggen"
        )
        listing = _("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s")
        assert listing % {
            "start_index": 1,
            "end_index": 16,
            "items_count": 16,
            "model_name": "pagina's",
        } == ("1-16 van 16 pagina's")
