// The floor's engine on one of the site's own pages, in place of its shell: start a plain module
// worker after the first paint with the site's own MicroPython and .mpy files (the URLs the shell
// would load, so the browser caches them as it caches the shell's), mark ready when it answers, and
// say so as web/shell.js does.
(function () {
  "use strict";
  var engine = JSON.parse(document.currentScript.dataset.engineFiles);
  function absolute(url) { return new URL(url, location.href).href; }
  var files = Object.keys(engine.files).map(function (url) { return [absolute(url), engine.files[url]]; });
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      var worker = new Worker("/floor-worker.mjs", { type: "module" });
      worker.onmessage = function (event) {
        var root = document.documentElement;
        root.dataset.engine = event.data === "ready" ? "ready" : "failed";
        if (root.dataset.engine === "ready") console.info("engine ready", performance.mark("engine-ready").startTime);
      };
      worker.postMessage({ interpreter: absolute(engine.interpreter), files: files, lang: document.documentElement.lang });
    });
  });
})();
