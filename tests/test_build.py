"""The build: what it writes, and what it says when it cannot."""

import ast

import pytest

from buildsite import site
from buildsite import BuildError
from buildsite.engine_files import Engine, compiled
from tests.conftest import ROOT
from tests.patched_copy import patched_copy


def test_robots_txt_allows_everything_and_names_the_sitemap(site_dir):
    assert (site_dir / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
    assert "<loc>https://example.org/check/</loc>" in (site_dir / "sitemap.xml").read_text()


def engine_folder(site_dir):
    (folder,) = (site_dir / "engine").iterdir()
    return folder


def imported_by(script):
    """The pyapp modules a script imports, and all that they import in turn."""
    found, todo = set(), [script]
    while todo:
        for node in ast.walk(ast.parse(todo.pop().read_text())):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("pyapp"):
                continue
            if node.module == "pyapp":
                names = {alias.name for alias in node.names}  # from pyapp import log
            else:
                names = {node.module[len("pyapp."):]}  # from pyapp.log import csv_text
            for name in names - found:
                found.add(name)
                todo.append(ROOT / "pyapp" / (name + ".py"))
    return found


def test_the_browser_gets_the_engine_compiled_but_not_the_command_line(site_dir):
    shipped = sorted(path.name for path in (engine_folder(site_dir) / "py" / "pyapp").iterdir())
    assert shipped == sorted(name + ".mpy" for name in imported_by(ROOT / "web" / "worker.py") | {"__init__"})
    assert "cli.mpy" not in shipped and "__main__.mpy" not in shipped
    for name in shipped:
        source = ROOT / "pyapp" / name.replace(".mpy", ".py")
        assert (engine_folder(site_dir) / "py" / "pyapp" / name).read_bytes() == compiled(source, "pyapp/" + source.name)


def test_the_engine_folder_is_named_by_its_content(site_dir, tmp_path):
    assert engine_folder(site_dir).name == Engine().content_hash()
    other = patched_copy(tmp_path / "source", ("pyapp", "web"), "pyapp/policy.py",
                         lambda text: text + "\nCHANGED = True\n")  # code: bytecode has no comments
    assert Engine(other).content_hash() != Engine().content_hash()


REVIEWED = "---\nreviewed: 2026-11-27\nnext_review: 2027-11-27\n---\n"


@pytest.mark.parametrize("front_matter,message", (
    ("", "front matter 'reviewed' must be a date like 2026-11-27, got None"),
    ("reviewed: 2026-11-27\n", "front matter 'next_review' must be a date like 2026-11-27, got None"),
    ("reviewed: soon\nnext_review: 2027-11-27\n", "front matter 'reviewed' must be a date like 2026-11-27, got 'soon'"),
    ("reviewed: 2026-11-27\nnext_review: 2026-11-27\n", "next_review (2026-11-27) must come after reviewed (2026-11-27)"),
))
def test_a_guidance_page_without_its_review_dates_fails_the_build(tmp_path, front_matter, message):
    docs = patched_copy(tmp_path, ("docs",), "docs/causes.md",
                        lambda _text: "---\n{}title: Causes\n---\n# Causes\n".format(front_matter)) / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert message in str(raised.value) and "causes.md" in str(raised.value)


def test_a_page_naming_an_unknown_engine_value_fails_the_build_and_says_where(tmp_path):
    docs = patched_copy(tmp_path, ("docs",), "docs/causes.md",
                        lambda _text: REVIEWED + "# Causes\n\nStop at {{ PAIN_STOP }}.\n") / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert str(raised.value) == ("page causes.md: 'PAIN_STOP' is undefined (allowed variables: "
                                 "ASK_BEFORE_RUNNING, BACK_TO_RUNNING, CALL_NOW, CONTACT_EMAIL, EMERGENCY, EMERGENCY_NUMBERS, "
                                 "INJURY_CARE, MILD_PAIN_MAX, PAIN_STOP_AT, SOURCE_TITLE, figure, policy_table, stop_card)")


def test_a_broken_link_in_the_guidance_fails_the_build(tmp_path):
    docs = patched_copy(tmp_path, ("docs",), "docs/about.md",
                        lambda text: text + "\nSee [the signs](warning-signs.md#no-such-anchor).\n") / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert str(raised.value) == (
        "the MkDocs build failed: Aborted with 1 warnings in strict mode!\n"
        "  - Doc file 'about.md' contains a link 'warning-signs.md#no-such-anchor', but the doc "
        "'warning-signs.md' does not contain an anchor '#no-such-anchor'.")
