import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDirectives, headersFile, onlineOrigins, securityHeaders } from './security_headers.ts';

describe('the security headers', () => {
  it('allow no inline or evaluated script, and workers only from the site', () => {
    const csp = cspDirectives();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp.join(';')).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('let the map reach the optional online layers and nothing else outside the site', () => {
    expect(onlineOrigins()).toEqual(['https://server.arcgisonline.com', 'https://tile.openstreetmap.org']);
    const connect = cspDirectives().find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' https://server.arcgisonline.com https://tile.openstreetmap.org");
  });

  it('are what public/_headers gives static hosts (regenerate it from headersFile() when this fails)', () => {
    expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(headersFile());
    expect(Object.keys(securityHeaders())).toContain('X-Content-Type-Options');
  });
});
