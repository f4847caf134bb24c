"""axe-core as the browser tests run it: the viewports and the WCAG 2.1 AA rule tags."""

import pytest

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 800}
VIEWPORTS = [pytest.param(DESKTOP, id="1280px"), pytest.param(MOBILE, id="375px")]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}"""
