/**
 * Fonts the map draws labels with, shipped with the app (no glyph server): Noto Sans woff2 files
 * from @fontsource/noto-sans, declared through the style's `font-faces` property.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';

/** Font stack names used in `text-font`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/** Unicode ranges of the @fontsource subsets (copied from its CSS). */
const RANGES = {
  vietnamese: ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0',
    'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'],
  latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC',
    'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
};

/** Absolute URL of a bundled asset, so the style works whatever page path serves it. */
function abs(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The style's `font-faces`: Vietnamese subset first so its precomposed letters win; Vietnamese text needs no other
 * subset than latin (the latin-ext files are not shipped to the map).
 */
export function fontFaces(): FontFacesSpecification {
  return {
    [FONT_REGULAR]: [
      { url: abs(vietnamese400), 'unicode-range': RANGES.vietnamese },
      { url: abs(latin400), 'unicode-range': RANGES.latin },
    ],
    [FONT_BOLD]: [
      { url: abs(vietnamese700), 'unicode-range': RANGES.vietnamese },
      { url: abs(latin700), 'unicode-range': RANGES.latin },
    ],
  };
}
