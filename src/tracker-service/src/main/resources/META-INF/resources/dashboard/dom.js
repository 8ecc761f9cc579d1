// Building DOM nodes from data: text always goes in as text, never as markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? "" : value);
    }
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

export function link(url, text) {
  return isWebUrl(url) ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text) : text;
}

function isWebUrl(url) {
  try {
    return ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function describeMeeting(meeting) {
  if (!meeting) {
    return "—";
  }
  const date = meeting.date || meeting.plannedFor || "date unknown";
  return [date, meeting.location, meeting.summary].filter(Boolean).join(" · ");
}

export function openDemandCount(state) {
  return Object.values(state.openDemands || {}).reduce((total, demands) => total + demands.length, 0);
}

/** The kind of mark an event type gets in the picture and the list. */
export function kindOf(type) {
  if (type === "meeting.scheduled") {
    return "plan";
  }
  if (type === "agreement.reached" || type === "document.signed") {
    return "agreement";
  }
  return type.startsWith("meeting.") ? "meeting" : "other";
}

export function count(number, noun) {
  return `${number} ${noun}${number === 1 ? "" : "s"}`;
}
