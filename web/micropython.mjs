// MicroPython as the site ships it, with a heap sized for the longest log a browser keeps.
// PyScript starts MicroPython with its default heap of 1 MiB, which a log of some 4,000
// entries outgrows; this module is PyScript's "interpreter" in its place (buildsite/engine_files.py).
import { loadMicroPython as load } from "./micropython-core.mjs";

const HEAP_BYTES = 32 * 1024 * 1024;

export function loadMicroPython(options) {
  return load(Object.assign({ heapsize: HEAP_BYTES }, options));
}
