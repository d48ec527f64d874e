/**
 * Test-side calls to the emulator's control API (/__emulator/…), by URL, so the
 * same helpers drive an in-process emulator or one in a child process.
 */
async function call(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} /__emulator${path} → ${res.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export interface Fault {
  account?: string;
  method?: string;
  path?: string;
  count?: number;
  status?: number;
  body?: unknown;
  retryAfterSeconds?: number;
  latencyMs?: number;
  reset?: boolean;
  dropKeys?: string[];
}

export const control = {
  settings: async (url: string, account: string) =>
    ((await call(url, 'GET', `/accounts/${account}/settings`)) as { settings: Record<string, Record<string, unknown>> }).settings,
  /** An out-of-band change, as an admin in Admin Center would make it. */
  changeSettings: (url: string, account: string, settings: Record<string, unknown>) =>
    call(url, 'PATCH', `/accounts/${account}/settings`, { settings }),
  createAccount: (url: string, account: { name: string; legacy?: boolean; customizableCsat?: boolean }) =>
    call(url, 'POST', '/accounts', account),
  addFault: (url: string, fault: Fault) => call(url, 'POST', '/faults', fault),
  clearFaults: (url: string) => call(url, 'DELETE', '/faults'),
  expireTokens: (url: string, account: string) => call(url, 'POST', `/accounts/${account}/expire-tokens`),
  requests: async (url: string) =>
    (await call(url, 'GET', '/requests')) as { total: number; counts: { account: string; method: string; path: string; count: number }[] },
  resetRequests: (url: string) => call(url, 'DELETE', '/requests'),
};

/** API calls per "METHOD path" since the last reset (control routes are not counted by the emulator). */
export async function apiCalls(url: string): Promise<Record<string, number>> {
  const { counts } = await control.requests(url);
  const out: Record<string, number> = {};
  for (const c of counts) out[`${c.method} ${c.path}`] = (out[`${c.method} ${c.path}`] ?? 0) + c.count;
  return out;
}
