// The service worker: the whole site, one deploy at a time, for offline use.
// buildsite/service_worker.py fills in PRECACHE: every file of this deploy with
// its SHA-256, so what is cached is exactly what was built, never a mix, and
// which files belong to one language only (its pages, pictures and manifest).
//
// - Install: fetch every file (checked against its hash) into this deploy's cache,
//   except the pages of a language this device has not used: the languages
//   saved are those of the site's open tabs and of the last deploy's cache.
// - A visit to a page of a language not saved yet saves that language, with
//   the same checks, while online; so does a visit that finds one of its files lost.
// - A new deploy waits until every tab of the old one is closed, or until the
//   visitor presses "Reload" (the page posts SKIP_WAITING). A tab that is still
//   open keeps the files of its own deploy: the previous deploy's cache is kept
//   until the next one, and files are looked up in every deploy's cache.
// - A file missing from the cache (evicted, or lost) is fetched again while
//   online, checked, and put back. An engine file served from the cache is checked
//   against its hash first (H-LOAD-2): a damaged copy is dropped and fetched again,
//   checked; if it cannot be (offline), the request fails at once with 503 and
//   X-Damaged, and the site's tabs are told ({type: "DAMAGED", url}), so the page
//   says it could not start because of a damaged copy, not a slow connection. A missing page whose network copy is not this
//   deploy's (a newer deploy is live) is shown from the network, with everything
//   it loads, and the new worker is fetched.
// - A page that cannot be had offline, at any address, gets our offline page in
//   the language of that address (its folder), or, if even that is not saved, a
//   minimal one written in at build time, in that language.
// - One origin may hold several sites (GitHub Pages project sites): every cache
//   name carries this worker's scope, and it touches no other scope's caches.
"use strict";

// {"deploy": "<hash>", "offline": "offline/index.html", "default": "en", "files": {"path": "sha256-..."},
//  "languages": {"es": {"folder": "es/", "files": ["es/index.html", ...]}, ...}}
const PRECACHE = "__PRECACHE__";
const OFFLINE_FALLBACK = "__OFFLINE_FALLBACK__"; // {"en": HTML from pyapp/offline_words.py, ...}; __HOME__ is the link home
const SCOPE = new URL(self.registration.scope);
const PREFIX = "site " + SCOPE.pathname + " ";
const CACHE = PREFIX + PRECACHE.deploy;
const UNSCOPED = /^site-[0-9a-f]{12}$/; // names before they carried the scope
const newerPages = new Set(); // ids of tabs showing a newer deploy's page (lost if the worker stops)
const LANGUAGE_OF = {}; // path -> the one language it belongs to; the rest every language uses
for (const [lang, { files }] of Object.entries(PRECACHE.languages)) for (const path of files) LANGUAGE_OF[path] = lang;

function sitePath(url) {
  // "/repo/check/" -> "check/index.html"; null outside this site
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  return path === "" || path.endsWith("/") ? path + "index.html" : path;
}

function absolute(path) {
  return new URL(path, SCOPE).href;
}

function languageOf(path) {
  // the language of an address: the one whose folder holds it (the default's is the root)
  let found = PRECACHE.default;
  for (const [lang, { folder }] of Object.entries(PRECACHE.languages)) {
    if (folder && path.startsWith(folder)) found = lang;
  }
  return found;
}

function offlinePath(lang) {
  return PRECACHE.languages[lang].folder + PRECACHE.offline;
}

function filesOf(languages) {
  // the files every language uses, and those of these languages
  return Object.keys(PRECACHE.files).filter((path) => !(path in LANGUAGE_OF) || languages.has(LANGUAGE_OF[path]));
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

async function languagesUsed() {
  // the languages of the site's open tabs, and those an earlier deploy saved
  const used = new Set();
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
    const path = sitePath(new URL(client.url));
    if (path !== null) used.add(languageOf(path));
  }
  for (const lang of Object.keys(PRECACHE.languages)) {
    if (await fromAnyDeploy(offlinePath(lang))) used.add(lang);
  }
  return used.size ? used : new Set([PRECACHE.default]);
}

async function offlinePage(path) {
  const lang = languageOf(path);
  const saved = await fromAnyDeploy(offlinePath(lang));
  if (saved) return saved;
  const home = "../".repeat((path.match(/\//g) || []).length) + PRECACHE.languages[lang].folder;
  return new Response(OFFLINE_FALLBACK[lang].replace("__HOME__", home || "./"),
    { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function keepLanguage(lang) {
  // a language's pages, saved on its first visit, and any of them lost saved again
  const cache = await caches.open(CACHE);
  const missing = async (path) => !(await cache.match(absolute(path)));
  try {
    if (await missing(offlinePath(lang))) await fetchAndKeep(offlinePath(lang));
  } catch (error) {
    return; // offline, or a newer deploy is live: its worker saves them
  }
  const own = PRECACHE.languages[lang].files;
  await Promise.all(own.map(async (path) => {
    if (await missing(path)) await fetchAndKeep(path).catch(() => { /* the next visit tries again */ });
  }));
}

async function integrityOf(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.arrayBuffer()));
  return "sha256-" + btoa(String.fromCharCode(...digest));
}

const ENGINE = "engine/"; // the engine's files: hashed again each time they are served from the cache

async function told(url) {
  // every tab of the site: a page waiting for this file says why it could not start (web/shell.js)
  for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage({ type: "DAMAGED", url });
}

async function checkedCopy(path, cached) {
  // a damaged copy of an engine file is never served: fetched again and checked, or a fast failure
  if (!path.startsWith(ENGINE) || await integrityOf(cached.clone()) === PRECACHE.files[path]) return cached;
  await (await caches.open(CACHE)).delete(absolute(path));
  try {
    return await fetchAndKeep(path);
  } catch (error) {
    await told(absolute(path));
    return new Response("A damaged copy of " + path + " on this device, and no good copy could be fetched.",
      { status: 503, statusText: "Damaged copy", headers: { "X-Damaged": "1", "Content-Type": "text/plain" } });
  }
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
  if (request.mode === "navigate") event.waitUntil(keepLanguage(languageOf(path)));
  if (path in PRECACHE.files) {
    const cached = await (await caches.open(CACHE)).match(absolute(path));
    if (cached) return checkedCopy(path, cached);
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
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(filesOf(await languagesUsed()).map(async (path) => {
      if (!(await cache.match(absolute(path)))) await cache.put(absolute(path), await fetchChecked(path));
    }));
  })());
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
