/** Results that carry only a message: refusals decided before or outside the pipeline. */
import { MESSAGE_SEVERITY, type MessageCode } from './messages.ts';
import type { ImportResult } from './types.ts';

/** A result with no features and one file-level error message (action `refused`). */
export function failureResult(code: MessageCode, params: Record<string, string | number> = {}): ImportResult {
  return {
    features: [],
    messages: [{ code, severity: MESSAGE_SEVERITY[code], feature: null, params, action: 'refused' }],
    detected: { format: 'unknown', crs: 'unknown' },
    offers: [],
    stats: { inputFeatures: 0, kept: 0, skipped: 0, repaired: 0 },
  };
}
