"use strict";
// A page's live changes, as Server-Sent Events. A browser retries a dropped stream by itself,
// but after a refusal (the server busy, 503, or this page or address over its share, 429) it
// gives up for good: then a new stream is opened, a little later each time, up to a minute
// apart. `live.up` says whether changes can arrive now, so that a page keeps its "lost"
// banner while they cannot, even when its own reads succeed.
const live = { up: false };

// Opens `url`; `setUp(events)` adds the page's listeners, `onOpen()` runs on each (re)open,
// and no new stream is opened once `wanted()` is false.
function listenLive(url, lost, setUp, onOpen, wanted = () => true) {
  let retry = 1000;
  function open() {
    if (!wanted()) return;
    const events = new EventSource(url);
    setUp(events);
    events.onerror = () => {
      live.up = false;
      lost.hidden = false;
      if (events.readyState === EventSource.CLOSED && wanted()) {
        setTimeout(open, retry);
        retry = Math.min(retry * 2, 60000);
      }
    };
    events.onopen = () => {
      live.up = true;
      retry = 1000;
      lost.hidden = true;
      onOpen();
    };
  }
  open();
}
