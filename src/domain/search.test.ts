import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from './search.ts';

describe('foldForSearch', () => {
  it('strips Vietnamese tone and vowel marks and folds đ to d', () => {
    expect(foldForSearch('Trần Đề')).toBe('tran de');
    expect(foldForSearch('Đại Ngãi')).toBe('dai ngai');
    expect(foldForSearch('Hồ Đắc Kiện')).toBe('ho dac kien');
    expect(foldForSearch('Xây Đá B mới')).toBe('xay da b moi');
  });

  it('treats precomposed (NFC) and decomposed (NFD) input the same', () => {
    const nfc = 'Khánh Hòa'.normalize('NFC');
    const nfd = 'Khánh Hòa'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldForSearch(nfc)).toBe(foldForSearch(nfd));
  });

  it('collapses punctuation and repeated spaces', () => {
    expect(foldForSearch('  KCN-ĐT-DV   Phú Mỹ ')).toBe('kcn dt dv phu my');
  });
});

describe('matchesQuery', () => {
  const hay = foldForSearch('Khu công nghiệp Trần Đề | xã Trần Đề | Đại Ân 2');
  it('finds words in any order, ignoring case and marks', () => {
    expect(matchesQuery(hay, 'tran de')).toBe(true);
    expect(matchesQuery(hay, 'DE TRAN')).toBe(true);
    expect(matchesQuery(hay, 'Trần Đề')).toBe(true);
  });
  it('lets "d" match "đ"', () => {
    expect(matchesQuery(foldForSearch('Đại Ngãi'), 'dai ngai')).toBe(true);
    expect(matchesQuery(foldForSearch('Đại Ngãi'), 'd')).toBe(true);
  });
  it('takes a quoted part as a phrase: whole words, together, in order', () => {
    expect(matchesQuery(hay, '"xã Trần Đề"')).toBe(true);
    expect(matchesQuery(hay, '"đề trần"')).toBe(false);
    expect(matchesQuery(hay, '"xa tran"')).toBe(true);
    expect(matchesQuery(hay, '"a tran"')).toBe(false); // "xã" is not "a"
    expect(matchesQuery(hay, '"dai an" 2')).toBe(true);
    expect(matchesQuery(hay, '"huyện Châu Thành"')).toBe(false);
    expect(matchesQuery(hay, '""')).toBe(true);
    expect(matchesQuery(hay, '"xã trần')).toBe(true); // an unclosed quote is an ordinary character
  });
  it('rejects when one word is missing', () => {
    expect(matchesQuery(hay, 'tran ngai')).toBe(false);
  });
  it('matches everything on an empty or blank query', () => {
    expect(matchesQuery(hay, '')).toBe(true);
    expect(matchesQuery(hay, '   ')).toBe(true);
  });
});
