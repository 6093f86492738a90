"use strict";
// The kiosks' table is read again every 3 s: heartbeats come every 15 s, and a remote
// action's outcome within 5 s of asking. A form being filled in is left alone.
const fleet = document.getElementById("fleet");
const lost = document.getElementById("lost");

async function refresh() {
  if (fleet.contains(document.activeElement) && document.activeElement.tagName === "INPUT") return;
  try {
    const answer = await fetch("/kiosks/table", { cache: "no-store", headers: { "X-Madoguchi-Refresh": "1" } });
    if (answer.status === 401 || answer.redirected) {
      location.href = "/signin";
      return;
    }
    if (!answer.ok) throw new Error(answer.status);
    fleet.innerHTML = await answer.text();
    lost.hidden = true;
  } catch (e) {
    lost.hidden = false;
  }
}
setInterval(refresh, 3000);
