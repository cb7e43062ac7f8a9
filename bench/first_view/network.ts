/**
 * Requests and bytes of one page load, by kind, up to a moment (the `map-idle` mark). Bytes are what the
 * server sent on the wire — headers and the body as sent (`vite preview` gzips text, JS, CSS and JSON of 1 KB or
 * more, but not `.geojson`, fonts or PMTiles ranges) — from the page's CDP `Network` events
 * (`loadingFinished.encodedDataLength`). A dedicated worker's own requests (its script, with Chromium's off-page
 * worker fetch) never reach the page's CDP session; Playwright's request events, which follow workers, fill them in.
 * `data:` URLs (inlined assets) are not requests and are left out.
 */
import type { CDPSession, Page, Request } from 'playwright-core';

/** What a request fetched, by its URL. */
export type RequestKind = 'js' | 'css' | 'font' | 'tiles' | 'data' | 'other';
export const REQUEST_KINDS: readonly RequestKind[] = ['js', 'css', 'font', 'tiles', 'data', 'other'];

/** One finished request. `endMs`: wall clock (epoch ms) when its last byte arrived. */
export interface RequestRecord {
  url: string;
  kind: RequestKind;
  status: number;
  /** Bytes on the wire: headers plus the body as sent. */
  wireBytes: number;
  endMs: number;
  /** Seen only through Playwright (a worker's request). */
  fromWorker: boolean;
}

/** Requests and wire bytes of one kind. */
export interface KindTotal {
  requests: number;
  bytes: number;
}

/** Requests by kind; `notModified` counts 304 answers (revalidations of a file already fetched). */
export interface NetworkSummary {
  byKind: Record<RequestKind, KindTotal>;
  total: KindTotal;
  notModified: number;
  /** Same-origin URL paths (e.g. `/app/assets/x.js`) of the JS files loaded by then, page and workers. */
  jsPaths: string[];
}

/** The kind of a request, from its URL's path. */
function kindOf(url: string): RequestKind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.pmtiles$/.test(path)) return 'tiles';
  if (/\.(geo)?json$/.test(path)) return 'data';
  return 'other';
}

interface Pending { url: string; status: number }

/** Records a page's requests from before its navigation; read with `summary(untilMs)` once the page is measured. */
export class NetworkRecorder {
  private readonly pending = new Map<string, Pending>();
  private readonly done: RequestRecord[] = [];
  private readonly viaPlaywright: Promise<RequestRecord | null>[] = [];
  /** Wall clock minus CDP's monotonic clock (ms), from the first request that carries both. */
  private clockOffset: number | null = null;

  private constructor(private readonly cdp: CDPSession) {}

  /** Starts recording; call before `page.goto`. */
  static async start(page: Page, cdp: CDPSession): Promise<NetworkRecorder> {
    const rec = new NetworkRecorder(cdp);
    cdp.on('Network.requestWillBeSent', (e) => {
      if (rec.clockOffset === null) rec.clockOffset = e.wallTime * 1000 - e.timestamp * 1000;
    });
    cdp.on('Network.responseReceived', (e) => {
      if (!e.response.url.startsWith('data:')) rec.pending.set(e.requestId, { url: e.response.url, status: e.response.status });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const p = rec.pending.get(e.requestId);
      if (!p || rec.clockOffset === null) return;
      rec.pending.delete(e.requestId);
      rec.done.push({ ...p, kind: kindOf(p.url), wireBytes: e.encodedDataLength, endMs: e.timestamp * 1000 + rec.clockOffset, fromWorker: false });
    });
    page.on('requestfinished', (r) => rec.viaPlaywright.push(fromPlaywright(r)));
    await cdp.send('Network.enable');
    return rec;
  }

  /** Every finished request so far, the workers' included. */
  async records(): Promise<RequestRecord[]> {
    const pw = (await Promise.all(this.viaPlaywright)).filter((r): r is RequestRecord => r !== null);
    // Playwright also sees the page's own requests: keep, per URL, only those beyond what CDP recorded.
    const seen = new Map<string, number>();
    for (const r of this.done) seen.set(r.url, (seen.get(r.url) ?? 0) + 1);
    const extra = pw.filter((r) => {
      const n = seen.get(r.url) ?? 0;
      if (n > 0) seen.set(r.url, n - 1);
      return n === 0;
    });
    return [...this.done, ...extra];
  }

  /** Totals of the requests finished by `untilMs` (wall clock, epoch ms). */
  async summary(untilMs: number): Promise<NetworkSummary> {
    const byKind = Object.fromEntries(REQUEST_KINDS.map((k) => [k, { requests: 0, bytes: 0 }])) as Record<RequestKind, KindTotal>;
    const total = { requests: 0, bytes: 0 };
    let notModified = 0;
    const jsPaths: string[] = [];
    for (const r of await this.records()) {
      if (r.endMs > untilMs) continue;
      byKind[r.kind].requests++;
      byKind[r.kind].bytes += r.wireBytes;
      total.requests++;
      total.bytes += r.wireBytes;
      if (r.status === 304) notModified++;
      if (r.kind === 'js' && r.status < 400) jsPaths.push(new URL(r.url).pathname);
    }
    return { byKind, total, notModified, jsPaths: [...new Set(jsPaths)] };
  }

  /** Stops listening to the page's network. */
  async stop(): Promise<void> {
    await this.cdp.send('Network.disable').catch(() => undefined);
  }
}

/** A finished request as Playwright reports it (its sizes come from the target that made it, worker or page). */
async function fromPlaywright(r: Request): Promise<RequestRecord | null> {
  if (r.url().startsWith('data:')) return null;
  try {
    const [sizes, res] = await Promise.all([r.sizes(), r.response()]);
    const t = r.timing();
    return {
      url: r.url(),
      kind: kindOf(r.url()),
      status: res?.status() ?? 0,
      wireBytes: sizes.responseHeadersSize + sizes.responseBodySize,
      endMs: t.startTime + Math.max(0, t.responseEnd),
      fromWorker: true,
    };
  } catch {
    return null; // the page closed before its sizes were read
  }
}
