"use strict";
// Reads this ticket's state again whenever the queue changes (Server-Sent Events) and every
// 20 s; stops once the ticket has ended.
const base = location.pathname.replace(/\/$/, "");
const state = document.getElementById("state");
const lost = document.getElementById("lost");
let wasTurn = !!state.querySelector(".turn");
let events = null;
let timer = null;
let stopped = false;

function stop() {
  stopped = true;
  if (events) events.close();
  clearInterval(timer);
}

async function refresh() {
  try {
    const answer = await fetch(base + "/state", { cache: "no-store" });
    if (answer.status === 404) { stop(); return; }
    state.innerHTML = await answer.text();
    // Read, but the banner stays while changes cannot arrive.
    lost.hidden = live.up;
    const turn = !!state.querySelector(".turn");
    if (turn && !wasTurn && navigator.vibrate) navigator.vibrate([300, 150, 300]);
    wasTurn = turn;
    if (answer.status === 410) stop();
  } catch (e) {
    lost.hidden = false;
  }
}

if (!state.querySelector(".ended")) {
  // The queue's changes (live.js), until the ticket ends.
  listenLive(base + "/events", lost, (opened) => {
    events = opened;
    // Every phone of the lobby hears each change: spread their reads over a second or so.
    events.addEventListener("change", () => setTimeout(refresh, Math.random() * 1500));
  }, refresh, () => !stopped);
  timer = setInterval(refresh, 20000);
}
