"""MkDocs hooks: render pyapp's definitions into the pages, and ship the engine.

Named in mkdocs.yml under `hooks:`.
"""

import base64
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import jinja2

from buildsite import BuildError, app_files, engine_files, figures, render
from buildsite.setup import ROOT
from pyapp import outcomes, questions

STYLE = re.compile(r"<style>(.*?)</style>", re.S)
CSP_STYLE_HASH = "'style-hash'"  # placeholder the page's own inline style replaces

# Guidance markdown is rendered as a jinja template; `{#id}` heading ids must
# stay markdown, so jinja comments get other markers.
MARKDOWN_JINJA = jinja2.Environment(
    comment_start_string="<#", comment_end_string="#>", undefined=jinja2.StrictUndefined,
    autoescape=False, keep_trailing_newline=True,
)


def on_env(env, config, files):
    """What the theme's templates may use, all from pyapp."""
    env.globals.update(
        questions=questions,
        outcomes=outcomes,
        form_groups=render.form_groups(),
        pain_meaning=render.pain_meaning,
        stop_card=render.stop_card(),
        engine_head_preloads=engine_files.head_preloads(),
        engine_loader=json.dumps(engine_files.engine_loader(), separators=(",", ":")),
        pyscript_config=json.dumps(engine_files.pyscript_config(), separators=(",", ":")),
        pyscript_config_plugins=json.dumps(engine_files.PYSCRIPT_PLUGINS_OFF, separators=(",", ":")),
        csp_style_hash=CSP_STYLE_HASH,
        og_image_path=app_files.og_image_path,
        app_icons=app_files,
    )
    return env


def on_page_markdown(markdown, page, config, files):
    try:
        return MARKDOWN_JINJA.from_string(markdown).render(render.markdown_context(page.url))
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
    return with_style_hash(output)


def on_post_template(output_content, template_name, config):
    return with_style_hash(output_content)  # 404.html


def on_post_build(config):
    """Add the engine, the app files and the previews; then the service worker over all of it."""
    site = Path(config["site_dir"])
    copy_engine(site)
    (site / "site.css").unlink(missing_ok=True)  # inlined into every page instead
    app_files.write_icons(site)
    figures.write_figures(site)
    app_files.write_manifest(site, config)
    write_robots(site, config)
    for url, title in PREVIEWS.items():
        app_files.write_preview_image(site, url, title, config["site_name"])
    PREVIEWS.clear()
    write_service_worker(site)


def write_robots(site, config):
    """Every page may be indexed; the sitemap is at the published address."""
    (site / "robots.txt").write_text(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n".format(config["site_url"]))


def write_service_worker(site):
    script = Path(__file__).resolve().parent / "service_worker.mjs"
    done = subprocess.run(["node", str(script), str(site)], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError("generating the service worker failed: " + done.stderr.strip()[-2000:])


def copy_engine(site):
    """Copy PyScript, MicroPython and the Python the checker runs into the site."""
    for source, site_path in engine_files.all_files():
        if not source.exists():
            raise BuildError("missing {}: run `python3 build.py build`".format(source))
        target = site / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
