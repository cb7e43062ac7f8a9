/**
 * Import messages: one typed record per problem (code, severity, feature, parameters, action), with no text —
 * `renderMessage()` in `src/ui/import/render_message.ts` turns a record into plain Vietnamese or English.
 */
import { MAX_MESSAGES_PER_CODE } from './limits.ts';

/** Every message code, with its fixed severity. */
export const MESSAGE_SEVERITY = {
  'file-too-large': 'error', 'empty-file': 'error', 'unknown-format': 'error', 'shp-needs-zip': 'error',
  'encoding-utf16': 'warning', 'encoding-invalid': 'error', 'not-json': 'error', 'json-truncated': 'error',
  'too-deep': 'error', 'too-many-features': 'error', 'too-many-vertices': 'error',
  'topojson': 'error', 'esri-json': 'error', 'not-geojson': 'error',
  'crs-honoured': 'info', 'crs-unrecognised': 'warning',
  'kml-invalid': 'error', 'xml-entities': 'error', 'kmz-no-kml': 'error', 'zip-invalid': 'error', 'zip-too-large': 'error',
  'zip-no-data': 'error', 'shapefile-invalid': 'error', 'shapefile-no-dbf': 'warning',
  'shapefile-no-prj': 'info', 'prj-unreadable': 'warning', 'prj-honoured': 'info',
  'no-features': 'error', 'no-polygons': 'error',
  'no-geometry': 'warning', 'not-polygon': 'warning', 'collection-parts-dropped': 'warning',
  'geometry-unknown-type': 'error', 'geometry-invalid': 'error', 'feature-too-many-vertices': 'error',
  'coordinate-not-number': 'error', 'coordinate-not-finite': 'error', 'z-dropped': 'info',
  'ring-unclosed': 'warning', 'shell-too-few-positions': 'error', 'hole-too-few-positions': 'warning',
  'self-intersection': 'error', 'hole-outside-shell': 'warning', 'parts-overlap': 'error',
  'winding-fixed': 'info', 'outside-vietnam': 'warning', 'coordinates-out-of-range': 'error',
  'swapped-detected': 'warning', 'swap-applied': 'info', 'metres-detected': 'warning',
  'reprojected-vn2000': 'info', 'more-messages': 'info', 'summary': 'info',
  'internal-error': 'error', 'worker-crashed': 'error',
  'duplicate-id': 'warning', 'ambiguous-id': 'warning', 'areas-disagree': 'warning',
  'declared-area-matches': 'info', 'declared-area-differs': 'warning', 'vn2000-not-applicable': 'info',
  'far-from-province': 'warning',
  'html-page': 'error', 'format-by-content': 'info',
  'json-syntax': 'error', 'json-missing-comma': 'error', 'json-comment': 'error', 'json-trailing-comma': 'error',
  'json-non-finite': 'error', 'json-single-quote': 'error', 'json-unquoted-key': 'error',
  'ndjson-read': 'info', 'geojson-seq-read': 'info', 'ndjson-line-invalid': 'error', 'ndjson-line-truncated': 'error',
  'ndjson-line-not-geojson': 'warning',
  'parts-share-edge': 'error', 'rings-cross': 'error', 'shell-no-area': 'error', 'hole-no-area': 'warning',
  'polygon-nested-too-deep': 'warning', 'polygon-nested-too-shallow': 'warning', 'multipolygon-nested-too-shallow': 'warning',
  'coordinates-nesting': 'error', 'empty-coordinates': 'warning',
  'collection-unwrapped': 'info', 'extra-values-dropped': 'info',
} as const satisfies Record<string, MessageSeverity>;

export type MessageSeverity = 'error' | 'warning' | 'info';
export type MessageCode = keyof typeof MESSAGE_SEVERITY;

/** What was done about a problem. */
export const MESSAGE_ACTIONS = [
  'refused', 'skipped', 'rejected', 'closed', 'dropped-hole', 'dropped-part', 'dropped-z', 'rewound',
  'reprojected', 'swapped', 'held-back', 'kept', 'converted', 'ignored', 'none',
  'skipped-line', 'renested', 'dropped-extra',
] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

/** One message about an import. */
export interface ImportMessage {
  code: MessageCode;
  severity: MessageSeverity;
  /** The feature concerned, e.g. `#3 “Lô A”` (1-based index in the file, then its name), or null for the file. */
  feature: string | null;
  params: Record<string, string | number>;
  action: MessageAction;
}

/** Longest name shown in a feature label, in characters. */
const MAX_LABEL_NAME = 60;

function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

/** A feature label for messages: `#3 “Lô A”` or `#3`. Control characters are removed. */
export function featureLabel(index1: number, name: string | null): string {
  const clean = [...(name ?? '')].map((ch) => (isControl(ch) ? ' ' : ch)).join('').replace(/\s+/g, ' ').trim();
  if (!clean) return `#${index1}`;
  const short = clean.length > MAX_LABEL_NAME ? `${clean.slice(0, MAX_LABEL_NAME - 1)}…` : clean;
  return `#${index1} “${short}”`;
}

/**
 * Collects messages; after `MAX_MESSAGES_PER_CODE` of one code the rest are only counted, and
 * `finish()` adds one `more-messages` summary per such code, so a 50,000-feature file cannot flood the list.
 */
export class MessageLog {
  readonly messages: ImportMessage[] = [];
  private readonly counts = new Map<MessageCode, number>();

  add(code: MessageCode, feature: string | null, action: MessageAction, params: Record<string, string | number> = {}): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= MAX_MESSAGES_PER_CODE) {
      this.messages.push({ code, severity: MESSAGE_SEVERITY[code], feature, params, action });
    }
  }

  finish(): ImportMessage[] {
    for (const [code, n] of this.counts) {
      if (n > MAX_MESSAGES_PER_CODE) {
        this.messages.push({
          code: 'more-messages', severity: 'info', feature: null,
          params: { count: n - MAX_MESSAGES_PER_CODE, of: code }, action: 'none',
        });
      }
    }
    return this.messages;
  }
}
