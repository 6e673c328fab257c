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
