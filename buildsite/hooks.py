"""MkDocs hooks: render pyapp's definitions into the pages, and ship the engine.

Named in mkdocs.yml under `hooks:`.
"""

import base64
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from buildsite import BuildError, app_files, engine_files, figures, palette, render, review
from buildsite.service_worker import write_service_worker
from buildsite.setup import ROOT
from pyapp import outcomes, questions
from pyapp.pages import CORES
from pyapp.source import SOURCE_TITLE

STYLE = re.compile(r"<style>(.*?)</style>", re.S)
CSP_STYLE_HASH = "'style-hash'"  # placeholder the page's own inline style replaces

# Guidance markdown is rendered as a jinja template; `{#id}` heading ids must
# stay markdown, so jinja comments get other markers.
MARKDOWN_JINJA = jinja2.Environment(
    comment_start_string="<#", comment_end_string="#>", undefined=jinja2.StrictUndefined,
    autoescape=False, keep_trailing_newline=True,
)


ENGINE = {}  # this build's engine files (buildsite.engine_files.Engine)
# Pages that carry no guidance from the article, so nothing to check against it: the
# offline page says only that a page is not at hand; the accessibility statement is about the site.
UNREVIEWED_PAGES = ("offline.md", "accessibility.md")


def on_config(config):
    """The engine files come from this checkout, or from extra.source_dir (a test's other version)."""
    ENGINE["current"] = engine_files.Engine(Path(config["extra"].get("source_dir", ROOT)))
    return config


def on_env(env, config, files):
    """What the theme's templates may use, all from pyapp."""
    engine = ENGINE["current"]
    env.globals.update(
        questions=questions,
        outcomes=outcomes,
        form_groups=render.form_groups(),
        pain_meaning=render.pain_meaning,
        stop_card=render.stop_card(),
        engine_head_preloads=engine.head_preloads(),
        engine_loader=json.dumps(engine.loader(), separators=(",", ":")),
        shell_data={page: core.SHELL_DATA for page, core in CORES.items()},
        engine_url=engine.url,
        engine_integrity=engine.integrity,
        pyscript_config_plugins=json.dumps(engine_files.PYSCRIPT_PLUGINS_OFF, separators=(",", ":")),
        csp_style_hash=CSP_STYLE_HASH,
        palette_css=palette.custom_properties(),
        og_image_path=app_files.og_image_path,
        app_icons=app_files,
        source_title=SOURCE_TITLE,
        page_scripts=page_scripts(),
    )
    return env


def on_files(files, config):
    """The theme's CSS is inlined into every page (theme/base.html), so it is not copied as a file."""
    for file in [file for file in files if file.src_uri.endswith(".css") and file.src_dir in config.theme.dirs]:
        files.remove(file)
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri not in UNREVIEWED_PAGES:
        page.meta["review"] = review.review_dates(page.meta, page.file.src_path)
    try:
        return MARKDOWN_JINJA.from_string(markdown).render(
            render.markdown_context(page.url, config["extra"].get("contact_email", "")))
    except jinja2.TemplateError as error:
        raise BuildError(
            "page {}: {} (allowed variables: {})".format(
                page.file.src_path, error, ", ".join(sorted(render.markdown_context())))
        ) from error


def style_hash(html):
    """The CSP source that allows exactly the page's inline <style>."""
    styles = STYLE.findall(html)
    if len(styles) != 1:
        raise BuildError("a page must have exactly one inline <style>, found {}".format(len(styles)))
    digest = hashlib.sha256(styles[0].encode()).digest()
    return "'sha256-{}'".format(base64.b64encode(digest).decode())


def with_style_hash(html):
    if CSP_STYLE_HASH not in html:
        return html
    return html.replace(CSP_STYLE_HASH, style_hash(html))


PREVIEWS = {}  # page url -> title, for the preview images drawn after the build


def on_post_page(output, page, config):
    PREVIEWS[page.url] = page.meta.get("title") or page.title
    if page.file.src_uri == OFFLINE_PAGE:
        output = with_root_links(output, config)
    return with_style_hash(output)


OFFLINE_PAGE = "offline.md"  # the service worker shows it at any address, at any depth
RELATIVE_TO_ROOT = re.compile(r'(href|src)="\.\.(/|")')


def with_root_links(html, config):
    """Links that lead from the site root, not from the page's own address."""
    root = urlsplit(config["site_url"]).path or "/"
    return RELATIVE_TO_ROOT.sub(lambda match: '{}="{}{}'.format(
        match[1], root, "" if match[2] == "/" else '"'), html)


def on_post_template(output_content, template_name, config):
    return with_style_hash(output_content)  # 404.html


def on_post_build(config):
    """Add the engine, the app files and the previews; then the service worker over all of it."""
    site = Path(config["site_dir"])
    copy_engine(site)
    app_files.write_icons(site)
    figures.write_figures(site)
    app_files.write_manifest(site, config)
    write_robots(site, config)
    write_headers(site)
    for url, title in PREVIEWS.items():
        app_files.write_preview_image(site, url, title, config["site_name"])
    PREVIEWS.clear()
    write_service_worker(site)


CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def write_headers(site):
    """_headers, which Netlify and Cloudflare Pages read: the pages' own CSP as a header,
    plus what a <meta> cannot say (no framing by other sites)."""
    policies = {CSP_META.search(page.read_text())[1] for page in site.rglob("*.html")}
    if len(policies) != 1:
        raise BuildError("every page must have the same Content-Security-Policy, found {}".format(len(policies)))
    (site / "_headers").write_text(
        "/*\n"
        "  Content-Security-Policy: {}; frame-ancestors 'none'\n"
        "  X-Frame-Options: DENY\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Referrer-Policy: no-referrer\n"
        "/sw.js\n"
        "  Cache-Control: no-cache\n"
        "/engine/*\n"  # named by their content hash: a changed file is a new address
        "  Cache-Control: public, max-age=31536000, immutable\n".format(policies.pop()))


def write_robots(site, config):
    """Every page may be indexed; the sitemap is at the published address."""
    (site / "robots.txt").write_text(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n".format(config["site_url"]))


PAGE_SCRIPTS = {"site": ROOT / "web" / "site.js"}  # name -> source; written as assets/<name>.<content hash>.js


def page_scripts():
    """{name: {"path", "integrity", "text"}}: each page script as the site holds it. The content hash
    in its name means a service worker never serves an older deploy's copy to a newer page
    (which the integrity check would refuse, losing the update prompt)."""
    scripts = {}
    for name, source in PAGE_SCRIPTS.items():
        text = source.read_bytes()
        digest = hashlib.sha256(text).digest()
        scripts[name] = {"path": "assets/{}.{}.js".format(name, digest.hex()[:12]), "text": text,
                         "integrity": "sha256-" + base64.b64encode(digest).decode()}
    return scripts


def copy_engine(site):
    """Copy PyScript, MicroPython, the Python the checker runs and the page scripts into the site."""
    ENGINE["current"].write(site)
    for script in page_scripts().values():
        target = site / script["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(script["text"])
