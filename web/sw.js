// The service worker: the whole site, one deploy at a time, for offline use.
// buildsite/service_worker.py fills in PRECACHE: every file of this deploy with
// its SHA-256, so what is cached is exactly what was built, never a mix.
//
// - Install: fetch every file (checked against its hash) into this deploy's cache.
// - A new deploy waits until every tab of the old one is closed, or until the
//   visitor presses "Reload" (the page posts SKIP_WAITING). A tab that is still
//   open keeps the files of its own deploy: the previous deploy's cache is kept
//   until the next one, and files are looked up in every deploy's cache.
// - A file missing from the cache (evicted, or lost) is fetched again while
//   online, checked, and put back.
// - A page that cannot be had offline, at any address, gets our offline page.
"use strict";

const PRECACHE = "__PRECACHE__"; // {"deploy": "<hash>", "offline": "offline/index.html", "files": {"path": "sha256-..."}}
const PREFIX = "site-";
const CACHE = PREFIX + PRECACHE.deploy;
const SCOPE = new URL(self.registration.scope);

function sitePath(url) {
  // "/repo/check/" -> "check/index.html"; null outside this site
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  return path === "" || path.endsWith("/") ? path + "index.html" : path;
}

function absolute(path) {
  return new URL(path, SCOPE).href;
}

async function fetchChecked(path) {
  const response = await fetch(absolute(path), { cache: "reload", integrity: PRECACHE.files[path] });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response;
}

async function fetchAndKeep(path) {
  const response = await fetchChecked(path);
  const cache = await caches.open(CACHE);
  await cache.put(absolute(path), response.clone());
  return response;
}

async function fromAnyDeploy(path) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const found = await (await caches.open(name)).match(absolute(path));
    if (found) return found;
  }
  return undefined;
}

async function offlinePage() {
  return (await fromAnyDeploy(PRECACHE.offline)) || Response.error();
}

async function respond(request, path) {
  if (path in PRECACHE.files) {
    const cached = await (await caches.open(CACHE)).match(absolute(path));
    if (cached) return cached;
    try {
      return await fetchAndKeep(path);
    } catch (error) {
      const older = await fromAnyDeploy(path);
      if (older) return older;
      if (request.mode === "navigate") return offlinePage();
      throw error;
    }
  }
  // not part of this deploy: a file of an older deploy that an open tab still uses, or elsewhere
  const older = await fromAnyDeploy(path);
  if (older) return older;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === "navigate") return offlinePage();
    throw error;
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(Object.keys(PRECACHE.files).map(async (path) => {
        if (!(await cache.match(absolute(path)))) await cache.put(absolute(path), await fetchChecked(path));
      })),
    ),
  );
});

self.addEventListener("activate", (event) => {
  // keep this deploy and the one before it (open tabs may still use it); drop the rest
  event.waitUntil((async () => {
    const previous = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    const keep = previous.length ? previous[previous.length - 1] : null;
    await Promise.all(previous.filter((name) => name !== keep).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const path = sitePath(new URL(request.url));
  if (path === null) return;
  event.respondWith(respond(request, path));
});
