import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const dir = 'dist/assets/';
for (const f of fs.readdirSync(dir).filter((f) => /^(index|strings|zone_map)-.*\.js$/.test(f))) {
  const code = fs.readFileSync(dir + f, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(dir + f + '.map', 'utf8')));
  const lines = code.split('\n');
  const sizes = {};
  let last = null;
  map.eachMapping((m) => {
    if (last) { const len = (m.generatedLine === last.generatedLine ? m.generatedColumn : lines[last.generatedLine - 1].length) - last.generatedColumn; sizes[last.source] = (sizes[last.source] || 0) + Math.max(0, len); }
    last = m;
  });
  console.log('==', f, code.length);
  for (const [s, n] of Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(n).padStart(7), s.replace(/^.*\/src\//, ''));
}
