// The timeline picture: meetings, plans, agreements and the rest as marks on a time axis, one lane each. The list below it
// says the same in words, so the picture is summed up for screen readers in one label.
import { kindOf } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const LANES = [["meeting", "Meetings"], ["plan", "Plans"], ["agreement", "Agreements"], ["other", "Other"]];
const WIDTH = 640;
const LEFT = 92;
const RIGHT = 18;
const LANE_HEIGHT = 34;
const AXIS = LANES.length * LANE_HEIGHT + 8;
const DAY = 86_400_000;

export function drawTimeline(svg, entries, asOf) {
  const marks = entries.map((entry) => ({ entry, kind: kindOf(entry.type), time: startOf(entry.plannedFor || entry.occurredAt) }));
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${AXIS + 28}`);
  if (marks.length === 0) {
    svg.setAttribute("aria-label", "No event to draw yet");
    svg.append(text(WIDTH / 2, AXIS / 2, "Nothing to draw yet", "middle"));
    return;
  }
  const times = marks.map((mark) => mark.time).concat(asOf ? [startOf(asOf)] : []);
  let [from, to] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max((to - from) * 0.05, 30 * DAY);
  [from, to] = [from - pad, to + pad];
  const x = (time) => LEFT + ((time - from) / (to - from)) * (WIDTH - LEFT - RIGHT);

  LANES.forEach(([kind, label], lane) => {
    const y = lane * LANE_HEIGHT + LANE_HEIGHT / 2;
    svg.append(text(4, y + 4, label, "start"), line(LEFT, y, WIDTH - RIGHT, y, "#c9d0d9"));
    for (const mark of marks.filter((m) => m.kind === kind)) {
      svg.append(shape(mark, x(mark.time), y));
    }
  });
  svg.append(line(LEFT, AXIS, WIDTH - RIGHT, AXIS, "#4a5360"));
  // A tick's label is centred on it: the last one is drawn only when the label fits
  for (const tick of ticks(from, to).filter((t) => x(t.time) <= WIDTH - 30)) {
    svg.append(line(x(tick.time), AXIS, x(tick.time), AXIS + 5, "#4a5360"), text(x(tick.time), AXIS + 18, tick.label, "middle"));
  }
  if (asOf) {
    const asOfLine = line(x(startOf(asOf)), 0, x(startOf(asOf)), AXIS, "#a4161a");
    asOfLine.setAttribute("stroke-dasharray", "4 3");
    svg.append(asOfLine);
  }
  const counts = LANES.map(([kind, label]) => `${marks.filter((m) => m.kind === kind).length} ${label.toLowerCase()}`);
  svg.setAttribute("aria-label", `${counts.join(", ")} from ${isoDay(from + pad)} to ${isoDay(to - pad)}`);
}

/** The first instant of a date as precise as its source gave it: 2019, 2019-06, 2019-06-14 or a timestamp. */
export function startOf(date) {
  const [year, month = "01", day = "01"] = String(date).slice(0, 10).split("-");
  return date.length > 10 ? Date.parse(date) : Date.UTC(Number(year), Number(month) - 1, Number(day));
}

function ticks(from, to) {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const yearStep = Math.max(1, Math.ceil((last - first + 1) / 8));
  const result = [];
  if (last - first >= 2) {
    for (let year = first; year <= last; year += yearStep) {
      result.push({ time: Date.UTC(year, 0, 1), label: String(year) });
    }
  } else {
    const monthStep = Math.max(1, Math.ceil((to - from) / (30 * DAY) / 8));
    for (let month = 0; Date.UTC(first, month, 1) <= to; month += monthStep) {
      const time = Date.UTC(first, month, 1);
      result.push({ time, label: new Date(time).toISOString().slice(0, 7) });
    }
  }
  return result.filter((tick) => tick.time >= from && tick.time <= to);
}

function shape(mark, cx, cy) {
  const colour = `var(--${mark.kind})`;
  const node = mark.kind === "agreement" ? svgNode("rect", { x: cx - 6, y: cy - 6, width: 12, height: 12, fill: colour })
    : svgNode("circle", { cx, cy, r: mark.kind === "other" ? 5 : 7, fill: mark.kind === "plan" || mark.entry.type === "meeting.cancelled" ? "#fff" : colour,
      stroke: colour, "stroke-width": 3 });
  node.classList.add("mark");
  node.dataset.kind = mark.kind;
  node.dataset.entryId = mark.entry.id;
  const title = svgNode("title", {});
  title.textContent = `${mark.entry.plannedFor || mark.entry.occurredAt} ${mark.entry.type}: ${mark.entry.summary || ""}`;
  node.append(title);
  return node;
}

function line(x1, y1, x2, y2, stroke) {
  return svgNode("line", { x1, y1, x2, y2, stroke });
}

function text(x, y, content, anchor) {
  const node = svgNode("text", { x, y, "text-anchor": anchor, "font-size": 12, fill: "#1b1f24" });
  node.textContent = content;
  return node;
}

function svgNode(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}
