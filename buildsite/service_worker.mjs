// Generates site/sw.js with Workbox: every file of the built site precached
// with a content revision, old caches cleaned up, an offline page for
// addresses it does not know. Called by buildsite/hooks.py after the build:
//   node buildsite/service_worker.mjs <site dir>
import { generateSW } from "workbox-build";

const siteDir = process.argv[2];
const { count, size, warnings } = await generateSW({
  globDirectory: siteDir,
  globPatterns: ["**/*.{html,js,mjs,wasm,py,png,svg,webmanifest}"],
  // Preview images are for link previews in forums, never shown on the site.
  globIgnores: ["sw.js", "404.html", "assets/og/**"],
  swDest: `${siteDir}/sw.js`,
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  // A new version waits until every tab of the old one is closed, or until the
  // visitor accepts the "new version" prompt: never a mix of old and new files.
  skipWaiting: false,
  directoryIndex: "index.html",
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // PyScript's chunk names carry their own content hash.
  dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8}\.js$/,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === "navigate",
      handler: "NetworkOnly",
      options: { precacheFallback: { fallbackURL: "offline/index.html" } },
    },
  ],
});
for (const warning of warnings) console.error(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
if (warnings.length) process.exit(1);
