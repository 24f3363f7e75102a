"""The targets of SPEC section 6 (issue 29) and issue 11, and whether a bench's results meet each one and by how
much, with the spread over the runs."""

import operator

FORM_MS = 1000
SHARE_MS = 50  # the engine's own main-thread blocking until ready: ours minus the page alone
ALONE_MS = 100  # the page alone's main-thread blocking
ALONE_PAGES = ("/check/", "/log/")
BYTES_FIRST = 330_000  # a first visit to /check/, until ready
READY_RATIO = {"first": 0.65, "repeat": 0.50}  # engine ready, ours / the recipe, median of the paired runs
FLOOR_RATIO = 1.00  # engine ready, ours / the floor, first and repeat
TAP_MS = 100
LIGHTHOUSE_PERFORMANCE = 100
TBT_MS = 100
LONG_LOG_RATIO = 1.0  # issue 11: /log/ with 200 saved results ready within /check/'s time
VISITS = ("first", "repeat")

OPERATORS = {"<=": (operator.le, "at most"), "<": (operator.lt, "under"), ">=": (operator.ge, "at least")}


def fixed(results):
    """(what, where the number is in the results, comparison, limit, unit) of the targets of the measured pages."""
    measured = results.get("measured", ())
    rows = [("form visible on /check/, {} visit".format(visit), ("visits", "ours", "/check/", visit, "form_ms"),
             "<=", FORM_MS, "ms") for visit in VISITS]
    rows += [("the engine's own main-thread blocking until ready (ours minus the page alone) on {}, {} visit".format(
        path, visit), ("share", path, visit), "<=", SHARE_MS, "ms") for path in measured for visit in VISITS]
    rows += [("the page alone's main-thread blocking on {}, {} visit".format(path, visit),
              ("visits", "alone", path, visit, "blocking_ms"), "<=", ALONE_MS, "ms")
             for path in ALONE_PAGES if path in measured for visit in VISITS]
    rows.append(("bytes fetched until ready, first visit to /check/", ("visits", "ours", "/check/", "first", "bytes"),
                 "<=", BYTES_FIRST, "B"))
    rows += [("engine ready on /check/, {} visit, ours / the floor".format(visit), ("floor_ratios", "/check/", visit),
              "<=", FLOOR_RATIO, "x") for visit in VISITS]
    rows += [("engine ready on /check/, {} visit, ours / the recipe".format(visit), ("ratios", visit),
              "<=", READY_RATIO[visit], "x") for visit in VISITS]
    return rows


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
            results["long_log"]["entries"]), ("long_log", "ratio"), "<=", LONG_LOG_RATIO, "x"))
    return rows


def found_at(results, where):
    """(the number at where in the results, its [min, max] over the runs or None); the number is None if it was
    not measured (missing, or an error message). A figure with a spread counts by its median."""
    value = results
    for key in where:
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, dict) and "median" in value:
        return value["median"], [value["min"], value["max"]]
    return (value if isinstance(value, (int, float)) and not isinstance(value, bool) else None), None


def check(what, found, comparison, limit, unit):
    """One target's outcome: met True/False (None: not measured), by how much it is over the limit, and the
    spread of the runs."""
    value, runs = found
    test, words = OPERATORS[comparison]
    over = None if value is None else round(limit - value if comparison == ">=" else value - limit, 3)
    return {"target": "{}: {} {}".format(what, words, amount(limit, unit)), "value": value, "unit": unit,
            "met": None if value is None else test(value, limit), "over": over, "spread": runs}


def targets(results):
    """Every target checked against results."""
    return [dict(check(what, found_at(results, where), comparison, limit, unit), at=list(where))
            for what, where, comparison, limit, unit in fixed(results) + per_page(results)]


def amount(value, unit):
    """A number as the report writes it: 1,234 ms, 0.67x, 95, 402.1 kB."""
    if unit == "x":
        return "{:.2f}x".format(value)
    if unit == "B":
        return "{:.1f} kB".format(value / 1000)
    text = "{:,.0f}".format(value) if value == round(value) else "{:,}".format(value)
    return text + (" " + unit if unit else "")


def between(low, high, unit):
    """A range with its unit once: "40–50 ms", "-7–98 ms", "0.92x–1.05x", "401.2–418.7 kB"."""
    if unit == "x":
        return "{}–{}".format(amount(low, unit), amount(high, unit))
    low_text, high_text = amount(low, unit), amount(high, unit)
    suffix = " " + unit if unit and unit != "B" else (" kB" if unit == "B" else "")
    return "{}–{}".format(low_text[:len(low_text) - len(suffix)], high_text)


def spread_words(result):
    """" (runs 80–120 ms)" when the target has a spread over several runs, else ""."""
    low_high = result.get("spread")
    if not low_high or low_high[0] == low_high[1]:
        return ""
    return " (runs {})".format(between(low_high[0], low_high[1], result["unit"]))


def verdict(result):
    """What a checked target says in the report, e.g. "0.80x (runs 0.75x–0.90x): **MISSED** by 0.10x"."""
    if result["met"] is None:
        return "not measured"
    value, over = amount(result["value"], result["unit"]) + spread_words(result), result["over"]
    if result["met"]:
        return "{}: met, {} to spare".format(value, amount(abs(over), result["unit"]))
    if not over:
        return "{}: **MISSED**, at the limit".format(value)
    return "{}: **MISSED** by {}".format(value, amount(over, result["unit"]))
