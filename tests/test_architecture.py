"""The shape of the code (docs/architecture.md): apps that import one way, no cycles and no
imports hidden in functions to dodge one, tests that mirror the source, and comments that name
only what is in the repository."""

import ast
import re
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("cms_stadsregio", "home", "stadsregio_site")
FIRST_PARTY = SOURCE_PACKAGES


def source_files():
    for package in SOURCE_PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def test_the_import_contracts_hold():
    """import-linter's contracts in pyproject.toml: the layers, the optional apps, no cycles."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(  # noqa: S603 (the installed lint-imports)
        [str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _imports_inside_functions(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.level:
                yield function.name, "." * node.level + (node.module or "")
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in FIRST_PARTY:
                    yield function.name, node.module
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] in FIRST_PARTY:
                        yield function.name, alias.name


def test_no_first_party_import_inside_a_function():
    """Except in an AppConfig's ready(), where Django wants signals and registrations made."""
    found = {
        f"{path.relative_to(REPO)}: {module} in {function}()"
        for path in source_files()
        for function, module in _imports_inside_functions(path)
        if not (path.name == "apps.py" and function == "ready")
    }
    assert found == set()


def test_the_check_above_sees_an_import_inside_a_function(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from cms_stadsregio.content import models\n")
    assert list(_imports_inside_functions(sample)) == [("f", "cms_stadsregio.content")]


def test_each_app_has_an_explicit_label_and_its_own_templates():
    ours = [config for config in apps.get_app_configs() if config.name in settings.STADSREGIO_APPS]
    assert {config.name for config in ours} == set(settings.STADSREGIO_APPS)
    for config in ours:
        source = (Path(config.path) / "apps.py").read_text()
        assert re.search(r'^\s+label = "\w+"$', source, re.MULTILINE), config.name
        templates = Path(config.path) / "templates"
        if templates.exists():
            folders = {child.name for child in templates.iterdir()}
            # Besides its own folder, only Wagtail's admin templates it extends (the review).
            assert folders - {"wagtailadmin"} <= {config.label}, (config.name, folders)


@pytest.mark.parametrize(
    "app",
    sorted(
        path.name
        for path in (REPO / "cms_stadsregio").iterdir()
        if path.is_dir() and (path / "apps.py").exists()
    ),
)
def test_the_tests_mirror_each_app(app):
    folder = REPO / "tests" / "cms_stadsregio" / app
    assert list(folder.glob("test_*.py")), f"no tests in tests/cms_stadsregio/{app}/"


def test_no_test_module_outside_the_mirrored_layout():
    assert not list((REPO / "tests" / "cms_stadsregio").glob("test_*.py"))


OUTSIDE = re.compile(r"(?<![\w/])(?:\.\./)?shared/|ARCHITECTURE\.md|\b[Ii]ssue #?\d+|\(#\d+\)")


def test_comments_name_only_what_is_in_the_repository():
    files = [
        *source_files(),
        *(REPO / "tests").rglob("*.py"),
        *(REPO / "docs").glob("*.md"),
        REPO / "README.md",
    ]
    found = {
        f"{path.relative_to(REPO)}:{number}"
        for path in files
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if OUTSIDE.search(line) and path.name != "test_architecture.py"
    }
    assert found == set()
