// Runs the pyapp engine inside the WebAssembly MicroPython that the site ships,
// under Node: `node run_engine.mjs <pyapp dir> <answers.json>`.
// Prints one JSON line per answer set: {"result": ...} or {"error": "..."}.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const [pyappDir, answersFile] = process.argv.slice(2);
const lines = [];
const errors = [];
const mp = await loadMicroPython({
  heapsize: 32 * 1024 * 1024,
  stdout: (line) => lines.push(line),
  stderr: (line) => errors.push(line),
});

mp.FS.mkdir("/lib");
mp.FS.mkdir("/lib/pyapp");
for (const name of readdirSync(pyappDir).filter((n) => n.endsWith(".py"))) {
  mp.FS.writeFile(`/lib/pyapp/${name}`, readFileSync(join(pyappDir, name)));
}
mp.FS.writeFile("/answers.json", readFileSync(answersFile));
try {
  mp.runPython(`
import json, sys
if "/lib" not in sys.path:
    sys.path.append("/lib")
from pyapp import assess
with open("/answers.json") as f:
    answer_sets = json.load(f)
for answers in answer_sets:
    try:
        print(json.dumps({"result": assess(answers)}))
    except ValueError as e:
        print(json.dumps({"error": str(e)}))
`);
} catch (error) {
  errors.push(String(error));
}
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
process.stdout.write(lines.join("\n") + "\n");
