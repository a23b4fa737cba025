// Request ids and the access log, over real HTTP.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('/metrics behind a token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { http: { metricsToken: 'scrape-me-please' } } });
  });
  afterAll(() => app.close());

  it('answers 401 without the bearer token and the metrics with it', async () => {
    const metricsUrl = app.url.replace('/graphql', '/metrics');
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer wrong-token-here' } })).status).toBe(401);
    const ok = await fetch(metricsUrl, { headers: { authorization: 'Bearer scrape-me-please' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('kefu_messages_stored_total');
  });
});

describe('HTTP request ids and access log', () => {
  const lines: Record<string, unknown>[] = [];
  let app: TestApp;
  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    app = await startTestApp({ log: { destination: sink, level: 'info' } });
  });
  afterAll(() => app.close());

  const post = (headers: Record<string, string> = {}) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

  it('echoes a caller’s X-Request-Id and logs the request under it', async () => {
    const response = await post({ 'x-request-id': 'edge-7f3a.1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('edge-7f3a.1');
    await expect.poll(() => lines.find((l) => l.reqId === 'edge-7f3a.1')).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, kind: 'access' });
  });

  it('gives a request without a usable id a new one', async () => {
    expect((await post()).headers.get('x-request-id')).toMatch(UUID);
    const unsafe = await post({ 'x-request-id': 'a b"<script>' });
    expect(unsafe.headers.get('x-request-id')).toMatch(UUID);
    expect(lines.some((l) => String(l.reqId).includes('<script>'))).toBe(false);
  });
});

describe('pages on the API port', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('leads a browser to the console', async () => {
    const origin = new URL(app.url).origin;
    const root = await fetch(`${origin}/`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(root.status).toBe(302);
    expect(new URL(root.headers.get('location')!, `${origin}/`).href).toBe(`${origin}/console`);
    const followed = await fetch(`${origin}/`);
    expect(followed.url).toBe(`${origin}/console`);
    expect(await followed.text()).toContain('console.js');
  });

  it('forbids other sites to frame the console, GraphiQL and the demo page (clickjacking)', async () => {
    const origin = new URL(app.url).origin;
    for (const [path, accept] of [['/console', 'text/html'], ['/graphql', 'text/html'], ['/demo', 'text/html']] as const) {
      const page = await fetch(`${origin}${path}`, { headers: { accept } });
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(page.headers.get('x-frame-options'), path).toBe('DENY');
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });
});
