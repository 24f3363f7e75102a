"""What the service worker shows offline at an address it has no page for, when even the
offline page is not saved on this device (buildsite/service_worker.py writes it into sw.js,
in every language). Read by the build only: never shipped to the browser's Python."""

from pyapp.texts import text

KEYS = {"title": "offline.title", "text": "offline.text", "home_link": "offline.home"}


def words(lang):
    """{"title", "text", "home_link"}: the minimal offline page's words in lang."""
    return {name: text(lang, key) for name, key in KEYS.items()}
