// The floor's worker: MicroPython, the compiled pyapp written to its file system, one assess() in the
// page's language (a page ships its own language's words only).
addEventListener("message", async (event) => {
  try {
    const { interpreter, files, lang } = event.data;
    const { loadMicroPython } = await import(interpreter);
    const mp = await loadMicroPython({ url: interpreter.replace(/\.mjs$/, ".wasm") });
    mp.FS.mkdir("/pyapp");
    await Promise.all(files.map(async ([url, path]) => {
      const response = await fetch(url);
      mp.FS.writeFile("/" + path.replace(/^\.\//, ""), new Uint8Array(await response.arrayBuffer()));
    }));
    mp.runPython('import sys\nsys.path.append("/")\nfrom pyapp import assess\nassess({"pain": 2}, ' + JSON.stringify(lang) + ")");
    postMessage("ready");
  } catch (error) {
    postMessage(String(error));
  }
}, { once: true });
