import { describe, expect, it } from 'vitest';
import { escapeAttribute, iframeSnippet } from './Embed.tsx';
import { qrSvgDataUrl } from './Qr.tsx';
import { tShare } from './strings.ts';
import { tShareEntry } from './strings_entry.ts';

describe('iframeSnippet', () => {
  it('quotes the address and title as HTML attribute values', () => {
    expect(escapeAttribute('a&b"<c>')).toBe('a&amp;b&quot;&lt;c&gt;');
    const snippet = iframeSnippet('https://example.vn/#map=9/9.6/105.9&z=an-nghiep&e=1', 'en');
    expect(snippet).toBe('<iframe src="https://example.vn/#map=9/9.6/105.9&amp;z=an-nghiep&amp;e=1" '
      + 'title="Sóc Trăng industrial zones &amp; clusters" width="100%" height="480" style="border:0" loading="lazy" allowfullscreen></iframe>');
  });

  it('cannot be broken out of by a crafted address', () => {
    const snippet = iframeSnippet('https://x/#q="><script>alert(1)</script>', 'vi');
    expect(snippet).not.toContain('<script');
    expect(snippet.match(/"/g)?.length).toBe(12);
  });
});

describe('qrSvgDataUrl', () => {
  it('draws a version 1 code (21 modules + 4 quiet modules a side) for a short text', () => {
    const url = qrSvgDataUrl('A');
    expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(url!.slice(url!.indexOf(',') + 1));
    expect(svg).toContain('viewBox="0 0 29 29"');
    expect(svg).toMatch(/<path d="(M\d+ \d+h\d+v1h-\d+z)+" fill="black"\/>/);
  });

  it('grows with the link and never carries its text', () => {
    const link = 'https://example.vn/ban-do/#map=12.5/9.61/105.97&z=dai-ngai&q=%3Cscript%3E';
    const svg = decodeURIComponent(qrSvgDataUrl(link)!.split(',')[1]!);
    expect(Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1])).toBeGreaterThan(29);
    expect(svg).not.toMatch(/script|example/);
  });

  it('is null when the text is too long for any QR code', () => {
    expect(qrSvgDataUrl('x'.repeat(5000))).toBeNull();
  });
});

describe('sharing strings', () => {
  it('fill placeholders in both languages, in NFC', () => {
    expect(tShare('vi', 'embedSelected', { name: 'KCN An Nghiệp' })).toBe('Kèm khu đang chọn: KCN An Nghiệp');
    expect(tShareEntry('en', 'failed', { reason: 'no map' })).toBe('That did not work: no map');
    for (const lang of ['vi', 'en'] as const) {
      expect(tShare(lang, 'shareImportNote').normalize('NFC')).toBe(tShare(lang, 'shareImportNote'));
      expect(tShareEntry(lang, 'openFullMap').length).toBeGreaterThan(0);
    }
  });
});
