"""MkDocs hooks: render pyapp's definitions into the pages, in each language, and ship the engine.

Named in mkdocs.yml under `hooks:`. MkDocs loads this file once per process, so a build's
state (its engine files, its pages' preview titles) is not kept here but on the build's
config, as `config.site_build`, made by the build's first on_config as a plugin makes its own.

The i18n plugin (mkdocs.yml) builds the site once per language on that one config, the
default language first, the others from inside its on_post_build. So every hook here runs
once per language and reads the pass's language from config.theme.locale, which the plugin's
on_config has set before this one's runs (buildsite/languages.py). What the languages share,
the engine, the service worker, _headers, is written once, when the outermost pass ends.
"""

import hashlib
import json
from pathlib import Path

import jinja2
from mkdocs.plugins import event_priority

from buildsite import (BuildError, app_files, digest, engine_files, figures, headers, languages, render, review, site_pages,
                       styles, translations)
from buildsite.service_worker import write_service_worker
from buildsite.install import ROOT
from buildsite.site_pages import language_root
from pyapp import outcomes, page_ids, pages, questions, texts
from pyapp.source import SOURCE_TITLE

# Guidance markdown is rendered as a jinja template; `{#id}` heading ids must
# stay markdown, so jinja comments get other markers.
_MARKDOWN_JINJA = jinja2.Environment(
    comment_start_string="<#", comment_end_string="#>", undefined=jinja2.StrictUndefined,
    autoescape=False, keep_trailing_newline=True,
)
# Pages that carry no guidance from the article, so nothing to check against it: the
# offline page says only that a page is not at hand; the accessibility statement is about the site.
_UNREVIEWED_PAGES = (site_pages.OFFLINE_PAGE, "accessibility/")
_PAGE_SCRIPTS = {"site": ROOT / "web" / "site.js"}  # name -> source; written as assets/<name>.<content hash>.js
_AFTER_THE_PLUGIN = -200  # the i18n plugin's on_config and on_post_build run at -100


class SiteBuild:
    """One build's state, across its languages: its engine files, and what each language's pass
    leaves for the end: each page's preview title, each language's 404 page."""

    def __init__(self, engine):
        self.engine = engine  # buildsite.engine_files.Engine
        self.previews = {}  # page url -> (title, site name, the font its language declares)
        self.not_found = {}  # language -> its 404 page
        self.passes = 0  # language passes begun and not yet ended


@event_priority(_AFTER_THE_PLUGIN)
def on_config(config):
    """The engine files come from this checkout, or from extra.source_dir (a test's other version).
    Each pass: the site's name and description in its language."""
    if getattr(config, "site_build", None) is None:
        languages.check_plugin(config)
        languages.check_site_words(config)
        languages.check_declared(site_pages.not_in_nav_lines(config.config_file_path))
        translations.check_fingerprints()
        config.site_build = SiteBuild(engine_files.Engine(Path(config["extra"].get("source_dir", ROOT))))
    lang = languages.language(config)
    config["site_name"] = texts.text(lang, "site.name")
    config["site_description"] = texts.text(lang, "site.description")
    return config


def on_pre_build(config):
    config.site_build.passes += 1


def on_env(env, config, files):
    """What the theme's templates may use, all from pyapp, in this pass's language."""
    engine = config.site_build.engine
    lang = languages.language(config)
    env.globals.update(languages.template_globals(lang, config))
    env.filters["lang_url"] = env.globals.pop("lang_url")
    env.globals.update(
        questions=questions,
        outcomes=outcomes,
        ids=page_ids,
        form_groups=render.form_groups(),
        pain_meaning=lambda value: render.pain_meaning(lang, value),
        help_text=lambda question: texts.texts(lang, questions.help_keys(question)),
        stop_card=render.stop_card(lang),
        to_root=_to_root,
        engine_head_preloads=lambda page: engine.head_preloads(_to_root(page)),
        engine_loader=lambda page, core: json.dumps(engine.loader(_to_root(page), core, lang), separators=(",", ":")),
        shell_data=pages.shell_data(lang),
        engine_url=lambda page, path: engine.url(path, _to_root(page)),
        engine_integrity=engine.integrity,
        pyscript_config_plugins=json.dumps(engine_files.PYSCRIPT_PLUGINS_OFF, separators=(",", ":")),
        csp_style_hashes=styles.csp_sources(),
        og_image_path=app_files.og_image_path,
        app_files=app_files,
        source_title=SOURCE_TITLE,
        page_scripts=_page_scripts(),
    )
    return env


def on_files(files, config):
    """Every page is in every language. The theme's CSS is inlined into the pages that use it
    (buildsite/styles.py), so it is not copied as a file."""
    languages.check_translations(files)
    for file in [file for file in files if file.src_uri.endswith(".css") and file.src_dir in config.theme.dirs]:
        files.remove(file)
    return files


def on_page_markdown(markdown, page, config, files):
    lang = languages.language(config)
    if languages.page_path(page.file) not in _UNREVIEWED_PAGES:
        page.meta["review"] = review.review_dates(page.meta, page.file.src_path, lang)
    try:
        return _MARKDOWN_JINJA.from_string(markdown).render(
            render.markdown_context(page.url, config["extra"].get("contact_email", ""), lang))
    except jinja2.TemplateError as error:
        raise BuildError(
            "page {}: {} (allowed variables: {})".format(
                page.file.src_path, error, ", ".join(sorted(render.markdown_context())))
        ) from error


def on_page_context(context, page, config, nav):
    """The page's own CSS: its template's components (MkDocs' own choice of template)."""
    context["page_style"] = styles.style(page.meta.get("template", "main.html"))
    return context


def on_template_context(context, template_name, config):
    if template_name.endswith(".html"):  # the 404 page; not the sitemap
        context["page_style"] = styles.style(template_name)
    return context


def on_post_page(output, page, config):
    title, lang = page.meta.get("title") or page.title, languages.language(config)
    languages.check_font(lang, title + " " + config["site_name"])
    config.site_build.previews[page.url] = (title, config["site_name"], languages.declared(lang, "font"))
    if languages.page_path(page.file) == site_pages.OFFLINE_PAGE:
        output = headers.with_root_links(output, config, page.url)
    headers.check_style(output)
    return output


def on_post_template(output_content, template_name, config):
    """404.html: every language's pass writes it at the site root, so each is kept for the end."""
    headers.check_style(output_content)
    if template_name == "404.html":
        config.site_build.not_found[languages.language(config)] = output_content
    return output_content


@event_priority(_AFTER_THE_PLUGIN)
def on_post_build(config):
    """Once every language is built: add the engine, the app files and the previews; then the
    service worker over all of it."""
    config.site_build.passes -= 1
    if config.site_build.passes:
        return  # a language built from inside the first one's on_post_build: the first one ends last
    site, build = Path(config["site_dir"]), config.site_build
    _copy_engine(site, build.engine)
    app_files.write_icons(site)
    figures.write_figures(site)
    for lang in texts.LANGUAGES:
        app_files.write_manifest(site, lang)
    for lang, page in build.not_found.items():
        (site / language_root(lang) / "404.html").write_text(page, encoding="utf-8")
    _write_robots(site, config)
    headers.write_headers(site)
    for url, (title, site_name, font) in build.previews.items():
        app_files.write_preview_image(site, url, title, site_name, font)
    write_service_worker(site)


def _to_root(page):
    return site_pages.to_root(page.url)


def _write_robots(site, config):
    """Every page may be indexed; the sitemap is at the published address."""
    (site / "robots.txt").write_text(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n".format(config["site_url"]))


def _page_scripts():
    """{name: {"path", "integrity", "text"}}: each page script as the site holds it. The content hash
    in its name means a service worker never serves an older deploy's copy to a newer page
    (which the integrity check would refuse, losing the update prompt)."""
    scripts = {}
    for name, source in _PAGE_SCRIPTS.items():
        text = source.read_bytes()
        scripts[name] = {"path": "assets/{}.{}.js".format(name, hashlib.sha256(text).hexdigest()[:12]), "text": text,
                         "integrity": digest.integrity(text)}
    return scripts


def _copy_engine(site, engine):
    """Copy PyScript, MicroPython, the Python the checker runs and the page scripts into the site."""
    engine.write(site)
    for script in _page_scripts().values():
        target = site / script["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(script["text"])
