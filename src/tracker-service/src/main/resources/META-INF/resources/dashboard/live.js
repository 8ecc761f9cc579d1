// The service's SSE streams. Each message's `event:` is the event type (or `state`), so every type needs its own
// listener; EventSource reconnects by itself and resumes with Last-Event-ID, the log position.

export const DIPLOMATIC_TYPES = ["meeting.scheduled", "meeting.held", "meeting.cancelled", "statement.issued",
  "demand.made", "proposal.made", "agreement.reached", "document.signed", "briefing.held", "talks.suspended",
  "talks.resumed"];
export const DECISION_TYPES = ["event.confirmed", "event.rejected", "event.corrected"];
const MESSAGE_TYPES = ["topic.registered", "article.received", "event.retracted", "state", ...DIPLOMATIC_TYPES,
  ...DECISION_TYPES];

const connections = new Map();

export function subscribe(name, url, onMessage) {
  const source = new EventSource(url);
  for (const type of MESSAGE_TYPES) {
    source.addEventListener(type, (message) => onMessage(type, JSON.parse(message.data)));
  }
  source.addEventListener("open", () => setConnection(name, "live"));
  source.addEventListener("error", () =>
    setConnection(name, source.readyState === EventSource.CLOSED ? "offline" : "connecting"));
  setConnection(name, "connecting");
  return {
    close() {
      source.close();
      connections.delete(name);
      showConnection();
    },
  };
}

function setConnection(name, state) {
  connections.set(name, state);
  showConnection();
}

/** The indicator shows the worst of the open streams. */
function showConnection() {
  const states = [...connections.values()];
  const state = states.includes("offline") ? "offline" : states.includes("connecting") ? "connecting" : "live";
  const indicator = document.getElementById("connection");
  indicator.dataset.state = state;
  indicator.textContent = { live: "Live", connecting: "Connecting…", offline: "Offline: reload to retry" }[state];
}
