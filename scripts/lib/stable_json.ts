/**
 * Deterministic JSON for committed files, in two layouts: `stableStringify` sorts object keys and puts
 * one feature per line (basemap inputs, places, roads); `readableJson` keeps keys in the order written,
 * indents, and keeps each [lon, lat] pair on one line (the hand-checked zones and province files).
 * Same input, same bytes.
 */

/** A copy with object keys sorted (arrays keep their order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** JSON.stringify with sorted keys; a FeatureCollection gets one feature per line. Ends with a newline. */
export function stableStringify(value: unknown): string {
  const sorted = sortKeys(value);
  if (sorted !== null && typeof sorted === 'object' && 'features' in sorted && Array.isArray(sorted.features)) {
    const { features, ...rest } = sorted as { features: unknown[] } & Record<string, unknown>;
    const head = JSON.stringify(rest).slice(0, -1);
    const sep = head.length > 1 ? ',' : '';
    return `${head}${sep}"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  }
  return `${JSON.stringify(sorted)}\n`;
}

/** JSON with 2-space indentation but each [lon, lat] pair on one line, keys in the order given. Ends with a newline. */
export function readableJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]')}\n`;
}
