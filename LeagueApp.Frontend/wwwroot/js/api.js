// The page's only way to the server: the public /api routes, with RFC 7807 problem details on errors.
const jsonType = "application/json";

export class ApiError extends Error {
  constructor(status, title, detail, fieldErrors) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }

  /** Every field's messages as "field: message" lines, for validation problems. */
  get fieldMessages() {
    return Object.entries(this.fieldErrors).flatMap(([field, messages]) => messages.map(m => `${field}: ${m}`));
  }
}

export const path = (...segments) => "/api/" + segments.map(encodeURIComponent).join("/");

export async function getJson(url) {
  return read(await fetch(url, { headers: { Accept: jsonType } }));
}

/** A team's squad; none while no team is chosen. */
export async function getSquad(team) {
  return team ? getJson(path("teams", team, "players")) : [];
}

/** Sends a change with the API key; a JSON body is optional (deletes have none). */
export async function send(method, url, key, body) {
  const headers = { Accept: jsonType, "X-Api-Key": key };
  const init = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = jsonType;
    init.body = JSON.stringify(body);
  }
  return read(await fetch(url, init));
}

async function read(response) {
  const text = await response.text();
  const data = text && (response.headers.get("Content-Type") ?? "").includes("json") ? JSON.parse(text) : null;
  if (response.ok) {
    return data;
  }

  // Problem details carry a title, usually a detail, and per-field messages for validation errors.
  const title = data?.title ?? `${response.status} ${response.statusText}`.trim();
  throw new ApiError(response.status, title, data?.detail ?? "", data?.errors ?? {});
}
