/**
 * Reading chosen entries of a zip archive (KMZ, zipped Shapefile) with fflate's streaming unzipper,
 * counting inflated bytes as they come so that a zip bomb is stopped at `maxBytes` instead of
 * filling memory (entry headers may lie about sizes).
 */
import { Unzip, UnzipInflate } from 'fflate';

/** Entries read, by path inside the archive. */
export type ZipEntries = Map<string, Uint8Array>;

export type ZipRead = { ok: true; entries: ZipEntries; names: string[] } | { ok: false; reason: 'invalid' | 'too-large' };

/** Reads the entries whose path passes `accept`, stopping when more than `maxBytes` inflate in total. */
export function readZip(bytes: Uint8Array, accept: (name: string) => boolean, maxBytes: number): ZipRead {
  const entries: ZipEntries = new Map();
  const names: string[] = [];
  let total = 0;
  let tooLarge = false;
  let failed = false;
  try {
    const unzip = new Unzip((file) => {
      names.push(file.name);
      if (tooLarge || failed || !accept(file.name)) return;
      const chunks: Uint8Array[] = [];
      file.ondata = (err, chunk, final) => {
        if (err) { failed = true; return; }
        if (tooLarge) return;
        total += chunk.length;
        if (total > maxBytes) {
          tooLarge = true;
          file.terminate();
          return;
        }
        chunks.push(chunk);
        if (final) entries.set(file.name, concat(chunks));
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(bytes, true);
  } catch {
    failed = true;
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  if (failed || names.length === 0) return { ok: false, reason: 'invalid' };
  return { ok: true, entries, names };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
