// Runs one pyapp function inside the WebAssembly MicroPython that the site
// ships, under Node: `node run_python.mjs <pyapp dir> <inputs.json> <module> <function>`.
// Calls module.function(input) for each input of the JSON list and prints one
// JSON line each: {"result": ...} or {"error": "<ValueError message>"}.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const [pyappDir, inputsFile, moduleName, functionName] = process.argv.slice(2);
const lines = [];
const errors = [];
const logged = [];  // what Python printed to stderr: a traceback pyapp.patch logs is no failure
const mp = await loadMicroPython({
  heapsize: 64 * 1024 * 1024,
  stdout: (line) => lines.push(line),
  stderr: (line) => logged.push(line),
});

mp.FS.mkdir("/lib");
mp.FS.mkdir("/lib/pyapp");
for (const name of readdirSync(pyappDir).filter((n) => n.endsWith(".py") || n.endsWith(".mpy"))) {
  mp.FS.writeFile(`/lib/pyapp/${name}`, readFileSync(join(pyappDir, name)));
}
mp.FS.writeFile("/inputs.json", readFileSync(inputsFile));
try {
  mp.runPython(`
import json, sys
if "/lib" not in sys.path:
    sys.path.append("/lib")
function = getattr(__import__("${moduleName}", None, None, ["${functionName}"]), "${functionName}")
with open("/inputs.json") as f:
    inputs = json.load(f)
for item in inputs:
    try:
        print(json.dumps({"result": function(item)}))
    except ValueError as e:
        print(json.dumps({"error": str(e)}))
`);
} catch (error) {
  errors.push(...logged, String(error));
}
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
process.stdout.write(lines.join("\n") + "\n");
