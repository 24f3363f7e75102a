"""When a page was last checked against the source, and when the next check is due.

Each page that gives guidance, the check and the log carry both dates in their
front matter (`reviewed`, `next_review`, ISO dates); the theme shows them and
marks the first as the page's schema.org `lastReviewed` (microdata). A missing or impossible
date fails the build, naming the page.
"""

import datetime

from buildsite import BuildError
from pyapp.dates import date_text

FIELDS = ("reviewed", "next_review")


def review_dates(meta, src_path, lang):
    """{"reviewed", "next_review"} as ISO dates with their texts in lang, or BuildError naming what is wrong."""
    dates = {}
    for field in FIELDS:
        value = meta.get(field)
        if isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                value = None
        if not isinstance(value, datetime.date):
            raise BuildError("page {}: front matter '{}' must be a date like 2026-11-27, got {!r}".format(
                src_path, field, meta.get(field)))
        dates[field] = value
    if dates["next_review"] <= dates["reviewed"]:
        raise BuildError("page {}: next_review ({}) must come after reviewed ({})".format(
            src_path, dates["next_review"], dates["reviewed"]))
    return {field: {"iso": day.isoformat(), "text": date_text(lang, day.isoformat())} for field, day in dates.items()}
