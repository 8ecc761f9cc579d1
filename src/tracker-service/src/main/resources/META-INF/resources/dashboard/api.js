// Calls to the service's own API. A write the service refuses for want of a token (401) or of a role (403) asks
// once for a bearer token, kept for the browser tab, and is sent again with it; a token refused then is forgotten,
// so the next write asks again instead of sending it.

const TOKEN_KEY = "negotiation-tracker.token";
// The read models follow the log a little behind the writes: reads send back the furthest position this tab's
// writes reached, so the page always shows what it has just written.
let writtenUpTo = 0;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** {@code headers} adds to the request's, e.g. Prefer. */
export function getJson(path, headers = {}) {
  return request("GET", path, undefined, headers);
}

export async function postJson(path, body) {
  try {
    return await request("POST", path, body);
  } catch (error) {
    if (!isRefusal(error) || !(await askForToken(error.message))) {
      throw error;
    }
  }
  try {
    return await request("POST", path, body);
  } catch (error) {
    if (isRefusal(error)) {
      sessionStorage.removeItem(TOKEN_KEY);
    }
    throw error;
  }
}

function isRefusal(error) {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

async function request(method, path, body, extraHeaders = {}) {
  const headers = { Accept: "application/json", ...extraHeaders };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (method === "GET" && writtenUpTo > 0) {
    headers["Consistency-Position"] = String(writtenUpTo);
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const written = Number(response.headers.get("Consistency-Position"));
  if (written > writtenUpTo) {
    writtenUpTo = written;
  }
  const text = await response.text();
  const json = text ? parseOrNull(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json || {});
  }
  return { status: response.status, body: json };
}

function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function askForToken(reason) {
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token");
  document.getElementById("token-reason").textContent = reason;
  input.value = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const token = input.value.trim();
      const sent = dialog.returnValue === "send" && token !== "";
      if (sent) {
        sessionStorage.setItem(TOKEN_KEY, token);
      }
      resolve(sent);
    }, { once: true });
    dialog.showModal();
  });
}
