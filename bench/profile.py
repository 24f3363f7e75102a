"""Where a page's main-thread time goes until ready: a Chromium trace of one more visit, summarised by what ran.

The measured visits are never traced (a trace slows the page down, and Chromium's tracing is the bench's own
instrument). Once the runs are done, the bench visits each measured page once more, first and repeat visit,
with CDP Tracing (the devtools.timeline categories) recording from before the navigation until the page says
it is ready. Nothing runs in the page for it: the browser records, the bench reads the trace afterwards.

The summary takes the long tasks (over 50 ms) of the page's main thread from its navigation to its
"engine-ready" mark (the page alone: to the end of the trace), splits each into the time of the trace events
nested in it (self time: an event's duration less that of the events inside it), and names each piece by
what it was: a script's file (and function), the evaluation of the page's JavaScript modules, garbage
collection, style, layout and paint, parsing the HTML, promise callbacks, or the task's own work that the
trace does not break down (for instance the browser handing the page a network response).
"""

import posixpath
import urllib.parse

TRACE_CATEGORIES = ("devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8",
                    "blink.user_timing", "toplevel", "__metadata", "disabled-by-default-v8.cpu_profiler")
LONG_TASK_US = 50_000  # a long task, as the Long Tasks API counts one
READY_MARK = "engine-ready"
TASK = "RunTask"
GC = ("GC", "Scavenge", "Sweep")  # any event whose name holds one of these is the garbage collector's
RENDERING = {"Layout", "UpdateLayoutTree", "PrePaint", "Paint", "Layerize", "Commit", "PaintImage", "UpdateLayer",
             "RasterTask", "Decode Image", "HitTest", "IntersectionObserverController::computeIntersections",
             "ScrollLayer", "ComputeIntersections"}
STYLE_AND_LAYOUT = "style, layout and paint"
GARBAGE = "garbage collection"
PARSE_HTML = "parsing the HTML"
PARSE_CSS = "parsing the CSS"
MICROTASKS = "promise callbacks (microtasks)"
UNATTRIBUTED = "the task's own work, not broken down by the trace"
WRAPPERS = {TASK, "ThreadControllerImpl::RunTask", "ThreadPool_RunTask"}  # events that only say a task ran
MODULES = "evaluating the page's JavaScript modules ({})"
SCRIPT_EVENTS = ("FunctionCall", "EvaluateScript", "v8.compile", "v8.run", "v8.compileModule", "v8.evaluateModule",
                 "TimerFire", "FireAnimationFrame", "EventDispatch")
SHOWN = 6  # the largest pieces shown; the rest are summed


def file_name(url):
    """The last part of a URL's path: "core-C9KDLldu.js", or the URL itself when it has none."""
    name = posixpath.basename(urllib.parse.urlsplit(url or "").path)
    return name or (url or "?")


def data(event):
    """An event's args.data (or args.beginData), a dict."""
    args = event.get("args") or {}
    found = args.get("data") or args.get("beginData") or {}
    return found if isinstance(found, dict) else {}


def main_thread(events, url):
    """(pid, tid) of the renderer main thread that navigated to url; None when the trace has none."""
    navigations = [event for event in events if event.get("name") == "navigationStart"
                   and data(event).get("documentLoaderURL") == url]
    if not navigations:
        return None
    return navigations[0]["pid"], navigations[0]["tid"]


def window(events, thread, url):
    """(start, end) in trace microseconds: the navigation to url, and the page's ready mark (or the trace's end)."""
    start = min(event["ts"] for event in events if event.get("name") == "navigationStart"
                and data(event).get("documentLoaderURL") == url)
    marks = [event["ts"] for event in events if event.get("name") == READY_MARK and (event["pid"], event["tid"]) == thread
             and event["ts"] >= start]
    end = min(marks) if marks else max(event["ts"] + event.get("dur", 0) for event in events)
    return start, end, bool(marks)


def label(event, ancestors, modules):
    """What one piece of a task was, named by the event and the events it ran inside (innermost last)."""
    name = event["name"]
    if any(word in name for word in GC):
        return GARBAGE
    if name in RENDERING:
        return STYLE_AND_LAYOUT
    if name == "ParseHTML":
        return PARSE_HTML
    if name == "ParseAuthorStyleSheet":
        return PARSE_CSS
    for outer in [event] + ancestors[::-1]:
        if outer["name"] == "v8.evaluateModule":
            return MODULES.format(", ".join(modules) or "?")
        url = data(outer).get("url") or (outer.get("args") or {}).get("fileName")
        if outer["name"] in SCRIPT_EVENTS and url:
            function = data(outer).get("functionName")
            return "script {}{}".format(file_name(url), " {}()".format(function) if function else "")
    posted = [(outer.get("args") or {}).get("src_func") for outer in [event] + ancestors]
    posted = [name for name in posted if name]
    by = ", in a task posted by {}".format(posted[-1]) if posted else ""
    if any(outer["name"] in ("RunMicrotasks", "BlinkScheduler_PerformMicrotaskCheckpoint")
           for outer in [event] + ancestors):
        return MICROTASKS + by
    inner = [outer["name"] for outer in [event] + ancestors[::-1] if outer["name"] not in WRAPPERS]
    return "{} ({}{})".format(UNATTRIBUTED, inner[0], by) if inner else UNATTRIBUTED + by


def split(task, inside, modules):
    """{label: µs} of one task: each event's self time, the task's own time as UNATTRIBUTED."""
    pieces = {}
    stack = [task]
    spent = {id(task): 0}
    for event in inside:
        while stack[-1] is not task and stack[-1]["ts"] + stack[-1]["dur"] <= event["ts"]:
            stack.pop()
        spent[id(stack[-1])] += event["dur"]
        spent[id(event)] = 0
        stack.append(event)
    stack = [task]
    for event in inside:
        while stack[-1] is not task and stack[-1]["ts"] + stack[-1]["dur"] <= event["ts"]:
            stack.pop()
        own = max(0, event["dur"] - spent[id(event)])
        if own:
            what = label(event, stack[1:], modules)
            pieces[what] = pieces.get(what, 0) + own
        stack.append(event)
    own = max(0, task["dur"] - spent[id(task)])
    if own:
        what = label(task, [], modules)
        pieces[what] = pieces.get(what, 0) + own
    return pieces


def samples(events, thread):
    """[(time µs, file of the innermost JavaScript frame with a file, or None, µs since the sample before)] of
    the CPU profile V8 sampled on thread (the trace's Profile and ProfileChunk events)."""
    starts = {event.get("id"): data(event).get("startTime") for event in events if event.get("name") == "Profile"
              and (event.get("pid"), event.get("tid")) == thread}
    found = []
    for profile_id, start in starts.items():
        nodes, clock = {}, start or 0
        for chunk in (event for event in events if event.get("name") == "ProfileChunk" and event.get("id") == profile_id):
            cpu = data(chunk).get("cpuProfile") or {}
            for node in cpu.get("nodes") or []:
                nodes[node["id"]] = node
            for node_id, delta in zip(cpu.get("samples") or [], data(chunk).get("timeDeltas") or []):
                clock += delta
                found.append((clock, script_of(nodes, node_id), delta))
    return found


def script_of(nodes, node_id):
    """The file (and function) of the innermost frame of a sampled stack that has a file, or None (native code,
    idle, GC)."""
    while node_id in nodes:
        frame = nodes[node_id].get("callFrame") or {}
        if frame.get("url"):
            return file_name(frame["url"]) + (" {}()".format(frame["functionName"]) if frame.get("functionName") else "")
        node_id = nodes[node_id].get("parent")
    return None


def sampled_scripts(events, thread, tasks):
    """[[file and function, ms], ...] largest first: the JavaScript V8 sampled inside tasks, by its frame."""
    spent = {}
    for clock, script, delta in samples(events, thread):
        if script and any(task["ts"] <= clock < task["ts"] + task["dur"] for task in tasks):
            spent[script] = spent.get(script, 0) + delta
    return [[script, round(time / 1000)] for script, time in sorted(spent.items(), key=lambda kv: -kv[1])
            if round(time / 1000)]


def summarise(events, url):
    """Where the long tasks of url's main thread went until ready: {"ready": whether the page said it was
    ready, "long_tasks": how many, "blocking_ms": their total, "where": [[what, ms], ...] largest first,
    "scripts": [[file, ms], ...] the JavaScript sampled in them by file}; None when the trace does not hold that
    navigation."""
    thread = main_thread(events, url)
    if thread is None:
        return None
    start, end, ready = window(events, thread, url)
    timed = sorted((event for event in events if (event.get("pid"), event.get("tid")) == thread
                    and event.get("ph") == "X" and "dur" in event), key=lambda event: (event["ts"], -event["dur"]))
    modules = sorted({file_name(data(event).get("url")) for event in timed if event["name"] == "v8.compileModule"
                      and data(event).get("url")})
    tasks = [event for event in timed if event["name"] == TASK and event["dur"] > LONG_TASK_US
             and start <= event["ts"] < end]
    where = {}
    for task in tasks:
        inside = [event for event in timed if event is not task and task["ts"] <= event["ts"]
                  and event["ts"] + event["dur"] <= task["ts"] + task["dur"]]
        for what, spent in split(task, inside, modules).items():
            where[what] = where.get(what, 0) + spent
    return {"ready": ready, "long_tasks": len(tasks), "blocking_ms": round(sum(task["dur"] for task in tasks) / 1000),
            "scripts": sampled_scripts(events, thread, tasks),
            "where": [[what, round(spent / 1000)] for what, spent in sorted(where.items(), key=lambda kv: -kv[1])
                      if round(spent / 1000)]}


def shown(where, count=SHOWN):
    """The largest pieces of a summary's where, and the rest summed into one."""
    top, rest = where[:count], where[count:]
    if rest:
        top = top + [["the rest ({} kinds)".format(len(rest)), sum(ms for _what, ms in rest)]]
    return [[what, ms] for what, ms in top if ms]


# The browser side -----------------------------------------------------------------------------------------

def start_tracing(cdp):
    """Record the trace categories over CDP; returns the list the events are collected into, and the flag of
    the trace's end."""
    events, complete = [], []
    cdp.on("Tracing.dataCollected", lambda params: events.extend(params["value"]))
    cdp.on("Tracing.tracingComplete", lambda _params: complete.append(True))
    cdp.send("Tracing.start", {"traceConfig": {"includedCategories": list(TRACE_CATEGORIES)},
                               "transferMode": "ReportEvents"})
    return events, complete


def stop_tracing(cdp, page, complete, timeout_ms=30_000):
    """End the recording and wait until Chromium has handed over every event."""
    cdp.send("Tracing.end")
    waited = 0
    while not complete and waited < timeout_ms:
        page.wait_for_timeout(100)
        waited += 100
    if not complete:
        raise RuntimeError("Chromium did not hand over its trace within {} s".format(timeout_ms // 1000))
