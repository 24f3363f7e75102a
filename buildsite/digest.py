"""The one way the site names a file's content for the browser: Subresource Integrity's
"sha256-<base64>", also the CSP's hash source for an inline <style> (in quotes there)."""

import base64
import hashlib


def integrity(data):
    """The SRI value of bytes: a browser refuses a file (or an inline style) that is not this one."""
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()
