// Progressive enhancement only: every page works without this file.
// Show/hide password fields for people typing on small phone keyboards.
document.querySelectorAll("[data-toggle-password]").forEach(function (button) {
  var input = document.getElementById(button.getAttribute("data-toggle-password"));
  if (!input) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var show = input.type === "password";
    input.type = show ? "text" : "password";
    button.setAttribute("aria-pressed", show ? "true" : "false");
  });
});

// Installable, offline-friendly portal: register the service worker where the browser has one.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  });
}

// Safety: an answer typed on a dropping connection is never lost nor sent twice. If sending a
// section fails, the form is kept on the phone and sent again when the connection returns; the
// server stores a section idempotently and completes a response once.
(function () {
  var KEY = "hiroba-unsent";
  function pending() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  // Send a section; show the server's answer (the next step, or this one with its errors) in
  // place, without loading it twice.
  function send(item) {
    return fetch(item.action, {
      method: "POST",
      body: new URLSearchParams(item.body),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      credentials: "same-origin",
      redirect: "follow"
    }).then(function (res) {
      return res.text().then(function (html) {
        localStorage.removeItem(KEY);
        if (res.redirected) history.pushState(null, "", res.url);
        document.open();
        document.write(html);
        document.close();
      });
    });
  }
  var form = document.getElementById("safety-step");
  if (form && window.fetch && window.localStorage && window.URLSearchParams) {
    form.addEventListener("submit", function (event) {
      var data = new FormData(form);
      if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
      var item = { action: form.action, body: Array.from(data.entries()) };
      event.preventDefault();
      send(item).catch(function () {
        localStorage.setItem(KEY, JSON.stringify(item));
        var note = document.getElementById("offline-note");
        if (note) note.hidden = false;
      });
    });
  }
  var waiting = pending();
  if (waiting && window.fetch) {
    var retry = function () { send(waiting).catch(function () {}); };
    if (navigator.onLine) retry();
    window.addEventListener("online", retry);
  }
})();

// Live messages: a list with data-events receives new messages as server-sent events. Without
// JavaScript (or EventSource) a reload shows them.
(function () {
  var list = document.querySelector("ol.messages[data-events]");
  if (!list || !window.EventSource) return;
  var source = new EventSource(list.getAttribute("data-events"));
  source.addEventListener("message", function (event) {
    var m;
    try { m = JSON.parse(event.data); } catch (e) { return; }
    var item = document.createElement("li");
    item.className = "message from-" + m.kind;
    var meta = document.createElement("p");
    meta.className = "hint";
    meta.textContent = m.author + " · " + m.at;
    var body = document.createElement("p");
    body.className = "body";
    body.textContent = m.body;
    item.appendChild(meta);
    item.appendChild(body);
    list.appendChild(item);
  });
})();

// Web push: a form with data-push-key offers notifications on this phone. It stays hidden where
// the browser cannot receive push; without JavaScript, email (if given) and a reload remain.
(function () {
  var form = document.querySelector("form[data-push-key]");
  if (!form || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  if (Notification.permission === "denied") return;
  var on = form.querySelector("[data-push-on]"), off = form.querySelector("[data-push-off]");
  var status = form.querySelector("[data-push-status]");
  function key(b64) {
    var s = atob((b64 + "===".slice((b64.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function post(action, fields) {
    var body = new URLSearchParams(new FormData(form));
    Object.keys(fields).forEach(function (k) { body.set(k, fields[k]); });
    return fetch(action, { method: "POST", body: body, credentials: "same-origin" }).then(function (res) {
      if (!res.ok) throw new Error(res.status);
    });
  }
  function show(subscribed, message) {
    on.hidden = subscribed; off.hidden = !subscribed;
    if (message) status.textContent = status.getAttribute("data-" + message);
  }
  navigator.serviceWorker.ready.then(function (reg) {
    form.hidden = false;
    reg.pushManager.getSubscription().then(function (sub) { show(!!sub); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      Notification.requestPermission().then(function (answer) {
        if (answer !== "granted") throw new Error(answer);
        return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key(form.getAttribute("data-push-key")) });
      }).then(function (sub) {
        return post(form.action, { subscription: JSON.stringify(sub) });
      }).then(function () { show(true, "on"); }, function () { show(false, "failed"); });
    });
    off.addEventListener("click", function () {
      reg.pushManager.getSubscription().then(function (sub) {
        if (!sub) return;
        return post(form.getAttribute("data-push-remove"), { endpoint: sub.endpoint }).then(function () { return sub.unsubscribe(); });
      }).then(function () { show(false, "off"); }, function () { show(true, "failed"); });
    });
  });
})();

// Printable pages (flyers): a print button where JavaScript can press it.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
