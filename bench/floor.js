// The floor's engine on one of the site's own pages, in place of its shell: start a plain module
// worker after the first paint, mark ready when it answers, and say so as web/shell.js does.
(function () {
  "use strict";
  var files = document.currentScript.dataset.files;
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      var worker = new Worker("/floor-worker.mjs", { type: "module" });
      worker.onmessage = function (event) {
        var root = document.documentElement;
        root.dataset.engine = event.data === "ready" ? "ready" : "failed";
        if (root.dataset.engine === "ready") console.info("engine ready", performance.mark("engine-ready").startTime);
      };
      worker.postMessage(JSON.parse(files));
    });
  });
})();
