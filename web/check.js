// The loader and watchdog of the pages that run Python (the checker and the log).
// PyScript's own modules are preloaded from <head> at low priority. Right
// after the form has painted, this starts PyScript and fetches MicroPython and
// the Python files all at once (the list is rendered into the page at build
// time), so the first paint never shares the phone's link with the big files.
// It says clearly when the engine cannot start, instead of leaving an endless
// "loading"; Python marks success itself with <html data-engine="ready">.
(function () {
  "use strict";
  var root = document.documentElement;
  var SLOW_MS = 8000;
  var GIVE_UP_MS = 60000; // a later start still wins: Python sets "ready" and hides the message
  var loading = document.getElementById("engine-status");
  var script = document.currentScript.dataset;
  var engineFiles = script.engineFiles;
  // The page's own words for a failure (the log page sets them); the checker's by default.
  var words = {
    failedStatus: script.failedStatus || "The check could not start.",
    failedText: script.failedText || "The check could not start on this device",
    failedAfter: script.failedAfter || ". Your answers cannot be checked here. Read the warning signs instead: ",
    slow: script.slow || "Still loading the check. This can take a while on a slow connection. You can keep answering."
  };
  // Shown only when scripts run at all; without them the <noscript> note speaks.
  if (loading && root.dataset.engine === "loading") loading.hidden = false;

  // The share link's length, for Python to refuse an over-long one before it
  // copies the text into its small heap. Set before Python's own hashchange handler runs.
  function noteLinkLength() { root.dataset.linkLength = String(location.hash.length); }
  noteLinkLength();
  addEventListener("hashchange", noteLinkLength);

  // The log's storage, for Python (web/check.py, web/log.py). localStorage throws when the
  // browser will not let the site keep data (private mode, site data off, storage full), and
  // MicroPython cannot catch an error thrown by a JavaScript call: so these never throw.
  window.logStorage = {
    read: function (key) { // {ok, text}: text is "" when nothing is stored
      try {
        return { ok: true, text: localStorage.getItem(key) || "" };
      } catch (error) {
        return { ok: false, text: "" };
      }
    },
    write: function (key, text) { // true when stored; an empty text deletes the key
      try {
        if (text) localStorage.setItem(key, text);
        else localStorage.removeItem(key);
        return true;
      } catch (error) {
        return false;
      }
    }
  };

  function withdrawResult() {
    // a result shown before a late failure must not stay up next to "could not start"
    var card = document.getElementById("outcome");
    var verdict = document.getElementById("verdict");
    var progress = document.getElementById("progress");
    if (card) card.dataset.level = "";
    if (verdict) { verdict.dataset.level = ""; verdict.textContent = ""; }
    if (progress) progress.hidden = true;
  }

  function failed(detail) {
    if (root.dataset.engine !== "loading") return;
    root.dataset.engine = "failed";
    withdrawResult();
    var box = document.getElementById("error");
    if (loading) loading.textContent = words.failedStatus;
    if (!box) return;
    box.textContent = words.failedText + (detail ? " (" + detail + ")" : "") + words.failedAfter;
    var link = document.createElement("a");
    link.href = "../warning-signs/";
    link.textContent = "when to stop and when to get help";
    box.appendChild(link);
    box.appendChild(document.createTextNode("."));
    box.hidden = false;
  }

  if (typeof WebAssembly !== "object") {
    document.addEventListener("DOMContentLoaded", function () { failed("this browser cannot run WebAssembly"); });
    return;
  }
  addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    failed(String((reason && reason.message) || reason || "loading failed").slice(0, 120));
  });
  addEventListener("py:all-done", function () { failed("the engine stopped with an error"); });
  document.addEventListener("error", function (event) {
    var el = event.target;
    if (el && el.tagName === "SCRIPT") failed("a file could not be loaded");
  }, true);

  function add(tag, attributes) {
    var el = document.createElement(tag);
    for (var name in attributes) el.setAttribute(name, attributes[name]);
    (tag === "link" ? document.head : document.body).appendChild(el);
  }

  function startEngine() {
    try {
      engineFiles = JSON.parse(engineFiles);
    } catch (error) {
      return failed("the page is damaged");
    }
    engineFiles.modules.forEach(function (url) { add("link", { rel: "modulepreload", href: url }); });
    engineFiles.fetches.forEach(function (url) {
      var link = { rel: "preload", as: "fetch", crossorigin: "", href: url };
      if (/\.wasm$/.test(url)) link.type = "application/wasm";
      add("link", link);
    });
    add("script", { type: "module", src: engineFiles.entry });
  }

  // two frames: the first is the one that paints the form
  requestAnimationFrame(function () { requestAnimationFrame(startEngine); });

  setTimeout(function () {
    if (root.dataset.engine === "loading" && loading) {
      loading.textContent = words.slow;
    }
  }, SLOW_MS);
  setTimeout(function () { failed("it is taking too long; check your connection"); }, GIVE_UP_MS);
})();
