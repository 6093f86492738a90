"use strict";
// Every press goes by fetch and the panel comes back with its outcome; the panel is also
// read again on each change of this window's line (Server-Sent Events) and every 15 s.
const panel = document.getElementById("panel");
const lost = document.getElementById("lost");
const windowId = document.body.dataset.window;

// The outcome of the last press stays in view for a while, through the refreshes the
// change itself sets off.
let said = null;
let saidAt = 0;

async function load(answer) {
  if (answer.status === 401 || answer.redirected) {
    location.href = "/signin";
    return;
  }
  const text = await answer.text();
  if (answer.headers.get("content-type")?.startsWith("text/html")) {
    panel.innerHTML = text;
    const fresh = document.getElementById("said");
    if (fresh) {
      said = fresh;
      saidAt = Date.now();
    } else if (said && Date.now() - saidAt < 10000) {
      panel.prepend(said);
    }
  }
  // Read, but the banner stays while changes cannot arrive.
  lost.hidden = live.up;
}

async function refresh() {
  try {
    await load(await fetch("/counter/panel", { cache: "no-store", headers: { "X-Madoguchi-Refresh": "1" } }));
  } catch (e) {
    lost.hidden = false;
  }
}

panel.addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = e.target;
  const button = e.submitter;
  if (button?.dataset.confirm && !confirm(button.dataset.confirm)) return;
  const body = new URLSearchParams(new FormData(form, button));
  body.set("fragment", "1");
  for (const b of panel.querySelectorAll("button")) b.disabled = true;
  try {
    await load(await fetch("/counter/act", { method: "POST", body }));
  } catch (err) {
    lost.hidden = false;
    for (const b of panel.querySelectorAll("button")) b.disabled = false;
  }
});

// One key per press, shown on its button; none while typing in a field.
document.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
  if (e.target.closest("input, select, textarea")) return;
  const button = panel.querySelector(`button[data-key="${e.key.toLowerCase()}"]:not([disabled])`);
  if (!button) return;
  e.preventDefault();
  if (button.dataset.focus) {
    document.getElementById(button.dataset.focus)?.focus();
    return;
  }
  button.click();
});

// The window's changes as they happen (live.js).
listenLive("/api/events?windows=" + encodeURIComponent(windowId), lost, (events) => {
  events.onmessage = refresh;
  for (const kind of ["issued", "called", "recalled", "serving", "done", "no_show", "reactivated", "transferred", "voided", "not_served", "resync"]) {
    events.addEventListener(kind, refresh);
  }
}, refresh);
setInterval(refresh, 15000);

// A kiosk of this office that needs a person (paper out, cover open, no reader, silent):
// every clerk sees it, read every 5 s.
const kiosks = document.getElementById("kiosks");
async function kioskBanner() {
  try {
    const answer = await fetch("/counter/kiosks", { cache: "no-store", headers: { "X-Madoguchi-Refresh": "1" } });
    if (!answer.ok) return;
    const text = await answer.text();
    kiosks.innerHTML = text;
    kiosks.hidden = text === "";
  } catch (e) {
    // The connection banner says so already.
  }
}
kioskBanner();
setInterval(kioskBanner, 5000);
