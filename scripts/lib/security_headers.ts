/**
 * The HTTP headers the site is served with: a strict Content-Security-Policy (no inline or evaluated script, workers
 * and blobs only from the site itself, images from the site, `data:` and `blob:`, network requests to the site and
 * the optional online layers' tile hosts), and the usual hardening headers. `npm run preview` and the browser tests
 * serve the build with them (`vite.config.ts`), `public/_headers` carries them to hosts that read that file
 * (Netlify, Cloudflare Pages; checked equal by `security_headers.test.ts`), and the README gives them for nginx,
 * Apache and Caddy.
 */
import { ONLINE_LAYERS } from '../../src/map/online_layers.ts';

/** Origins of the optional online layers' tiles (https://host). */
export function onlineOrigins(): string[] {
  return [...new Set(ONLINE_LAYERS.flatMap((l) => l.tiles.map((t) => new URL(t.replace(/\{[^}]+\}/g, '0')).origin)))].sort();
}

/** The Content-Security-Policy, one directive per entry. */
export function cspDirectives(): string[] {
  const online = onlineOrigins().join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${online}`,
    "font-src 'self'",
    `connect-src 'self' ${online}`,
    "worker-src 'self'",
    "child-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Any site may embed the map (officials put it in their portals); narrow this to their hosts where that is wanted.
    'frame-ancestors *',
  ];
}

/** Every header, by name. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspDirectives().join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** `public/_headers` (Netlify, Cloudflare Pages): the headers for every path. */
export function headersFile(): string {
  return `# Written from scripts/lib/security_headers.ts (see README, "Deploying"); keep the two the same.\n/*\n${Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
