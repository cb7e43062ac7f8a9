/**
 * Deterministic JSON for committed build files: object keys sorted, one feature per line for readable diffs.
 */

function sortKeys(value: unknown): unknown {
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
