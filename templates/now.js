"use strict";
// Keeps /now current: each snapshot the server sends (`event: now`, the JSON of /api/now)
// updates the waiting counts, wait bands and last numbers in place. An office that opens or
// closes is drawn again by the server (the page is read again). The figures are called
// stale when no new ones have come for two minutes (the server sends them at least every
// minute while its database answers).
const root = document.getElementById("now");
const words = JSON.parse(document.getElementById("words").textContent);
const lost = document.getElementById("lost");
const staleBanner = document.getElementById("stale");
const updated = document.getElementById("updated");
const office = root.dataset.office;
let updatedAt = null;
let reloading = false;
// When the last new figures arrived, by this browser's own clock (a phone's wall clock may
// be minutes off the server's): none while the page was drawn from stale figures.
let freshAt = words.staleNow ? null : performance.now();

function clock(iso) {
  // The server's times are Tokyo's; say them as the page's language writes a time.
  const at = new Date(iso);
  return at.toLocaleTimeString(root.dataset.lang, { hour: "numeric", minute: "2-digit", timeZone: "Asia/Tokyo" });
}

function bandKey(band) {
  return band[0] + "-" + (band[1] === null ? "" : band[1]);
}

function checkStale() {
  const old = freshAt === null || (performance.now() - freshAt) / 1000 > words.staleAfter;
  staleBanner.hidden = !old;
  // The words are the server's own HTML (easy Japanese's readings as ruby).
  if (old && updatedAt) staleBanner.innerHTML = words.stale.replace("{time}", clock(updatedAt));
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
  // An office opened or closed: the server draws the page again (its words say when it
  // opens). Spread over 20 s, so that a city's open pages do not all ask at 8:30 sharp.
  if (redraw && !reloading) {
    reloading = true;
    setTimeout(() => location.reload(), Math.random() * 20000);
  }
}

const url = "/now/events" + (office ? "?office=" + encodeURIComponent(office) : "");
listenLive(url, lost, (events) => {
  events.addEventListener("now", (e) => {
    // The figures the page was drawn from, sent again on connecting, are not news.
    if (Number(e.lastEventId) > words.version || !words.staleNow) freshAt = performance.now();
    apply(JSON.parse(e.data));
  });
}, () => {});
setInterval(checkStale, 15000);
