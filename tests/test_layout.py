"""The suite's own layout: a test module shares nothing with another test module. What several use
(set-ups, strategies, helpers) lives in a helper module without the test_ prefix."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_no_test_module_imports_another_test_module():
    offending = {
        f"{path.relative_to(TESTS)} imports {module}"
        for path in TESTS.rglob("test_*.py")
        for module in imported_modules(path)
        if module.rsplit(".", 1)[-1].startswith("test_")
    }
    assert offending == set()
