"""What the service worker shows offline at an address it has no page for, when even the
offline page is not saved on this device (buildsite/service_worker.py writes it into sw.js).
Read by the build only: never shipped to the browser's Python."""

TITLE = "You are offline"
TEXT = "This page is not saved on this device. Try again when you are online."
HOME_LINK = "Go to the home page"
