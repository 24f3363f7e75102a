"""The targets of issues 13, 11 and 18 (ARCHITECTURE.md rule 6), and whether a bench's results meet each one and by how much."""

import operator

FORM_MS = 1000
READY_RATIO = {"first": 0.70, "repeat": 0.55}  # engine ready, ours / the recipe, median of the paired runs
BLOCKING_MS = 100  # main-thread long tasks from navigation to engine ready
TAP_MS = 100
LIGHTHOUSE_PERFORMANCE = 95
TBT_MS = 200
LONG_LOG_RATIO = 1.0  # issue 11: /log/ with 200 saved results ready within /check/'s time

OPERATORS = {"<=": (operator.le, "at most"), "<": (operator.lt, "under"), ">=": (operator.ge, "at least")}

# (what, where the number is in the results, comparison, limit, unit)
FIXED = (
    ("form visible on /check/, first visit", ("medians", "ours", "first", "form_ms"), "<=", FORM_MS, "ms"),
    ("form visible on /check/, repeat visit", ("medians", "ours", "repeat", "form_ms"), "<=", FORM_MS, "ms"),
    ("engine ready, first visit, ours / recipe", ("ratios", "first", "median"), "<=", READY_RATIO["first"], "x"),
    ("engine ready, repeat visit, ours / recipe", ("ratios", "repeat", "median"), "<=", READY_RATIO["repeat"], "x"),
    ("main-thread blocking until ready on /check/, first visit", ("medians", "ours", "first", "blocking_ms"),
     "<=", BLOCKING_MS, "ms"),
    ("main-thread blocking until ready on /check/, repeat visit", ("medians", "ours", "repeat", "blocking_ms"),
     "<=", BLOCKING_MS, "ms"),
)


def per_page(results):
    """The targets of every walked page, every page Lighthouse audits, and /log/ with a long log."""
    walked = list(results.get("answer_pages", ())) + [path for path in (results.get("taps") or {})
                                                        if path not in results.get("answer_pages", ())]
    rows = [("every tap of the walk on {} paints (worst tap)".format(path), ("taps", path, "worst_ms"), "<=", TAP_MS, "ms")
            for path in walked]
    for path in results.get("pages", ()):
        rows.append(("Lighthouse mobile performance on {}".format(path), ("lighthouse", "pages", path, "performance"),
                     ">=", LIGHTHOUSE_PERFORMANCE, ""))
        rows.append(("Lighthouse total blocking time on {}".format(path),
                     ("lighthouse", "pages", path, "total-blocking-time"), "<", TBT_MS, "ms"))
    if results.get("long_log"):
        rows.append(("/log/ with {} saved results: engine ready, repeat visit, / /check/'s".format(
            results["long_log"]["entries"]), ("long_log", "ratio", "median"), "<=", LONG_LOG_RATIO, "x"))
        rows.append(("/log/ with {} saved results: main-thread blocking until ready".format(
            results["long_log"]["entries"]), ("long_log", "blocking_ms", "/log/"), "<=", BLOCKING_MS, "ms"))
    return rows


def number_at(results, where):
    """The number at where in the results, or None if it was not measured (missing, or an error message)."""
    value = results
    for key in where:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def check(what, value, comparison, limit, unit):
    """One target's outcome: met True/False (None: not measured), and by how much it is over the limit."""
    test, words = OPERATORS[comparison]
    over = None if value is None else round(limit - value if comparison == ">=" else value - limit, 3)
    return {"target": "{}: {} {}".format(what, words, amount(limit, unit)), "value": value, "unit": unit,
            "met": None if value is None else test(value, limit), "over": over}


def targets(results):
    """Every target checked against results."""
    return [check(what, number_at(results, where), comparison, limit, unit)
            for what, where, comparison, limit, unit in FIXED + tuple(per_page(results))]


def amount(value, unit):
    """A number as the report writes it: 1,234 ms, 0.67x, 95."""
    if unit == "x":
        return "{:.2f}x".format(value)
    text = "{:,.0f}".format(value) if value == round(value) else "{:,}".format(value)
    return text + (" " + unit if unit else "")


def verdict(result):
    """What a checked target says in the report, e.g. "0.80x: **MISSED** by 0.10x"."""
    if result["met"] is None:
        return "not measured"
    value, over = amount(result["value"], result["unit"]), result["over"]
    if result["met"]:
        return "{}: met, {} to spare".format(value, amount(abs(over), result["unit"]))
    if not over:
        return "{}: **MISSED**, at the limit".format(value)
    return "{}: **MISSED** by {}".format(value, amount(over, result["unit"]))
