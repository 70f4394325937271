// Calls to dyad's HTTP API (same origin). Every failure becomes an ApiError
// carrying the API's {"error": {"code", "message"}} when there is one.

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when no answer came
   * @param {string} code the API's error code ("no_store", "invalid_date")
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function request(method, path, body) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', `no answer from the server: ${e.message}`);
  }
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: reported below when the status is an error.
  }
  if (!res.ok) {
    const error = json && json.error;
    if (error && typeof error.message === 'string') {
      throw new ApiError(res.status, String(error.code || ''), error.message);
    }
    throw new ApiError(res.status, `http_${res.status}`,
                       `${res.status} ${res.statusText}`.trim());
  }
  if (json === null) {
    throw new ApiError(res.status, 'invalid_json',
                       'the server answered something that is not JSON');
  }
  return json;
}

/** The query string of the set, non-empty values of `params`. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  version: () => request('GET', '/v1/version'),
  code: (text, date, mode) => request('POST', '/v1/code', { text, date, mode }),
  events: (params) => request('GET', `/v1/events${query(params)}`),
  stats: (params) => request('GET', `/v1/stats${query(params)}`),
  dyads: (params) => request('GET', `/v1/dyads${query(params)}`),
  document: (id) => request('GET', `/v1/documents/${encodeURIComponent(id)}`),
};
