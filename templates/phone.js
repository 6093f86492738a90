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
let streamUp = false;
let retry = 1000;

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
    lost.hidden = streamUp;
    const turn = !!state.querySelector(".turn");
    if (turn && !wasTurn && navigator.vibrate) navigator.vibrate([300, 150, 300]);
    wasTurn = turn;
    if (answer.status === 410) stop();
  } catch (e) {
    lost.hidden = false;
  }
}

// After a refusal (503, 429) the browser gives up on a stream for good: a new one is opened,
// a little later each time, up to a minute apart, until the ticket ends.
function listen() {
  if (stopped) return;
  events = new EventSource(base + "/events");
  // Every phone of the lobby hears each change: spread their reads over a second or so.
  events.addEventListener("change", () => setTimeout(refresh, Math.random() * 1500));
  events.onerror = () => {
    streamUp = false;
    lost.hidden = false;
    if (events.readyState === EventSource.CLOSED && !stopped) {
      setTimeout(listen, retry);
      retry = Math.min(retry * 2, 60000);
    }
  };
  events.onopen = () => { streamUp = true; retry = 1000; lost.hidden = true; refresh(); };
}

if (!state.querySelector(".ended")) {
  listen();
  timer = setInterval(refresh, 20000);
}
