"""The guidance pages: every link the engine gives resolves, and nothing is written twice."""

import re
from html.parser import HTMLParser

import pytest

from buildsite.site_pages import PAGES
from pyapp.outcomes import REASONS
from pyapp.policy import MILD_PAIN, PAIN_STOP_AT
from pyapp.questions import QUESTIONS
from pyapp.texts import text


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)


def anchors_of(site_dir, page):
    parser = Anchors()
    parser.feed((site_dir / page / "index.html").read_text())
    return parser.ids


def guide_links():
    return sorted({guide for _text, guide in REASONS.values()} | {q["guide"] for q in QUESTIONS})


@pytest.mark.parametrize("guide", guide_links())
def test_every_engine_link_points_at_a_real_guidance_anchor(site_dir, guide):
    page, _, anchor = guide.partition("#")
    assert (site_dir / page / "index.html").exists(), guide
    if anchor:
        assert anchor in anchors_of(site_dir, page), guide


def test_every_rule_is_explained_on_the_warning_signs_page(site_dir):
    html = (site_dir / "warning-signs" / "index.html").read_text()
    table = html[html.index('id="what-the-check-does"'):]
    for question in QUESTIONS:
        words = text("en", question["text"])
        assert words.replace("\u2019", "&rsquo;") in table or words in table


@pytest.mark.parametrize("page", PAGES)
def test_no_template_syntax_is_left_in_a_page(site_dir, page):
    html = (site_dir / page / "index.html").read_text()
    assert not re.search(r"\{\{|\{%", html)


def test_thresholds_in_the_guidance_come_from_the_engine(site_dir):
    text = (site_dir / "warning-signs" / "index.html").read_text()
    assert "<strong>{} or less:</strong>".format(MILD_PAIN[1]) in text
    assert "<strong>{} or more:</strong>".format(PAIN_STOP_AT) in text
