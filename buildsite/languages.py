"""The site in each language it speaks: which language a build's pass is in, and what the
theme's templates use to say it and to link a page to itself in the other languages.

The i18n plugin (mkdocs.yml) builds the site once per language, on one config; its on_config
sets each pass's theme.locale. The languages it builds must be pyapp.texts' LANGUAGES, with
the same default: one list of languages, held to by the build.
"""

from urllib.parse import urljoin

import jinja2
import markupsafe
from mkdocs.utils.templates import url_filter

from buildsite import BuildError
from buildsite.app_files import PREVIEW_FONTS
from buildsite.site_pages import language_root, nav_key, page_of, without_language
from pyapp import texts

PLUGIN = "i18n"

# What each language of pyapp.texts.LANGUAGES declares, beside its catalogue and its plural rules
# (pyapp.texts.PLURALS); README.md's "Adding a language" names each field, and tests/test_languages.py
# fails for a language without one (nothing falls back to English's):
# - "reading": how plainly its words must read: textstat's language, the fewest words a score means
#   anything for, and each measure's bounds (lowest, highest; None for no bound);
# - "font": the letters its link previews' font has, a codec its titles encode in (a key of
#   buildsite.app_files.PREVIEW_FONTS);
# - "not_in_nav": its pages outside the nav, as mkdocs.yml's not_in_nav lists them.
DECLARED = {
    "en": {
        "reading": {"textstat": "en_US", "min_words": 5, "measures": {"flesch_kincaid_grade": (None, 8)}},
        "font": "latin-1",
        "not_in_nav": ("/offline.md", "/accessibility.md"),
    },
    "es": {  # "bastante fácil" or easier on both Spanish scales
        "reading": {"textstat": "es", "min_words": 8,
                    "measures": {"fernandez_huerta": (70, None), "szigriszt_pazos": (65, None)}},
        "font": "latin-1",
        "not_in_nav": ("/offline.es.md", "/accessibility.es.md"),
    },
}
DECLARATIONS = ("reading", "font", "not_in_nav")


def declared(lang, field):
    """What lang declares for field in DECLARED; BuildError, naming the field, if it declares nothing."""
    try:
        return DECLARED[lang][field]
    except KeyError:
        raise BuildError("buildsite/languages.py: {!r} declares no {!r} (README.md, \"Adding a language\"); "
                         "nothing falls back to English's".format(lang, field)) from None


def check_declared(not_in_nav):
    """BuildError unless each language declares every field, a font the previews have, and its pages
    outside the nav as mkdocs.yml lists them (not_in_nav: its lines)."""
    for lang in texts.LANGUAGES:
        for field in DECLARATIONS:
            declared(lang, field)
        if declared(lang, "font") not in PREVIEW_FONTS:
            raise BuildError("buildsite/languages.py: {!r} declares the font {!r}; the previews' fonts "
                             "(buildsite/app_files.py) are {}".format(lang, declared(lang, "font"),
                                                                      ", ".join(sorted(PREVIEW_FONTS))))
    listed = sorted(line.strip() for line in not_in_nav if line.strip())
    wanted = sorted(page for lang in texts.LANGUAGES for page in declared(lang, "not_in_nav"))
    if listed != wanted:
        raise BuildError("mkdocs.yml's not_in_nav must list each language's pages outside the nav, as "
                         "buildsite/languages.py declares them: {}; found {}".format(", ".join(wanted), ", ".join(listed)))


def check_font(lang, words):
    """BuildError if a preview's words in lang have a letter its declared font has not (it would draw a box)."""
    coverage = declared(lang, "font")
    try:
        words.encode(coverage)
    except UnicodeEncodeError as error:
        raise BuildError("the link preview of {!r} draws {!r}, which its font ({}) has not: declare a font "
                         "that has it in buildsite/languages.py".format(lang, words[error.start], coverage)) from None


def language(config):
    """The language this pass of the build speaks (config.theme.locale, set by the plugin)."""
    return texts.language(str(config.theme.locale or texts.DEFAULT))


def check_plugin(config):
    """BuildError unless the plugin builds exactly pyapp.texts' languages, the default first."""
    plugin = config.plugins.get(PLUGIN)
    built = tuple(lang.locale for lang in plugin.config.languages if lang.build) if plugin else (texts.DEFAULT,)
    default = [lang.locale for lang in plugin.config.languages if lang.default] if plugin else [texts.DEFAULT]
    if built != texts.LANGUAGES or default != [texts.DEFAULT]:
        raise BuildError("mkdocs.yml's i18n languages must be {} with {} the default, as pyapp/texts.py "
                         "says; found {} (default {})".format(", ".join(texts.LANGUAGES), texts.DEFAULT,
                                                              ", ".join(built), ", ".join(default)))


def check_site_words(config):
    """MkDocs needs site_name and site_description in mkdocs.yml; the catalogue holds them. BuildError
    if the two say different things, so neither is edited alone."""
    for field, key in (("site_name", "site.name"), ("site_description", "site.description")):
        if config[field] != texts.text(texts.DEFAULT, key):
            raise BuildError("mkdocs.yml's {} must be the catalogue's {!r}: {!r}".format(
                field, key, texts.text(texts.DEFAULT, key)))


def check_translations(files):
    """BuildError naming every page of docs/ that is missing in a language (the plugin would
    build the rest, with a broken nav; fallback_to_default would show English under /es/)."""
    sources = {file.src_uri for file in files if file.src_uri.endswith(".md")}
    originals = sorted(uri for uri in sources if uri == _in_language(uri, texts.DEFAULT))
    missing = [_in_language(uri, lang) for uri in originals for lang in texts.LANGUAGES
               if lang != texts.DEFAULT and _in_language(uri, lang) not in sources]
    if missing:
        raise BuildError("every page must be in every language; docs/ has no {}".format(", ".join(missing)))


def _in_language(uri, lang):
    """A page's markdown file in a language: 'causes.md' -> 'causes.es.md' ('causes.md' in the default)."""
    name = without_language(uri).removesuffix(".md")
    return name + ("" if lang == texts.DEFAULT else "." + lang) + ".md"


def translator(lang):
    """The templates' t(key, **values): the catalogue's text in lang, escaped for HTML; a value
    that is markup (a link made by the template) goes in as it is, any other is escaped."""
    def t(key, **values):
        marks = {name: "\0{}\0".format(name) for name in values}
        words = str(markupsafe.escape(texts.text(lang, key, **marks)))
        for name, value in values.items():
            words = words.replace(marks[name], str(markupsafe.escape(value)))
        return markupsafe.Markup(words)
    return t


def source_of(file):
    """A page's markdown file without its language: 'offline.es.md' -> 'offline.md'."""
    return getattr(file, "norm_src_uri", file.src_uri)


def page_path(file):
    """The page a file is, as buildsite.site_pages names it: 'es/check/' and 'check/' are 'check/'."""
    return page_of(source_of(file))


def template_globals(lang, config):
    """What the theme uses to speak lang and to lead to the other languages."""
    site_url = config["site_url"] or ""

    @jinja2.pass_context
    def lang_url(context, path):
        """A site path ('about/') in this pass's language, relative to the page, as the url filter makes it."""
        return url_filter(context, language_root(lang) + path)

    def alternates(page):
        """[(language, absolute URL)] of the page in every language, this one included."""
        files = page.file.alternates
        return [(other, urljoin(site_url, files[other].url)) for other in texts.LANGUAGES if other in files]

    @jinja2.pass_context
    def other_languages(context):
        """[(language, its name in itself, URL)] of this page in each other language (the 404
        page: their home pages)."""
        page = context.get("page")
        files = page.file.alternates if page else {other: None for other in texts.LANGUAGES}
        return [(other, texts.text(other, "site.language_name"),
                 url_filter(context, files[other].url if page else language_root(other) or "./"))
                for other in texts.LANGUAGES if other != lang and other in files]

    return {
        "lang": lang,
        "t": translator(lang),
        "default_lang": texts.DEFAULT,
        "nav_title": lambda item: texts.text(lang, nav_key(page_path(item.file))),
        "is_home": lambda page: page_path(page.file) == "",  # MkDocs' page.is_homepage: the root's only
        "alternates": alternates,
        "other_languages": other_languages,
        "lang_url": lang_url,
    }
