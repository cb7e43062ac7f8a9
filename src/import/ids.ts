/**
 * Feature ids as the file gives them. They are kept exactly and written back on export; ids used twice, or a
 * number and a text that read the same (`1` and `"1"`), are reported, naming both features, because programs that
 * read the file may mix those features up.
 */
import type { MessageLog } from './messages.ts';

/** The file's id of a feature: a string or a finite number (RFC 7946 §3.2); anything else is no id. */
export function sourceIdOf(raw: unknown): string | number | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  return undefined;
}

/** An id as the messages show it: numbers bare, text in double quotes (as in the file), at most 60 characters. */
export const idText = (id: string | number): string => {
  const s = JSON.stringify(id);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

/** Logs `duplicate-id` for an id used again and `ambiguous-id` for one that reads like another of the other type. */
export function checkIds(features: ReadonlyArray<{ sourceId?: string | number; label: string }>, log: MessageLog): void {
  const first = new Map<string, { id: string | number; label: string }>();
  for (const f of features) {
    if (f.sourceId === undefined) continue;
    const key = String(f.sourceId);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { id: f.sourceId, label: f.label });
    } else if (seen.id === f.sourceId) {
      log.add('duplicate-id', f.label, 'kept', { id: idText(f.sourceId), other: seen.label });
    } else {
      log.add('ambiguous-id', f.label, 'kept', { id: idText(f.sourceId), otherId: idText(seen.id), other: seen.label });
    }
  }
}
