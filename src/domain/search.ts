/**
 * Diacritic- and case-insensitive search over zone names and places, so "tran de" finds
 * "Trần Đề" and "d" matches "đ".
 */
import type { ZoneFeature } from './zone.ts';

/**
 * Folds text for matching: NFD, strip combining marks, đ/Đ → d, lower case, collapse spaces and
 * punctuation to single spaces.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** All the texts a feature can be found by: names (vi, en, short), old and new communes, old district. */
export function searchTextOf(f: ZoneFeature): string {
  const p = f.properties;
  return foldForSearch(
    [p.name.vi, p.name.en, p.short_name.vi, p.short_name.en, p.old_communes.vi, p.old_communes.en,
      p.new_communes.vi, p.new_communes.en, p.old_district.vi, p.old_district.en, p.id.replace(/-/g, ' ')].join(' | '),
  );
}

/**
 * Whether every word of the query occurs in the folded haystack (as a substring, in any order); a part in double
 * quotes must occur as written, its words together and in order (`"xã Trần Đề"`). An empty query matches everything.
 */
export function matchesQuery(haystackFolded: string, query: string): boolean {
  const phrases: string[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const folded = foldForSearch(phrase);
    if (folded) phrases.push(` ${folded} `);
    return ' ';
  });
  const words = foldForSearch(rest).split(' ').filter(Boolean);
  const padded = ` ${haystackFolded} `;
  return phrases.every((p) => padded.includes(p)) && words.every((w) => haystackFolded.includes(w));
}
