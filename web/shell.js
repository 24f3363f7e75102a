// The page shell of the pages whose logic is Python (the check and the log: pyapp's page cores, run
// in a PyScript worker so the phone's main thread stays the runner's). It knows nothing of either
// page: it starts the worker once the page has painted, sends it what the runner did (the form's
// answers, the address's fragment, what storage holds, the local time) and applies the changes it
// returns (pyapp/patch.py lists them). It keeps the loader's duties: a clear "could not start"
// instead of an endless "loading", a worker given up on is stopped, and storage that never throws.
// Every word it shows is a catalogue text in the page's language, from its <script>'s data
// attributes (pyapp.patch.loader_words); an error's own message goes to the console, never the page.
(function () {
  "use strict";
  var root = document.documentElement;
  // Framed by another site, the page shows nothing and starts nothing (web/site.js hides it). Not
  // framed, it says so at once, as the page is read (the engine comes later): the form and the log
  // are hidden by the CSS until then (theme/css/form.css), so a page framed where its scripts cannot
  // run shows no form (H-FRAME-1).
  if (window.top !== window.self) return;
  root.dataset.top = "";
  var SLOW_MS = 8000;
  var GIVE_UP_MS = 60000; // then the page gives up, and the worker is stopped
  var loading = document.getElementById("engine-status");
  var script = document.currentScript.dataset;
  var ANSWER_MS = 30000; // an event the worker has not answered by then: it is stuck, so it is stopped
  var running = null;   // the worker, from the moment PyScript makes it
  var engine = null;    // its exported functions
  var queue = Promise.resolve();  // events, one at a time, each read when its turn comes
  if (loading && root.dataset.engine === "loading") loading.hidden = false;

  // Storage (localStorage throws when the browser will not let the site keep data). Nothing here
  // throws: a fault comes back as data, for Python to put into words, named as pyapp/patch.py names
  // them (FULL, UNAVAILABLE: the script tag's data-fault-full, data-fault-unavailable).
  // tests/test_storage_contract.py runs these functions against tests/fake_shell.py's.
  function safely(use) {
    try {
      return use();
    } catch (error) {
      return { ok: false, fault: faultOf(error) };
    }
  }
  function faultOf(error) {
    try {  // whatever was thrown: an Error, a DOMException, or any value at all
      return error && error.name === "QuotaExceededError" ? script.faultFull : script.faultUnavailable;
    } catch (odd) {
      return script.faultUnavailable;
    }
  }
  // The keys, and a read of a key no entry has: a browser that lists the keys but will not let the
  // page read them is "unavailable" here, never a log that looks empty.
  function listKeys(prefix) {
    return safely(function () {
      var keys = Object.keys(localStorage).filter(function (key) { return key.indexOf(prefix) === 0; });
      localStorage.getItem(prefix + "/");
      return { ok: true, keys: keys };
    });
  }
  // A long text goes to the worker in pieces (web/worker.py joins them): MicroPython's json reads one
  // long string in a time that grows with the square of its length (an old log of 4 MB: over a minute).
  function pieces(text) {
    if (text === null || text.length <= 4096) return text;
    var parts = [];
    for (var at = 0; at < text.length; at += 4096) parts.push(text.slice(at, at + 4096));
    return parts;
  }
  function readKeys(keys) {
    return safely(function () {
      return { ok: true, items: keys.map(function (key) { return [key, pieces(localStorage.getItem(key))]; }) };
    });
  }
  function put(key, text) {
    return text === null ? localStorage.removeItem(key) : localStorage.setItem(key, text);
  }
  // [[key, text or null to delete], ...] in order, all or none; each read back before it counts as done
  function store(writes) {
    var before = [];
    var done = safely(function () {
      writes.forEach(function (write) { before.unshift([write[0], localStorage.getItem(write[0])]); put(write[0], write[1]); });
      if (writes.every(function (write) { return localStorage.getItem(write[0]) === write[1]; })) return { ok: true };
      throw new Error("not kept");
    });
    if (!done.ok) before.forEach(function (old) { safely(function () { put(old[0], old[1]); }); });
    return done;
  }
  function nonce() {
    return ("0000000" + crypto.getRandomValues(new Uint32Array(1))[0].toString(16)).slice(-8);
  }

  // What the runner did, as plain data.
  function formAnswers() {
    var answers = {};
    document.querySelectorAll("form input:checked").forEach(function (input) { answers[input.name] = input.value; });
    return answers;
  }
  function localNow() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate()) + "T" +
      two(now.getHours()) + ":" + two(now.getMinutes()) + ":" + two(now.getSeconds());
  }
  function seen(type, extra) {
    var hash = location.hash;
    var event = {
      page: script.page, lang: root.lang, type: type, form: formAnswers(), now: localNow(), nonce: nonce(),
      // an over-long fragment is refused by its length alone, never copied into the worker
      hash_length: hash.length, hash: hash.length > Number(script.maxLink || 0) ? "" : hash,
      hash_is_anchor: hash.length > 1 && hash.length < 100 && !!document.getElementById(hash.slice(1))
    };
    for (var name in extra) event[name] = extra[name];
    return event;
  }

  // Applying what Python returns.
  function each(selector, then) {
    var element = selector === ":root" ? root : document.querySelector(selector);
    if (element) then(element);
  }
  var APPLY = {
    text: function (c) { each(c[1], function (el) { el.textContent = c[2]; }); },
    html: function (c) { each(c[1], function (el) { el.innerHTML = c[2]; }); },
    after: function (c) { each(c[1], function (el) { el.insertAdjacentHTML("afterend", c[2]); }); },
    append: function (c) { each(c[1], function (el) { el.insertAdjacentHTML("beforeend", c[2]); }); },
    remove: function (c) { each(c[1], function (el) { el.remove(); }); },
    hidden: function (c) { each(c[1], function (el) { el.hidden = c[2]; }); },
    attr: function (c) {
      each(c[1], function (el) { if (c[3] === null) el.removeAttribute(c[2]); else el.setAttribute(c[2], c[3]); });
    },
    reset: function (c) { each(c[1], function (el) { el.reset(); }); },
    select: function (c) {
      var input = document.querySelector("input[name='" + CSS.escape(c[1]) + "'][value='" + CSS.escape(c[2]) + "']");
      if (input) input.checked = true;
    },
    focus: function (c) { each(c[1], function (el) { el.focus(); }); },
    hash: function (c) {
      if (c[1] === null && !location.hash) return;
      history.replaceState(null, "", location.pathname + location.search + (c[1] === null ? "" : "#" + c[1]));
    },
    share: function (c) {
      APPLY.hash(["hash", c[1]]);
      var url = location.href;
      var status = document.querySelector(c[2]);
      // each text is a whole sentence of the catalogue, the address where it says {address}
      function tell(text) { if (status) status.textContent = text.replace("{address}", function () { return url; }); }
      if (navigator.share) {
        navigator.share({ title: document.title, url: url }).catch(function () { tell(c[4]); });
      } else if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(function () { tell(c[3]); }, function () { tell(c[4]); });
      } else {
        tell(c[4]);
      }
    },
    keys: function (c) { send(c[2], { stored: listKeys(c[1]), data: c[3] }); },
    read: function (c) { send(c[2], { stored: readKeys(c[1]), data: c[3] }); },
    store: function (c) {
      var done = store(c[1]);
      send(c[2], { ok: done.ok, fault: done.fault || "", data: c[3] });
    },
    measure: function (c) { each(c[1], function (el) { send(c[2], { width: el.clientWidth }); }); },
    download: function (c) {
      var url = URL.createObjectURL(new Blob([c[3]], { type: c[2] }));
      var link = document.createElement("a");
      link.href = url; link.download = c[1]; link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    },
    print: function () { openToPrint(); window.print(); }
  };
  // what prints open for a physio (the answers of each saved result), and closes after
  function openToPrint() {
    document.querySelectorAll("details[data-print-open]:not([open])").forEach(function (details) {
      details.open = true; details.dataset.printOpened = "";
    });
  }

  function apply(changes) {
    changes.forEach(function (change) { APPLY[change[0]](change); });
  }

  // Talking to the worker: one event at a time, read when its turn comes. <html data-pending>
  // counts the events not yet answered, so a page that is still catching up can be told apart.
  var pending = 0;
  var whenIdle = [];
  function count(by) {
    pending += by;
    root.dataset.pending = String(pending);
    if (!pending) whenIdle.splice(0).forEach(function (then) { then(); });
  }
  function answered(reply) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(because("whyNotAnswering")); }, ANSWER_MS);
      reply.then(resolve, reject).then(function () { clearTimeout(timer); });
    });
  }
  function send(type, extra) {
    count(1);
    queue = queue.then(function () {
      if (!engine) return;
      return answered(engine.handle(JSON.stringify(seen(type, extra)))).then(function (changes) {
        apply(JSON.parse(changes));
        if (root.dataset.engine === "ready" && !performance.getEntriesByName("engine-ready").length) console.info("engine ready", performance.mark("engine-ready").startTime);  // the bench waits on this line (bench/visits.py)
      });
    }).catch(function (error) { broke(error); }).then(function () { count(-1); });
  }

  function withdrawResult() {
    // a result shown before a failure must not stay up next to the message
    each("#outcome", function (el) { el.dataset.level = ""; });
    each("#verdict", function (el) { el.dataset.level = ""; el.textContent = ""; });
    each("#progress", function (el) { el.hidden = true; });
  }
  // A whole message of the catalogue: its {why} filled in, its {link} made the link to the warning signs.
  function say(message, why) {
    var box = document.getElementById("error");
    if (!box) return;
    var parts = message.replace("{why}", function () { return why || ""; }).split("{link}");
    box.textContent = parts[0];
    var link = document.createElement("a");
    link.href = "../warning-signs/";
    link.textContent = script.warningSigns;
    box.appendChild(link);
    box.appendChild(document.createTextNode(parts.slice(1).join("")));
    box.hidden = false;
  }
  // An error of ours names why, as the name of its data attribute ("whySlow"): its words are there.
  function because(why, detail) {
    var error = new Error(why + (detail ? ": " + detail : ""));
    error.why = why;
    return error;
  }
  // Every give-up stops the worker: one that never answers would otherwise keep a core busy (a
  // phone's battery, its heat) until the tab is closed. It may not have finished starting: the
  // worker is known from the moment it exists (see startEngine).
  var gaveUp = false;
  function giveUp() {
    gaveUp = true;
    engine = null;
    if (running) running.terminate();
    if (checking) checking.terminate();
  }
  // why: the data attribute of the reason said (see because); error: what went wrong, for the console
  function failed(why, error) {
    if (error !== undefined) console.error(why, error);
    if (root.dataset.engine !== "loading") return;
    root.dataset.engine = "failed";
    giveUp();
    withdrawResult();
    if (loading) loading.textContent = script.failedStatus;
    say(script.failedText, script[why] || script.whyStopped);
  }
  function broke(error) {
    // the worker itself failed after it started: no result stays up for answers it may not match
    if (gaveUp) return;  // stopped already, and the page has said why
    if (root.dataset.engine === "loading") return failed((error && error.why) || "whyStopped", error);
    console.error(error);
    giveUp();
    withdrawResult();
    say(script.broken);
  }

  var missing = typeof WebAssembly !== "object" ? "WebAssembly" : typeof Worker !== "function" ? "web workers" : "";
  if (missing) {
    document.addEventListener("DOMContentLoaded", function () { failed("whyBrowser", "no " + missing); });
    return;
  }
  // H-LOAD-2: the service worker found a damaged copy of an engine file on this device and could not
  // fetch a good one (web/sw.js): the page says so at once, with what to do, not after 60 s that the
  // connection is slow. The worker's own fetch of that file fails too (503), so nothing damaged runs.
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "DAMAGED") failed("whyDamagedCopy", event.data);
    });
    navigator.serviceWorker.startMessages();
  }
  addEventListener("unhandledrejection", function (event) {
    failed((event.reason && event.reason.why) || "whyStopped", event.reason);
  });
  document.addEventListener("error", function (event) {
    var el = event.target;
    if (el && el.tagName === "SCRIPT") failed("whyNotLoaded", el.src);
  }, true);

  function listen() {
    document.addEventListener("change", function (event) {
      if (event.target.form) send("change");
    });
    document.addEventListener("click", function (event) {
      var target = event.target.closest && event.target.closest("[data-action]");
      if (target) send(target.dataset.action, { data: Object.assign({}, target.dataset) });
    });
    addEventListener("hashchange", function () { send("hash"); });
    (script.listen || "").split(" ").filter(Boolean).forEach(function (type) {
      addEventListener(type, function (event) { send(type, { key: event.key === undefined ? null : event.key }); });
    });
    addEventListener("beforeprint", openToPrint);
    addEventListener("afterprint", function () {
      document.querySelectorAll("details[data-print-opened]").forEach(function (details) {
        details.open = false; delete details.dataset.printOpened;
      });
    });
  }

  // The hash checks of a first visit, in a worker of their own, so that the page's thread neither
  // starts some 25 fetches nor reads and hashes their bodies. The worker's code is checkFiles below,
  // part of this file, which the page checked against its integrity attribute before running it.
  // It answers each group (the small files, the .wasm) once: passed, or the first file that failed.
  // The .wasm is asked for first: the largest file, it must not queue behind the small ones for one of
  // the browser's few connections to the host.
  function checkFiles() {
    onmessage = function (event) {
      var checks = event.data;
      [true, false].forEach(function (large) {
        Promise.all(Object.keys(checks).filter(function (url) { return /\.wasm$/.test(url) === large; }).map(function (url) {
          return fetch(url, { integrity: checks[url] }).then(function (response) {
            if (!response.ok) throw { why: "whyNotLoaded", url: url };
            return response.arrayBuffer().catch(function () { throw { why: "whyNotLoaded", url: url }; });
          }, function () { throw { why: "whyDamaged", url: url }; });
        })).then(function () {
          postMessage({ large: large });
        }, function (failure) {
          postMessage({ large: large, why: failure.why || "whyNotLoaded", url: failure.url || "" });
        });
      });
    };
  }
  var checking = null;  // the worker of the hash checks, until both groups are answered
  // [the small files checked, the .wasm checked]: two promises, rejected with why when a file failed
  function checkElsewhere(checks) {
    var settle = {};
    var groups = [false, true].map(function (large) {
      return new Promise(function (resolve, reject) { settle[large] = { resolve: resolve, reject: reject }; });
    });
    var source = URL.createObjectURL(new Blob(["(" + checkFiles + ")()"], { type: "text/javascript" }));
    var answers = 0;
    try {
      checking = new Worker(source);
    } catch (error) {  // a browser that will not make it: the files are not checked, so none is run
      console.error(error);
      settle[false].reject(because("whyNotLoaded", "hash checks"));
      settle[true].reject(because("whyNotLoaded", "hash checks"));
      return groups;
    }
    checking.onmessage = function (event) {
      var answer = event.data;
      if (answer.why) settle[answer.large].reject(because(answer.why, answer.url));
      else settle[answer.large].resolve();
      if (++answers === 2) done();
    };
    checking.onerror = function (event) {
      if (event.preventDefault) event.preventDefault();
      settle[false].reject(because("whyNotLoaded", "hash checks"));
      settle[true].reject(because("whyNotLoaded", "hash checks"));
      done();
    };
    function done() {
      if (checking) checking.terminate();
      checking = null;
      URL.revokeObjectURL(source);
    }
    checking.postMessage(checks);
    return groups;
  }

  function startEngine() {
    var files;
    try {
      files = JSON.parse(script.engineFiles);
    } catch (error) {
      return failed("whyPageDamaged", error);
    }
    function absolute(url) { return new URL(url, location.href).href; }
    // On a first visit every file the worker will load is fetched and checked against its hash: a
    // damaged file ends in "could not start", never in a MicroPython that spins on it. The small
    // ones are checked before the worker starts; the large .wasm while it starts (a damaged one
    // cannot compile), and no event is sent until it passed. Under the service worker each file
    // was checked against the same hash when it was cached, so it is not checked again.
    var served = navigator.serviceWorker && navigator.serviceWorker.controller;
    var hashes = {};  // by absolute URL: the worker of the checks has no page to resolve a relative one against
    for (var file in files.checks) hashes[absolute(file)] = files.checks[file];
    var checks = served ? [Promise.resolve(), Promise.resolve()] : checkElsewhere(hashes);
    var wasm = checks[1];
    var config = { files: {} };
    for (var url in files.files) config.files[absolute(url)] = files.files[url];
    var entry = import(absolute(files.entry)).catch(function (error) {
      console.error(error);
      throw because("whyNotLoaded", files.entry);
    });
    checks[0].then(function () { return entry; }).then(function (pyscript) {
      // PyScript's plugins must be set up first, or the worker starts without its bootstrap
      return customElements.whenDefined("mpy-script").then(function () {
        if (gaveUp) throw because("whyStopped", "given up");
        // MPWorker resolves only once the worker's Python has run: one that spins as it starts
        // never resolves, so the worker is kept from the moment PyScript makes it
        // (tests/test_failure_modes.py fails if a PyScript update drops this hook)
        if (pyscript.hooks) pyscript.hooks.main.onWorker.add(function (_interpreter, worker) {
          running = worker;
          if (gaveUp) worker.terminate();
        });
        return pyscript.MPWorker(absolute(files.worker), { config: config, version: absolute(files.interpreter) });
      });
    }).then(function (worker) {
      running = worker;
      return wasm.then(function () { return worker; });
    }).then(function (worker) {
      if (gaveUp) return;
      engine = worker.sync;
      listen();
      send("start", script.lists ? { stored: listKeys(script.lists) } : {});
      // the start, and all it leads to (reading storage, measuring), must make the page ready
      whenIdle.push(function () {
        if (root.dataset.engine === "loading") failed("whyStopped", "idle-not-ready");
      });
    }).catch(stop);
    wasm.catch(stop);  // at once, even if the worker never starts
  }
  function stop(error) {
    failed((error && error.why) || "whyStopped", error);
  }

  // two frames: the first is the one that paints the form
  requestAnimationFrame(function () { requestAnimationFrame(startEngine); });

  setTimeout(function () {
    if (root.dataset.engine === "loading" && loading) loading.textContent = script.slow;
  }, SLOW_MS);
  setTimeout(function () { failed("whySlow"); }, GIVE_UP_MS);
})();
