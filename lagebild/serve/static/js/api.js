// Talking to the Lagebild HTTP API: the bearer token, query strings and errors.

const TOKEN_KEY = "lagebild.token";

// The token arrives once in the page address (`/#token=…` or `?token=…`); it is kept in
// sessionStorage and removed from the address so that it does not linger in history or screenshots.
export function captureToken() {
  const url = new URL(window.location.href);
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, "")).get("token");
  const fromQuery = url.searchParams.get("token");
  const token = fromHash || fromQuery;
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete("token");
    if (fromHash) url.hash = "";
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
}

function headers(extra = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Query string from an object; arrays become repeated keys, empty values are left out.
export function query(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

async function handle(response, path) {
  if (response.ok) return response.json();
  let detail = response.statusText;
  try {
    const body = await response.json();
    detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
  } catch {
    // not JSON: keep the status text
  }
  if (response.status === 401 || response.status === 403) {
    detail = `${detail} — open the page with #token=… (the token the server was started with)`;
  }
  throw new ApiError(response.status, `${path}: ${response.status} ${detail}`);
}

export async function getJSON(path, params) {
  const url = `api/${path}${query(params)}`;
  return handle(await fetch(url, { headers: headers() }), url);
}

export async function postJSON(path, body) {
  const url = `api/${path}`;
  const init = { method: "POST", headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body) };
  return handle(await fetch(url, init), url);
}
