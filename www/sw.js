// The service worker: keeps a copy of the page's own files so that the page opens and works with
// the network off. Network first: online, every file is fetched as served (so a new release is
// what loads, never a stale mix) and its copy refreshed; offline, the copy answers. The page's
// files are fetched into the cache when the worker installs; files loaded only on demand (pdf.js)
// are kept once they have been used. Only same-origin GET requests are touched; nothing else
// passes through here, and the page makes no other request.
const CACHE = "article-analyser-4";
const FILES = [
  "./", "./index.html", "./css/style.css", "./manifest.webmanifest", "./img/icon.svg",
  "./js/main.js", "./js/client.js", "./js/worker.js", "./js/store.js", "./js/render.js", "./js/charts.js",
  "./js/entities.js", "./js/dups.js", "./js/labels.js", "./js/limits.js", "./js/exports.js",
  "./js/permalink.js", "./js/files.js", "./js/streams.js", "./js/style.js", "./js/kwic.js", "./js/i18n.js",
  "./js/fr.js", "./js/corrections.js", "./js/quotes.js", "./js/archive.js",
  "./pkg/article_analyser.js", "./pkg/article_analyser_bg.wasm", "./pkg/gazetteers.txt",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("article-analyser-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const copy = await cache.match(request, { ignoreSearch: true });
      if (copy) return copy;
      throw error;
    }
  })());
});
