"""MkDocs hooks: render pyapp's definitions into the pages, and ship the engine.

Named in mkdocs.yml under `hooks:`. MkDocs loads this file once per process, so a build's
state (its engine files, its pages' preview titles) is not kept here but on the build's
config, as `config.site_build`, made anew by on_config as a plugin makes its own.
"""

import base64
import hashlib
import json
from pathlib import Path

import jinja2

from buildsite import BuildError, app_files, engine_files, figures, headers, palette, render, review
from buildsite.service_worker import write_service_worker
from buildsite.install import ROOT
from pyapp import outcomes, pages, questions, texts
from pyapp.source import SOURCE_TITLE

# Guidance markdown is rendered as a jinja template; `{#id}` heading ids must
# stay markdown, so jinja comments get other markers.
_MARKDOWN_JINJA = jinja2.Environment(
    comment_start_string="<#", comment_end_string="#>", undefined=jinja2.StrictUndefined,
    autoescape=False, keep_trailing_newline=True,
)
# Pages that carry no guidance from the article, so nothing to check against it: the
# offline page says only that a page is not at hand; the accessibility statement is about the site.
_UNREVIEWED_PAGES = (headers.OFFLINE_PAGE, "accessibility.md")
_PAGE_SCRIPTS = {"site": ROOT / "web" / "site.js"}  # name -> source; written as assets/<name>.<content hash>.js


class SiteBuild:
    """One build's state: its engine files and, for the preview images drawn after the build,
    each page's title."""

    def __init__(self, engine):
        self.engine = engine  # buildsite.engine_files.Engine
        self.previews = {}  # page url -> title


def on_config(config):
    """The engine files come from this checkout, or from extra.source_dir (a test's other version)."""
    config.site_build = SiteBuild(engine_files.Engine(Path(config["extra"].get("source_dir", ROOT))))
    return config


def on_env(env, config, files):
    """What the theme's templates may use, all from pyapp."""
    engine = config.site_build.engine
    lang = _language(config)
    env.globals.update(
        lang=lang,
        t=lambda key, **values: texts.text(lang, key, **values),
        questions=questions,
        outcomes=outcomes,
        form_groups=render.form_groups(),
        pain_meaning=lambda value: render.pain_meaning(lang, value),
        stop_card=render.stop_card(lang),
        engine_head_preloads=engine.head_preloads(),
        engine_loader=json.dumps(engine.loader(), separators=(",", ":")),
        shell_data=pages.shell_data(lang),
        engine_url=engine.url,
        engine_integrity=engine.integrity,
        pyscript_config_plugins=json.dumps(engine_files.PYSCRIPT_PLUGINS_OFF, separators=(",", ":")),
        csp_style_hash=headers.CSP_STYLE_HASH,
        palette_css=palette.custom_properties(),
        og_image_path=app_files.og_image_path,
        app_files=app_files,
        source_title=SOURCE_TITLE,
        page_scripts=_page_scripts(),
    )
    return env


def on_files(files, config):
    """The theme's CSS is inlined into every page (theme/base.html), so it is not copied as a file."""
    for file in [file for file in files if file.src_uri.endswith(".css") and file.src_dir in config.theme.dirs]:
        files.remove(file)
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri not in _UNREVIEWED_PAGES:
        page.meta["review"] = review.review_dates(page.meta, page.file.src_path)
    try:
        return _MARKDOWN_JINJA.from_string(markdown).render(
            render.markdown_context(page.url, config["extra"].get("contact_email", ""), _language(config)))
    except jinja2.TemplateError as error:
        raise BuildError(
            "page {}: {} (allowed variables: {})".format(
                page.file.src_path, error, ", ".join(sorted(render.markdown_context())))
        ) from error


def on_post_page(output, page, config):
    config.site_build.previews[page.url] = page.meta.get("title") or page.title
    if page.file.src_uri == headers.OFFLINE_PAGE:
        output = headers.with_root_links(output, config)
    return headers.with_style_hash(output)


def on_post_template(output_content, template_name, config):
    return headers.with_style_hash(output_content)  # 404.html


def on_post_build(config):
    """Add the engine, the app files and the previews; then the service worker over all of it."""
    site = Path(config["site_dir"])
    _copy_engine(site, config.site_build.engine)
    app_files.write_icons(site)
    figures.write_figures(site)
    app_files.write_manifest(site, config)
    _write_robots(site, config)
    headers.write_headers(site)
    for url, title in config.site_build.previews.items():
        app_files.write_preview_image(site, url, title, config["site_name"])
    write_service_worker(site)


def _language(config):
    """The language this build (or, with several languages, this pass of it) speaks."""
    return texts.language(str(config.theme.locale or texts.DEFAULT))


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
        digest = hashlib.sha256(text).digest()
        scripts[name] = {"path": "assets/{}.{}.js".format(name, digest.hex()[:12]), "text": text,
                         "integrity": "sha256-" + base64.b64encode(digest).decode()}
    return scripts


def _copy_engine(site, engine):
    """Copy PyScript, MicroPython, the Python the checker runs and the page scripts into the site."""
    engine.write(site)
    for script in _page_scripts().values():
        target = site / script["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(script["text"])
