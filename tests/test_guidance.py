"""The guidance pages: every link the engine gives resolves, and nothing is written twice."""

import re
from html.parser import HTMLParser

import pytest

from buildsite.site_pages import ALL_PAGES, in_language
from pyapp.outcomes import REASONS
from pyapp.policy import MILD_PAIN, PAIN_STOP_AT
from pyapp.questions import QUESTIONS
from pyapp.texts import LANGUAGES, text


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


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide", guide_links())
def test_every_engine_link_points_at_a_real_guidance_anchor_in_every_language(site_dir, guide, lang):
    page, _, anchor = in_language(guide, lang).partition("#")
    assert (site_dir / page / "index.html").exists(), guide
    if anchor:
        assert anchor in anchors_of(site_dir, page), guide


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_is_explained_on_the_warning_signs_page(site_dir, lang):
    html = (site_dir / in_language("warning-signs/", lang) / "index.html").read_text()
    table = html[html.index('id="what-the-check-does"'):]
    for question in QUESTIONS:
        words = text(lang, question["text"])
        assert words.replace("\u2019", "&rsquo;") in table or words in table


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_template_syntax_is_left_in_a_page(site_dir, page):
    html = (site_dir / page / "index.html").read_text()
    assert not re.search(r"\{\{|\{%", html)


@pytest.mark.parametrize("lang,less,more", (("en", "or less", "or more"), ("es", "o menos", "o más")))
def test_thresholds_in_the_guidance_come_from_the_engine(site_dir, lang, less, more):
    html = (site_dir / in_language("warning-signs/", lang) / "index.html").read_text()
    assert "<strong>{} {}:</strong>".format(MILD_PAIN[1], less) in html
    assert "<strong>{} {}:</strong>".format(PAIN_STOP_AT, more) in html
