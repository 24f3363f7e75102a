// The floor page's worker: MicroPython, the compiled pyapp written to its file system, one assess().
import { loadMicroPython } from "/micropython/micropython.mjs";

addEventListener("message", async (event) => {
  try {
    const mp = await loadMicroPython({ url: "/micropython/micropython.wasm" });
    mp.FS.mkdir("/pyapp");
    await Promise.all(event.data.map(async (name) => {
      const response = await fetch("/pyapp/" + name);
      mp.FS.writeFile("/pyapp/" + name, new Uint8Array(await response.arrayBuffer()));
    }));
    mp.runPython('import sys\nsys.path.append("/")\nfrom pyapp import assess\nassess({"pain": 2})');
    postMessage("ready");
  } catch (error) {
    postMessage(String(error));
  }
}, { once: true });
