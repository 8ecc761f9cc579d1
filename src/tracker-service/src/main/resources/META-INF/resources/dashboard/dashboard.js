// The page: the topic list and the live feed over the log's stream, the open topic (from the address's
// #topic=...&asOf=...), and the two forms.
import { getJson, postJson } from "./api.js";
import { count, describeMeeting, el, kindOf, openDemandCount } from "./dom.js";
import { subscribe } from "./live.js";
import { TopicView } from "./topic.js";

const FEED_SIZE = 50;
const REFRESH_DELAY_MS = 200;
// How long one look for an article's events waits (Prefer: wait) when none has come on the live stream: an article
// whose extraction finds no event sends nothing there.
const EXTRACTION_WAIT_SECONDS = 30;
const states = new Map();
const staleTopics = new Set();
const topicView = new TopicView();

async function start() {
  const summaries = (await getJson("/api/topics")).body;
  await Promise.all(summaries.map((summary) => refreshTopic(summary.id)));
  const head = Math.max(0, ...summaries.map((summary) => summary.position));
  await showLastEvents(head);
  subscribe("log", `/api/stream?after=${head}`, onLogMessage);
  window.addEventListener("hashchange", openFromAddress);
  await openFromAddress();
}

function onLogMessage(type, event) {
  addToFeed(type, event);
  const articleId = event.metadata?.articleId;
  if (articleId && articleId === extracting) {
    showExtracted(articleId, {});
  }
  // A burst of events refreshes each topic's row once
  if (staleTopics.size === 0) {
    setTimeout(() => {
      [...staleTopics].forEach(refreshTopic);
      staleTopics.clear();
    }, REFRESH_DELAY_MS);
  }
  staleTopics.add(event.topicId);
}

async function refreshTopic(id) {
  states.set(id, (await getJson(`/api/topics/${encodeURIComponent(id)}`)).body);
  renderTopics();
}

function renderTopics() {
  const selected = address().get("topic");
  const rows = [...states.values()].sort((a, b) => a.title.localeCompare(b.title)).map((state) =>
    el("tr", { "data-topic-id": state.id, "aria-current": state.id === selected ? "true" : null },
      el("th", { scope: "row" }, el("a", { href: `#topic=${encodeURIComponent(state.id)}` }, state.title)),
      el("td", { class: "status", "data-status": state.status }, state.status),
      el("td", {}, describeMeeting(state.lastMeetingHeld)),
      el("td", {}, describeMeeting(state.scheduled[0])),
      el("td", { "data-field": "open-demands" }, String(openDemandCount(state))),
      el("td", { "data-field": "events" }, String(state.eventCount)),
      el("td", { "data-field": "sources" }, String(state.distinctSources))));
  document.getElementById("topic-rows").replaceChildren(...rows);
  document.getElementById("no-topics").hidden = rows.length > 0;
}

/** The feed opens with the last events of the log up to {@code head}; the stream goes on from there. */
async function showLastEvents(head) {
  const page = (await getJson(`/api/events?after=${Math.max(0, head - FEED_SIZE)}&limit=${FEED_SIZE}`)).body;
  page.events.forEach((event) => addToFeed(event.type, event));
}

function describeEvent(event) {
  if (event.confirmedEventId) {
    return `${event.confirmedEventId} confirmed by ${event.decidedBy}`;
  }
  if (event.corrected) {
    return `${event.retractedEventId} corrected by ${event.decidedBy}`;
  }
  if (event.retractedEventId) {
    return `${event.retractedEventId} ${event.decidedBy ? `rejected by ${event.decidedBy}` : "retracted"}`
      + ` (${event.reason})`;
  }
  return event.summary || event.title || event.topic?.title || "";
}

function addToFeed(type, event) {
  const feed = document.getElementById("feed");
  const what = describeEvent(event);
  feed.prepend(el("li", { "data-type": type, "data-position": event.position },
    el("strong", {}, type), ` · ${event.topicId} `, el("span", { class: "muted" }, `#${event.position}`),
    what ? el("div", {}, what) : null));
  while (feed.children.length > FEED_SIZE) {
    feed.lastElementChild.remove();
  }
  document.getElementById("feed-empty").hidden = true;
}

function address() {
  return new URLSearchParams(location.hash.slice(1));
}

function openFromAddress() {
  const params = address();
  renderTopics();
  if (!params.get("topic")) {
    topicView.close();
    document.getElementById("topic").hidden = true;
    return Promise.resolve();
  }
  return topicView.open(params.get("topic"), params.get("asOf")).catch(showTopicError);
}

function showTopicError(error) {
  document.getElementById("topic-heading").textContent = address().get("topic");
  document.getElementById("topic-state").replaceChildren(el("p", { class: "error", role: "alert" }, error.message));
}

function setAsOf(asOf) {
  const params = address();
  if (asOf) {
    params.set("asOf", asOf);
  } else {
    params.delete("asOf");
  }
  location.hash = params.toString();
}

document.getElementById("as-of").addEventListener("change", (event) => setAsOf(event.target.value));
document.getElementById("as-of-clear").addEventListener("click", () => setAsOf(null));
document.getElementById("as-of-form").addEventListener("submit", (event) => event.preventDefault());

// The article the form last submitted while the extractor has not read it yet: its events come on the live stream.
let extracting = null;

document.getElementById("article-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const result = document.getElementById("article-result");
  result.replaceChildren(el("p", { class: "muted" }, "Sending…"));
  extracting = null;
  try {
    const answer = (await postJson("/api/articles", filledFields(event.target))).body;
    result.replaceChildren(...extractionReport(answer));
    if (answer.extraction === "pending") {
      extracting = answer.articleId;
      showExtracted(answer.articleId, { Prefer: `wait=${EXTRACTION_WAIT_SECONDS}` });
    }
  } catch (error) {
    result.replaceChildren(el("p", { class: "error", role: "alert" }, error.message));
  }
});

/** Shows the article's events once they are in; reads again (no wait) when one of them arrives on the stream. */
async function showExtracted(articleId, headers) {
  try {
    const answer = (await getJson(`/api/articles/${encodeURIComponent(articleId)}`, headers)).body;
    if (extracting === articleId && answer.extraction === "done") {
      extracting = null;
      document.getElementById("article-result").replaceChildren(...extractionReport(answer));
    }
  } catch (error) {
    if (extracting === articleId) {
      document.getElementById("article-result").append(el("p", { class: "error", role: "alert" }, error.message));
    }
  }
}

document.getElementById("topic-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const fields = filledFields(event.target);
  const topic = { id: fields.id, title: fields.title, parties: commaList(fields.parties),
    aliases: commaList(fields.aliases) };
  const result = document.getElementById("topic-form-result");
  try {
    const answer = await postJson("/api/topics", topic);
    result.replaceChildren(answer.status === 201 ? "Registered: " : "Already registered: ",
      el("a", { href: `#topic=${encodeURIComponent(topic.id)}` }, topic.title));
    refreshTopic(topic.id);
  } catch (error) {
    result.replaceChildren(el("span", { class: "error", role: "alert" }, error.message));
  }
});

function filledFields(form) {
  return Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, value.trim()])
    .filter(([, value]) => value !== ""));
}

function commaList(text) {
  return (text || "").split(",").map((item) => item.trim()).filter(Boolean);
}

function extractionReport(answer) {
  if (!answer.topic) {
    return [el("p", {}, answer.message || "No registered topic matches this article; nothing was stored.")];
  }
  const pending = answer.extraction === "pending";
  const heading = el("p", { id: "article-extraction", "data-extraction": answer.extraction },
    answer.duplicate ? "Already stored, for " : "Stored, for ",
    el("a", { href: `#topic=${encodeURIComponent(answer.topic.id)}` }, answer.topic.title),
    `: dated ${answer.publication.date} (${answer.publication.datedBy === "dateline" ? "by its dateline" : "as sent"}), `,
    pending ? el("span", { class: "muted", role: "status" }, "extracting…")
      : `${count(answer.events.length, "event")} extracted.`);
  const events = answer.events.map((event) => el("li", { "data-type": event.type, "data-kind": kindOf(event.type) },
    el("div", { class: "entry-head" }, el("time", {}, event.plannedFor || event.occurredAt), el("span", {}, event.type),
      el("span", { class: "badge" }, `confidence ${event.confidence}`),
      event.background ? el("span", { class: "badge" }, "background") : null),
    el("div", {}, event.summary),
    el("blockquote", { class: "evidence" }, event.evidence.sentence)));
  return [heading, el("ol", { class: "entries", id: "extracted-events" }, events)];
}

start().catch((error) => {
  document.getElementById("topics").append(el("p", { class: "error", role: "alert" }, error.message));
});
