/**
 * The one place that launches the browser: Debian's Chromium through playwright-core, headless,
 * with software WebGL. Each test gets a fresh context; console errors and every request are recorded.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

let browser: Browser | undefined;

/** A shared browser for the test file (launched once). */
export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright gives every launch a fresh, empty profile (it refuses --user-data-dir).
    args: CHROMIUM_ARGS,
  });
  return browser;
}

/** Closes the shared browser (the next `getBrowser()` launches a new one). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close: () => Promise<void>;
}

/** A fresh page with a given viewport, recording errors and requests. */
export async function newSession(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const b = await getBrowser();
  // Service workers off (each context would download the whole app for offline use); offline.spec.ts turns them on.
  const context = await b.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests, close: () => context.close() };
}

/**
 * Registers a fresh session per test (desktop viewport) and one browser per file. Returns a view
 * of the current test's session: `const s = useSession();` at file level, then `s.page` in tests.
 */
export function useSession(): Session {
  let current: Session | undefined;
  beforeEach(async () => {
    current = await newSession();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  afterAll(async () => {
    await closeBrowser();
  });
  return sessionView(() => current);
}

/**
 * One session for every test of the enclosing `describe`, opened before its first test and closed after
 * its last: for tests that each read one aspect of the same result (a printed sheet, an opened file) and
 * change nothing. Prepare the page in a `beforeAll` after this call. The file must also call `useSession()`
 * (or close the browser itself).
 */
export function useSharedSession(viewport?: { width: number; height: number }): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await newSession(viewport);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return sessionView(() => current);
}

function sessionView(get: () => Session | undefined): Session {
  const now = (): Session => {
    const current = get();
    if (!current) throw new Error('no session: call useSession() at file level and use it inside tests');
    return current;
  };
  return {
    get context() { return now().context; },
    get page() { return now().page; },
    get errors() { return now().errors; },
    get requests() { return now().requests; },
    close: () => now().close(),
  };
}
