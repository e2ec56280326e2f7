// Keeps the page current: the frontend's server-sent events (GET /api/events) say when the league
// changed, whoever changed it. Each stream ends after a while and EventSource reopens it; the first
// event of every stream is the latest change, so one that happened in between is not missed.
const indicator = document.getElementById("live-state");

// A stream that closes on schedule reopens within a second or so; only a longer gap is shown.
const offlineAfterMs = 3000;

// EventSource gives up for good on an answer other than 200: a 429 from the edge, or a 503 from the
// gateway while pods roll. The page then opens a new stream itself, waiting longer after each refusal.
const reopenDelaysMs = [1000, 2000, 5000, 10000, 30000];

export function followLeague(onChange) {
  let latest = null;
  let offline = null;
  let refusals = 0;

  function open() {
    const source = new EventSource("/api/events");
    source.addEventListener("league", event => {
      refusals = 0;
      clearTimeout(offline);
      setLive(true);
      const at = Date.parse(JSON.parse(event.data).readTime);
      if (latest !== null && at > latest) {
        onChange();
      }
      latest = Math.max(latest ?? at, at);
    });
    source.addEventListener("error", () => {
      clearTimeout(offline);
      offline = setTimeout(() => setLive(false), offlineAfterMs);
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(open, reopenDelaysMs[Math.min(refusals++, reopenDelaysMs.length - 1)]);
      }
    });
  }

  open();
}

function setLive(live) {
  indicator.hidden = false;
  indicator.textContent = live ? "Live" : "Reconnecting…";
  indicator.dataset.live = String(live);
}
