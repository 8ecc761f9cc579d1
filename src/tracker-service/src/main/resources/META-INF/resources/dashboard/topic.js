// One topic: its state and timeline, now or as of a date, kept current by the topic's stream. The log's events are
// read too, for what the timeline leaves out: the evidence sentence of extracted events and whether they are
// background history.
import { getJson } from "./api.js";
import { count, describeMeeting, el, kindOf, link } from "./dom.js";
import { drawTimeline } from "./chart.js";
import { DECISION_TYPES, DIPLOMATIC_TYPES, subscribe } from "./live.js";
import { ReviewPanel } from "./review.js";

const PAGE = 1000;
const REFRESH_DELAY_MS = 150;

export class TopicView {
  #id = null;
  #asOf = null;
  #events = new Map();
  #stream = null;
  #refresh = null;
  #generation = 0;
  #review = new ReviewPanel();

  async open(id, asOf) {
    const generation = ++this.#generation;
    this.close();
    this.#id = id;
    this.#asOf = asOf;
    document.getElementById("topic").hidden = false;
    document.getElementById("as-of").value = asOf || "";
    document.getElementById("as-of-note").textContent = asOf ? `The state as it stood on ${asOf}` : "";
    const [state, timeline, events] = await Promise.all([this.#state(), this.#timeline(), loadEvents(id),
      this.#review.open(id)]);
    if (generation !== this.#generation) {
      return;
    }
    this.#events = events;
    this.#render(state, timeline);
    this.#stream = subscribe("topic", `/api/topics/${encodeURIComponent(id)}/stream?after=${state.position}`,
      (type, data) => this.#onMessage(type, data));
  }

  close() {
    this.#stream?.close();
    this.#stream = null;
    this.#review.close();
    clearTimeout(this.#refresh);
    this.#events = new Map();
  }

  #onMessage(type, data) {
    if (type !== "state") {
      this.#events.set(data.id, data.corrected || data);
      if (DECISION_TYPES.includes(type) || DIPLOMATIC_TYPES.includes(type)) {
        this.#review.refresh();
      }
      return;
    }
    clearTimeout(this.#refresh);
    const generation = this.#generation;
    this.#refresh = setTimeout(async () => {
      const [state, timeline] = await Promise.all([this.#asOf ? this.#state() : data, this.#timeline()]);
      if (generation === this.#generation) {
        this.#render(state, timeline);
      }
    }, REFRESH_DELAY_MS);
  }

  #query() {
    return this.#asOf ? `?asOf=${this.#asOf}` : "";
  }

  async #state() {
    return (await getJson(`/api/topics/${encodeURIComponent(this.#id)}${this.#query()}`)).body;
  }

  async #timeline() {
    return (await getJson(`/api/topics/${encodeURIComponent(this.#id)}/timeline${this.#query()}`)).body;
  }

  #render(state, timeline) {
    document.getElementById("topic-heading").textContent = state.title;
    document.getElementById("topic-state").replaceChildren(...facts(state));
    const background = timeline.filter((entry) => this.#isBackground(entry));
    const current = timeline.filter((entry) => !this.#isBackground(entry));
    drawTimeline(document.getElementById("timeline-chart"), current, this.#asOf);
    document.getElementById("timeline").replaceChildren(...current.map((entry) => this.#entry(entry)));
    document.getElementById("background").replaceChildren(...background.map((entry) => this.#entry(entry)));
    document.getElementById("background-count").textContent = background.length;
  }

  /** History recalled by articles: every report of the entry says so. */
  #isBackground(entry) {
    const reports = entry.reportIds.map((id) => this.#events.get(id)).filter(Boolean);
    return reports.length > 0 && reports.every((report) => report.metadata?.background === "true");
  }

  #entry(entry) {
    const sentences = [...new Set(entry.reportIds.map((id) => this.#events.get(id)?.metadata?.["evidence.sentence"])
      .filter(Boolean))];
    const when = entry.plannedFor ? `planned for ${entry.plannedFor} (announced ${entry.occurredAt})` : entry.occurredAt;
    return el("li", { "data-kind": kindOf(entry.type), "data-entry-id": entry.id },
      el("div", { class: "entry-head" }, el("time", {}, when), el("span", {}, entry.type),
        el("span", { class: "badge", title: "independent sources that report it" },
          count(entry.sourceCount, "source")),
        reviewBadge(entry.review, entry.confirmation)),
      el("div", {}, [entry.summary, entry.location].filter(Boolean).join(" · ")),
      entry.actors.length ? el("div", { class: "muted" }, entry.actors.map((actor) => actor.name).join(", ")) : null,
      sentences.map((sentence) => el("blockquote", { class: "evidence" }, sentence)),
      entry.sources.length ? el("ul", { class: "sources" }, entry.sources.map((source) =>
        el("li", {}, link(source.url, source.publisher || source.url || "source"),
          source.publishedAt ? ` (${source.publishedAt})` : ""))) : null);
  }
}

/** The topic's reports by id, read from the log page by page. */
async function loadEvents(id) {
  const events = new Map();
  for (let after = 0; ;) {
    const page = (await getJson(`/api/events?topic=${encodeURIComponent(id)}&after=${after}&limit=${PAGE}`
      + `&types=${DIPLOMATIC_TYPES.join(",")}`)).body;
    page.events.forEach((event) => events.set(event.id, event));
    if (page.events.length < PAGE) {
      return events;
    }
    after = page.nextAfter;
  }
}

/** Whether an entry stands confirmed (and why) or only proposed by the extractor. */
function reviewBadge(review, confirmation) {
  if (!review) {
    return null;
  }
  return el("span", { class: "badge review", "data-review": review },
    review === "confirmed" && confirmation ? `confirmed (${confirmation})` : review);
}

/** A meeting of the state with its review status. */
function reviewedMeeting(meeting) {
  return meeting ? [describeMeeting(meeting), " ", reviewBadge(meeting.review)] : describeMeeting(meeting);
}

function facts(state) {
  const demands = Object.entries(state.openDemands || {}).flatMap(([party, list]) =>
    list.map((demand) => [`${party}: ${demand.subject || demand.summary}${demand.restatements > 1
      ? ` (made ${demand.restatements} times)` : ""} `, reviewBadge(demand.review)]));
  const outcomes = [...state.agreements, ...state.documentsSigned]
    .map((outcome) => [`${outcome.date || ""} ${outcome.summary || outcome.subject || ""}`.trim() + " ",
      reviewBadge(outcome.review)]);
  return [
    fact("Status", el("span", { class: "status", "data-status": state.status }, state.status)),
    fact("Parties", state.parties.join(", ") || "—"),
    fact("Last meeting held", reviewedMeeting(state.lastMeetingHeld)),
    fact("Next scheduled", reviewedMeeting(state.scheduled[0])),
    fact("Open demands", list(demands)),
    fact("Agreements", list(outcomes)),
    fact("Events", `${count(state.eventCount, "event")} from ${count(state.reportCount, "report")}, `
      + count(state.distinctSources, "source")),
  ].flat();
}

function fact(term, description) {
  return [el("dt", {}, term), el("dd", {}, description)];
}

function list(items) {
  return items.length ? el("ul", {}, items.map((item) => el("li", {}, item))) : "none";
}
