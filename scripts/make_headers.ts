/** `npm run make:headers`: writes `public/_headers` from `scripts/lib/security_headers.ts`. */
import { writeFileSync } from 'node:fs';
import { headersFile } from './lib/security_headers.ts';

const OUT = new URL('../public/_headers', import.meta.url);
writeFileSync(OUT, headersFile());
console.log(`make:headers: wrote ${OUT.pathname}`);
