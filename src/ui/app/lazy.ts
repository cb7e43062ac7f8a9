/**
 * Parts of the UI loaded on first use (not part of the first-load JS): one loader per part, which loads its module
 * once, can be started early (`load()` after the first view), and is tried again after a failure; and the hook a
 * host component renders it with.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LazyPart<T> {
  /** Loads the part (once; again after a failure). */
  load(): Promise<T>;
  /** The part if it has loaded, else null. */
  loaded(): T | null;
}

/** A part whose module `load` imports. */
export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load() {
      if (!pending) {
        pending = load().then((v) => (value = v));
        pending.catch(() => {
          pending = null;
        });
      }
      return pending;
    },
    loaded: () => value,
  };
}

/**
 * The part once loaded (null before) and why it failed to load (null unless it did). It is loaded when `when` is or
 * becomes true.
 */
export function useLazyPart<T>(part: LazyPart<T>, when = true): [T | null, string | null] {
  const [value, setValue] = useState<T | null>(() => part.loaded());
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!when || value !== null) return;
    setFailed(null);
    part.load().then((v) => setValue(() => v), (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)));
  }, [when]);
  return [value, failed];
}
