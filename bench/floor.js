// The floor page's main thread: start the module worker after the first paint, mark ready when it answers.
(function () {
  "use strict";
  var files = document.currentScript.dataset.files;
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      var worker = new Worker("/floor-worker.mjs", { type: "module" });
      worker.onmessage = function (event) {
        document.documentElement.dataset.engine = event.data === "ready" ? "ready" : "failed";
      };
      worker.postMessage(JSON.parse(files));
    });
  });
})();
