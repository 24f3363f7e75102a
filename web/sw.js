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
//   online, checked, and put back. A missing page whose network copy is not this
//   deploy's (a newer deploy is live) is shown from the network, with everything
//   it loads, and the new worker is fetched.
// - A page that cannot be had offline, at any address, gets our offline page,
//   or, if even that is not saved, a minimal one written in at build time.
// - One origin may hold several sites (GitHub Pages project sites): every cache
//   name carries this worker's scope, and it touches no other scope's caches.
"use strict";

const PRECACHE = "__PRECACHE__"; // {"deploy": "<hash>", "offline": "offline/index.html", "files": {"path": "sha256-..."}}
const OFFLINE_FALLBACK = "__OFFLINE_FALLBACK__"; // HTML from pyapp/offline_words.py; __HOME__ is the link home
const SCOPE = new URL(self.registration.scope);
const PREFIX = "site " + SCOPE.pathname + " ";
const CACHE = PREFIX + PRECACHE.deploy;
const UNSCOPED = /^site-[0-9a-f]{12}$/; // names before they carried the scope
const newerPages = new Set(); // ids of tabs showing a newer deploy's page (lost if the worker stops)

function sitePath(url) {
  // "/repo/check/" -> "check/index.html"; null outside this site
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  return path === "" || path.endsWith("/") ? path + "index.html" : path;
}

function absolute(path) {
  return new URL(path, SCOPE).href;
}

async function ownCaches() {
  // oldest first; an unscoped cache is this site's if it holds this site's offline page
  const own = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX)) own.push(name);
    else if (UNSCOPED.test(name) && await (await caches.open(name)).match(absolute(PRECACHE.offline))) own.push(name);
  }
  return own;
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
  for (const name of await ownCaches()) {
    const found = await (await caches.open(name)).match(absolute(path));
    if (found) return found;
  }
  return undefined;
}

async function offlinePage(path) {
  const saved = await fromAnyDeploy(PRECACHE.offline);
  if (saved) return saved;
  const home = "../".repeat((path.match(/\//g) || []).length) || "./";
  return new Response(OFFLINE_FALLBACK.replace("__HOME__", home),
    { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function keepOfflinePage() {
  if (await (await caches.open(CACHE)).match(absolute(PRECACHE.offline))) return;
  await fetchAndKeep(PRECACHE.offline).catch(() => { /* offline, or a newer deploy is live */ });
}

async function integrityOf(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.arrayBuffer()));
  return "sha256-" + btoa(String.fromCharCode(...digest));
}

function fromNetwork(event, response) {
  // a page that is not this deploy's: what it loads must not come from this deploy's cache either
  newerPages.add(event.resultingClientId);
  event.waitUntil(self.registration.update().catch(() => { /* the next navigation looks again */ }));
  return response;
}

async function pageFromNetwork(event, path) {
  let response;
  try {
    response = await fetch(absolute(path), { cache: "reload" });
  } catch (error) {
    return (await fromAnyDeploy(path)) || offlinePage(path);
  }
  if (response.ok && await integrityOf(response.clone()) === PRECACHE.files[path]) {
    await (await caches.open(CACHE)).put(absolute(path), response.clone());
    return response;
  }
  return fromNetwork(event, response);
}

async function respond(event, path) {
  const request = event.request;
  if (newerPages.has(event.clientId)) {
    return fetch(request).catch(async (error) => (await fromAnyDeploy(path)) || Promise.reject(error));
  }
  if (request.mode === "navigate") event.waitUntil(keepOfflinePage());
  if (path in PRECACHE.files) {
    const cached = await (await caches.open(CACHE)).match(absolute(path));
    if (cached) return cached;
    if (request.mode === "navigate") return pageFromNetwork(event, path);
    try {
      return await fetchAndKeep(path);
    } catch (error) {
      const older = await fromAnyDeploy(path);
      if (older) return older;
      throw error;
    }
  }
  // not part of this deploy: a file of an older deploy that an open tab still uses, or elsewhere
  const older = await fromAnyDeploy(path);
  if (older) return older;
  try {
    const response = await fetch(request);
    return request.mode === "navigate" ? fromNetwork(event, response) : response;
  } catch (error) {
    if (request.mode === "navigate") return offlinePage(path);
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
  // keep this deploy and the one before it (open tabs may still use it); drop the rest of this scope's
  event.waitUntil((async () => {
    const previous = (await ownCaches()).filter((name) => name !== CACHE);
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
  event.respondWith(respond(event, path));
});
