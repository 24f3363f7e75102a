// Every page: register the service worker once the page has loaded (so it
// never competes with a first visit; on the checker, once its engine has
// started too), and offer a reload when a new version of the site has been
// installed behind the scenes.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  var workerUrl = new URL("../sw.js", document.currentScript.src);

  function offerReload(registration) {
    var prompt = document.getElementById("update");
    if (!prompt || !prompt.hidden || !registration.waiting || !navigator.serviceWorker.controller) return;
    prompt.hidden = false;
    document.getElementById("update-reload").addEventListener("click", function () {
      navigator.serviceWorker.addEventListener("controllerchange", function () { location.reload(); });
      registration.waiting.postMessage({ type: "SKIP_WAITING" });
    }, { once: true });
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

  function register() {
    navigator.serviceWorker.register(workerUrl).then(function (registration) {
      offerReload(registration);
      registration.addEventListener("updatefound", function () {
        var installing = registration.installing;
        installing.addEventListener("statechange", function () {
          if (installing.state === "installed") offerReload(registration);
        });
      });
    }).catch(function () { /* no offline copy this time; the page itself still works */ });
  }

  addEventListener("load", function () { afterEngine(register); });
})();
