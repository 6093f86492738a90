"use strict";
// Live updates from /api/events (Server-Sent Events); the browser reconnects by itself, and
// the lines are read again every 10 s whatever happens. Announcements queue: one chime and
// its phrases at a time, never two at once.
const filter = document.body.dataset.windows;
const query = filter ? "?windows=" + encodeURIComponent(filter) : "";
const lost = document.getElementById("lost");
const stale = document.getElementById("stale");
// When the lines were last read: the banner names it while the database does not answer.
let readAt = new Date();
const now = document.getElementById("now");
const recent = document.getElementById("recent");
let announcing = Promise.resolve();

function chime() {
  return new Promise((done) => {
    try {
      const audio = new AudioContext();
      for (const [pitch, at] of [[784, 0], [659, 0.45]]) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = pitch;
        tone.connect(gain);
        gain.connect(audio.destination);
        gain.gain.setValueAtTime(0.25, audio.currentTime + at);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + at + 0.6);
        tone.start(audio.currentTime + at);
        tone.stop(audio.currentTime + at + 0.6);
      }
      setTimeout(done, 1200);
    } catch (e) {
      done();
    }
  });
}

function say(text, lang) {
  return new Promise((done) => {
    if (!("speechSynthesis" in window)) return done();
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
    // Without a voice for the language the chime alone calls the number.
    if (!voice) return done();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = done;
    utterance.onerror = done;
    speechSynthesis.speak(utterance);
  });
}

// Each announcement as made, with when it began and ended, and when each number was shown
// (wall-clock ms): read by the browser tests and the call-to-display benchmark.
window.announced = [];
window.shown = {};

// The announcement as the server speaks it (Open JTalk for Japanese, espeak-ng for the
// resident's language); resolves false when it cannot be played, so the browser's own voices
// say it instead.
function play(url) {
  return new Promise((done) => {
    const audio = new Audio(url);
    audio.onended = () => done(true);
    audio.onerror = () => done(false);
    audio.play().catch(() => done(false));
  });
}

function announce(call) {
  announcing = announcing.then(async () => {
    const made = { number: call.number, phrases: call.announce.map((p) => p.text), start: Date.now() };
    await chime();
    made.voice = call.voice ? await play(call.voice) : false;
    if (!made.voice) {
      for (const phrase of call.announce) await say(phrase.text, phrase.lang);
    }
    made.end = Date.now();
    window.announced.push(made);
  });
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function show(call) {
  const previous = now.querySelector(".number");
  // A number is listed once: a recall brings it back to the top, not into the list.
  for (const item of recent.querySelectorAll("li")) {
    if (item.querySelector("b")?.textContent === call.number) item.remove();
  }
  if (previous && previous.textContent !== call.number) {
    const item = element("li");
    item.append(element("b", "", previous.textContent), element("span", "arrow", "→"));
    item.append(now.querySelector(".counter span").textContent);
    recent.prepend(item);
    while (recent.children.length > 6) recent.lastElementChild.remove();
  }
  now.replaceChildren(element("div", "number", call.number));
  const counter = element("div", "counter");
  for (const label of call.labels) counter.append(element("span", "", label.text));
  now.append(counter);
  window.shown[call.number] = Date.now();
}

async function refresh() {
  try {
    const answer = await fetch("/display/lines" + query, { cache: "no-store" });
    // 503: the server is up but its database is not; the last lines stay, said to be old.
    if (answer.status === 503) {
      const time = readAt.toLocaleTimeString("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit" });
      for (const span of stale.querySelectorAll("span")) span.textContent = span.dataset.text.replace("--:--", time);
      stale.hidden = false;
      return;
    }
    if (!answer.ok) throw new Error(answer.status);
    document.getElementById("lines").innerHTML = await answer.text();
    readAt = new Date();
    stale.hidden = true;
    // The lines were read, but the banner stays while calls cannot arrive.
    lost.hidden = live.up;
  } catch (e) {
    lost.hidden = false;
  }
}

// The calls as they happen (live.js).
listenLive("/api/events" + query, lost, (events) => {
  for (const kind of ["called", "recalled"]) {
    events.addEventListener(kind, (e) => {
      const call = JSON.parse(e.data);
      show(call);
      announce(call);
      refresh();
    });
  }
  for (const kind of ["issued", "serving", "done", "no_show", "reactivated", "transferred", "voided", "not_served", "resync"]) {
    events.addEventListener(kind, refresh);
  }
}, refresh);
setInterval(refresh, 10000);
