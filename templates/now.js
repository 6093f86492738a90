"use strict";
// Keeps /now current: each snapshot the server sends (`event: now`, the JSON of /api/now)
// updates the waiting counts, wait bands and last numbers in place. An office that opens or
// closes is drawn again by the server (the page is read again). The figures are called
// stale when they have not been renewed for two minutes.
const root = document.getElementById("now");
const words = JSON.parse(document.getElementById("words").textContent);
const lost = document.getElementById("lost");
const staleBanner = document.getElementById("stale");
const updated = document.getElementById("updated");
const office = root.dataset.office;
let updatedAt = null;

function clock(iso) {
  // The server's times are Tokyo's; say them as the page's language writes a time.
  const at = new Date(iso);
  return at.toLocaleTimeString(root.dataset.lang, { hour: "numeric", minute: "2-digit", timeZone: "Asia/Tokyo" });
}

function bandKey(band) {
  return band[0] + "-" + (band[1] === null ? "" : band[1]);
}

function checkStale() {
  if (!updatedAt) return;
  const old = (Date.now() - Date.parse(updatedAt)) / 1000 > words.staleAfter;
  staleBanner.hidden = !old;
  // The words are the server's own HTML (easy Japanese's readings as ruby).
  if (old) staleBanner.innerHTML = words.stale.replace("{time}", clock(updatedAt));
}

function apply(data) {
  let redraw = false;
  for (const o of data.offices) {
    const section = root.querySelector('section[data-office="' + CSS.escape(o.id) + '"]');
    if (!section) continue;
    if (words.open[o.id] !== o.open) redraw = true;
    for (const w of o.windows) {
      const row = section.querySelector('tr[data-window="' + CSS.escape(w.id) + '"]');
      if (!row) { redraw = true; continue; }
      row.querySelector(".waiting").textContent = String(w.waiting);
      const band = row.querySelector(".band");
      if (band) band.innerHTML = w.band_minutes ? (words.bands[bandKey(w.band_minutes)] || "–") : "–";
      row.querySelector(".last").textContent = w.last_called || "–";
    }
    updatedAt = o.updated_at;
  }
  if (updatedAt) updated.innerHTML = words.updated.replace("{time}", clock(updatedAt));
  checkStale();
  // When the figures last changed on the page (the bench reads it).
  window.appliedAt = Date.now();
  if (redraw) location.reload();
}

const url = "/now/events" + (office ? "?office=" + encodeURIComponent(office) : "");
listenLive(url, lost, (events) => {
  events.addEventListener("now", (e) => apply(JSON.parse(e.data)));
}, () => {});
setInterval(checkStale, 15000);
