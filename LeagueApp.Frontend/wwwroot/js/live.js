// Keeps the page current: the frontend's server-sent events (GET /api/events) say when the league
// changed, whoever changed it. Each stream ends after a while and EventSource reopens it; the first
// event of every stream is the latest change, so one that happened in between is not missed.
const indicator = document.getElementById("live-state");

// A stream that closes on schedule reopens within a second or so; only a longer gap is shown.
const offlineAfterMs = 3000;

export function followLeague(onChange) {
  let latest = null;
  let offline = null;
  const source = new EventSource("/api/events");

  source.addEventListener("league", event => {
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
  });
}

function setLive(live) {
  indicator.hidden = false;
  indicator.textContent = live ? "Live" : "Reconnecting…";
  indicator.dataset.live = String(live);
}
