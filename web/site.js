// Every page: register the service worker once the page has loaded (so it
// never competes with a first visit), and offer a reload when a new version
// of the site has been installed behind the scenes.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  var workerUrl = new URL("../sw.js", document.currentScript.src);

  function offerReload(registration) {
    var prompt = document.getElementById("update");
    if (!prompt || !registration.waiting || !navigator.serviceWorker.controller) return;
    prompt.hidden = false;
    document.getElementById("update-reload").addEventListener("click", function () {
      navigator.serviceWorker.addEventListener("controllerchange", function () { location.reload(); });
      registration.waiting.postMessage({ type: "SKIP_WAITING" });
    });
  }

  addEventListener("load", function () {
    navigator.serviceWorker.register(workerUrl).then(function (registration) {
      offerReload(registration);
      registration.addEventListener("updatefound", function () {
        var installing = registration.installing;
        installing.addEventListener("statechange", function () {
          if (installing.state === "installed") offerReload(registration);
        });
      });
    }).catch(function () { /* no offline copy this time; the page itself still works */ });
  });
})();
