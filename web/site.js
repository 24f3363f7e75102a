// Every page: refuse to be framed by another site, show the current page's
// link, and a link reached with the keyboard, whole in a navigation row that
// scrolls sideways (beside the language link, which would cover it), take the address's #fragment
// along to the same page in another language (a share link's answers, or the
// section being read: both languages have the same ids), register the service worker
// once the page has loaded (so it never competes with a first visit; on the
// checker, once its engine has started too), look for a new version when the
// tab comes back into view and at most hourly while it stays open, and offer a
// reload once a new version has been installed behind the scenes. A new
// version only ever takes over through a navigation: the reload, or the next visit.
(function () {
  "use strict";
  var UPDATE_EVERY_MS = 60 * 60 * 1000;
  var NUDGE_EVERY_MS = 2000;

  // A framed page could be dressed up to trick a runner into a tap: show nothing
  // (hosts that read _headers block the frame before this runs). The check's form
  // and the log stay hidden until a script of the page has found it is not framed
  // (theme/css/form.css), so where no script of ours can run (a sandboxed frame),
  // they never show; web/shell.js says so first, on the pages it runs.
  if (window.top !== window.self) {
    document.documentElement.hidden = true;
    return;
  }
  document.documentElement.dataset.top = "";
  showCurrentPageLink();
  keepFragment();
  if (!("serviceWorker" in navigator)) return;
  var workerUrl = new URL("../sw.js", document.currentScript.src);

  // On a narrow phone the navigation row scrolls sideways: start it where the
  // current page's link is whole, not cut off at the edge.
  function showCurrentPageLink() {
    var current = document.querySelector(".site-nav [aria-current=page]");
    var row = current && current.closest(".site-nav");
    if (!row) return;
    var overflow = current.getBoundingClientRect().right - row.getBoundingClientRect().right;
    if (overflow > 0) row.scrollLeft += overflow + 24;  // and a little past, out of the edge's shade
    // the browser scrolls a focused link into view only when none of it shows
    row.addEventListener("focusin", function (event) {
      event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
    });
  }

  // A link marked data-keep-fragment leads to the same page elsewhere: on the way,
  // it takes the fragment the address has now. (Without JavaScript, it is left behind.)
  function keepFragment() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-keep-fragment]");
      if (link && location.hash) link.hash = location.hash;
    });
  }

  function offerReload(registration) {
    var prompt = document.getElementById("update");
    if (!prompt || !prompt.hidden || !registration.waiting || !navigator.serviceWorker.controller) return;
    prompt.hidden = false;
    document.getElementById("update-reload").addEventListener("click", reloader(registration));
  }

  // Reload once the new version is in control. Every tap asks again (the worker
  // waiting now, read at the tap); with none waiting, it is already active, or was
  // replaced by a newer one that the reload finds: reload at once.
  function reloader(registration) {
    var reloading = false;
    function reload() {
      if (reloading) return;
      reloading = true;
      location.reload();
    }
    var watched = null;
    return function () {
      // only after a tap: another tab's reload must not reload this one (its answers)
      navigator.serviceWorker.addEventListener("controllerchange", reload);
      var waiting = registration.waiting;
      if (!waiting) return reload();
      waiting.postMessage({ type: "SKIP_WAITING" });
      if (waiting === watched) return;
      watched = waiting;
      waiting.addEventListener("statechange", function () {
        if (waiting.state === "activated") reload();
      });
      nudgeUntilActive(waiting);
    };
  }

  // Chromium activates a worker that skips waiting only once the old worker has
  // stopped, and asks it to stop only when skipWaiting() is called or a page of
  // the site starts loading. If another tab was starting a page just then, that
  // request can be lost, and the new worker waits for the old one to stop of its
  // own accord: 30 seconds idle at best, minutes at worst (issue 27, item 7). A
  // hidden frame loading this page's manifest is such a start: it asks again.
  function nudgeUntilActive(waiting) {
    var manifest = document.querySelector("link[rel=manifest]");
    if (!manifest) return;
    var frame = document.createElement("iframe");
    frame.hidden = true;
    var timer = setInterval(function () {
      if (waiting.state !== "installed") {
        clearInterval(timer);
        return frame.remove();
      }
      frame.src = manifest.href;  // set again, it loads again
      if (!frame.isConnected) document.body.append(frame);
    }, NUDGE_EVERY_MS);
  }

  function afterEngine(then) {
    var root = document.documentElement;
    if (root.dataset.engine !== "loading") return then();
    new MutationObserver(function (changes, observer) {
      if (root.dataset.engine === "loading") return;
      observer.disconnect();
      then();
    }).observe(root, { attributes: true, attributeFilter: ["data-engine"] });
  }

  function keepLooking(registration) {
    var lastLook = Date.now();
    function look() {
      lastLook = Date.now();
      registration.update().catch(function () { /* offline: try again later */ });
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") look();
    });
    setInterval(function () {
      if (Date.now() - lastLook >= UPDATE_EVERY_MS) look();
    }, UPDATE_EVERY_MS);
  }

  function register() {
    navigator.serviceWorker.register(workerUrl).then(function (registration) {
      offerReload(registration);
      registration.addEventListener("updatefound", function () {
        var installing = registration.installing;
        installing.addEventListener("statechange", function () {
          if (installing.state === "installed") offerReload(registration);
        });
      });
      keepLooking(registration);
    }).catch(function () { /* no offline copy this time; the page itself still works */ });
  }

  addEventListener("load", function () { afterEngine(register); });
})();
