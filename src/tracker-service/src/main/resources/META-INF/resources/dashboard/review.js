// The review queue of the open topic: each event the extractor proposed, beside its article's text with the
// evidence highlighted, and the reviewer's confirm / reject / correct. Decisions come back on the topic's stream,
// in every open dashboard, and the queue is read again then.
import { getJson, postJson } from "./api.js";
import { el } from "./dom.js";
import { DIPLOMATIC_TYPES } from "./live.js";

export class ReviewPanel {
  #topicId = null;
  #generation = 0;

  async open(topicId) {
    this.#topicId = topicId;
    await this.refresh();
  }

  close() {
    this.#topicId = null;
    this.#generation++;
  }

  async refresh() {
    const generation = ++this.#generation;
    const queue = (await getJson(`/api/review?topic=${encodeURIComponent(this.#topicId)}`)).body;
    if (generation !== this.#generation) {
      return;
    }
    document.getElementById("review-count").textContent = queue.items.length;
    document.getElementById("review-queue").replaceChildren(
      ...queue.items.map((item) => this.#item(item, queue.articles[item.articleId])));
    document.getElementById("review-empty").hidden = queue.items.length > 0;
  }

  #item(item, article) {
    const result = el("p", { class: "review-result", "aria-live": "polite" });
    const correction = correctionForm(item, (fields) => this.#decide(item, { decision: "correct", correction: fields },
      result));
    return el("li", { "data-event-id": item.eventId, class: "review-item" },
      el("div", { class: "review-article" },
        el("h4", {}, article?.title || "Article"),
        el("p", { class: "muted" }, [article?.publisher, article?.publishedAt].filter(Boolean).join(" · ")),
        el("div", { class: "article-text" }, highlighted(article?.text, item.evidence))),
      el("div", { class: "review-event" },
        el("div", { class: "entry-head" }, el("time", {}, item.plannedFor || item.occurredAt), el("span", {}, item.type),
          el("span", { class: "badge" }, `confidence ${item.confidence ?? "?"}`)),
        el("div", {}, [item.summary, item.location].filter(Boolean).join(" · ")),
        item.actors.length ? el("div", { class: "muted" }, item.actors.map((actor) => actor.name).join(", ")) : null,
        el("label", { for: `comment-${item.eventId}` }, "Comment"),
        el("input", { id: `comment-${item.eventId}`, class: "review-comment" }),
        el("div", { class: "inline" },
          button("Confirm", "confirm", () => this.#decide(item, { decision: "confirm" }, result)),
          button("Reject", "reject", () => this.#decide(item, { decision: "reject" }, result)),
          button("Correct…", "correct", () => { correction.hidden = !correction.hidden; })),
        correction, result));
  }

  async #decide(item, decision, result) {
    const comment = document.getElementById(`comment-${item.eventId}`)?.value.trim();
    try {
      const answer = (await postJson(`/api/review/${encodeURIComponent(item.eventId)}`,
        comment ? { ...decision, comment } : decision)).body;
      result.replaceChildren(`${answer.decision.type} by ${answer.decision.decidedBy}`);
      await this.refresh();
    } catch (error) {
      result.replaceChildren(el("span", { class: "error", role: "alert" }, error.message));
    }
  }
}

function button(text, decision, onClick) {
  const node = el("button", { type: "button", "data-decision": decision }, text);
  node.addEventListener("click", onClick);
  return node;
}

/** The article's text with the evidence sentence marked; the sentence alone when the offsets do not fit the text. */
function highlighted(text, evidence) {
  if (!evidence) {
    return text || "";
  }
  const { sentence, start, end } = evidence;
  if (!text || start == null || end == null || text.slice(start, end) !== sentence) {
    return el("mark", {}, sentence);
  }
  return [text.slice(0, start), el("mark", {}, text.slice(start, end)), text.slice(end)];
}

/** The small form of a correction: what the event should say, filled with what it says now. */
function correctionForm(item, onSubmit) {
  const id = (name) => `correct-${name}-${item.eventId}`;
  const type = el("select", { id: id("type") }, DIPLOMATIC_TYPES.map((value) =>
    el("option", { value, selected: value === item.type }, value)));
  const fields = {
    occurredAt: el("input", { id: id("date"), value: item.occurredAt, required: true }),
    location: el("input", { id: id("location"), value: item.location || "" }),
    summary: el("input", { id: id("summary"), value: item.summary || "" }),
    actors: el("input", { id: id("actors"), value: item.actors.map((actor) => actor.name).join(", ") }),
  };
  const form = el("form", { class: "stacked correction", hidden: true },
    el("label", { for: id("type") }, "Type"), type,
    el("label", { for: id("date") }, "Date"), fields.occurredAt,
    el("label", { for: id("location") }, "Location"), fields.location,
    el("label", { for: id("summary") }, "Summary"), fields.summary,
    el("label", { for: id("actors") }, "Actors (comma-separated)"), fields.actors,
    el("button", { type: "submit", "data-decision": "save-correction" }, "Save correction"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const countries = new Map(item.actors.map((actor) => [actor.name, actor]));
    onSubmit({
      type: type.value,
      occurredAt: fields.occurredAt.value.trim(),
      plannedFor: item.plannedFor || undefined,
      location: fields.location.value.trim() || undefined,
      summary: fields.summary.value.trim() || undefined,
      subject: item.subject || undefined,
      actors: fields.actors.value.split(",").map((name) => name.trim()).filter(Boolean)
        .map((name) => countries.get(name) || { name }),
    });
  });
  return form;
}
