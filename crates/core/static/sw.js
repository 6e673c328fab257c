// Hiroba's service worker: a progressive enhancement. The site works fully without it.
// - Static files (content-hashed, immutable) are served from the cache once fetched.
// - Pages are fetched from the network first. Article pages that were read are kept (the last 30),
//   so they open again with no connection.
// - With no connection and no cached copy, the offline page of the reader's language is shown.
const VERSION = "hiroba-v1";
const STATIC = VERSION + "-static";
const PAGES = VERSION + "-pages";
const KEEP_PAGES = 30;
const ICON = "/static/icon-192.png";
const LANGS = ["ja", "en", "zh-Hans", "es", "pt-BR", "id", "tl", "my", "vi"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(PAGES).then((cache) => cache.addAll(LANGS.map((l) => "/" + l + "/offline"))).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION)).map((k) => caches.delete(k)))).then(() => self.clients.claim())
  );
});

function isArticle(url) {
  return /^\/[A-Za-z-]+\/articles\/[a-z0-9-]+$/.test(url.pathname);
}

async function trim(cache) {
  const keys = (await cache.keys()).filter((r) => isArticle(new URL(r.url)));
  for (let i = 0; i < keys.length - KEEP_PAGES; i++) await cache.delete(keys[i]);
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(
      caches.match(req).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok) { const copy = res.clone(); caches.open(STATIC).then((c) => c.put(req, copy)); }
        return res;
      }))
    );
    return;
  }
  if (req.mode !== "navigate") return;
  event.respondWith(
    fetch(req).then((res) => {
      if (res.ok && isArticle(url)) {
        const copy = res.clone();
        caches.open(PAGES).then((c) => c.delete(req).then(() => c.put(req, copy)).then(() => trim(c)));
      }
      return res;
    }).catch(async () => {
      const hit = await caches.match(req);
      if (hit) return hit;
      const lang = url.pathname.split("/")[1];
      return (await caches.match("/" + (LANGS.includes(lang) ? lang : "en") + "/offline")) || Response.error();
    })
  );
});

// Web push: show what the server sent (a title and a line, never a message's content) and open
// the page it names, on this site only, when the notification is tapped.
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  const url = typeof data.url === "string" && data.url.startsWith("/") && !data.url.startsWith("//") ? data.url : "/";
  event.waitUntil(self.registration.showNotification(data.title || "Hiroba", {
    body: data.body || "",
    lang: data.lang || "",
    icon: ICON,
    data: { url: url },
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data && event.notification.data.url || "/", self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((list) => {
    for (const c of list) if (c.url === url && "focus" in c) return c.focus();
    return self.clients.openWindow(url);
  }));
});
