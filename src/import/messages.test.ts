import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_CODE } from './limits.ts';
import { featureLabel, MessageLog } from './messages.ts';

describe('import message records', () => {
  it('labels a feature by its 1-based index and name, control characters removed, long names cut', () => {
    expect(featureLabel(2, '<img src=x onerror=alert(1)>\u0007 Lô\nB')).toBe('#2 “<img src=x onerror=alert(1)> Lô B”');
    expect(featureLabel(7, null)).toBe('#7');
    expect(featureLabel(7, ' \u0000 ')).toBe('#7');
    expect(featureLabel(1, 'x'.repeat(100))).toHaveLength(2 + 2 + 60 + 1);
  });

  it('keeps the first messages of a flooded code and counts the rest in one summary', () => {
    const log = new MessageLog();
    for (let i = 0; i < MAX_MESSAGES_PER_CODE + 7; i++) log.add('no-geometry', featureLabel(i + 1, null), 'skipped');
    log.add('z-dropped', null, 'dropped-z', { count: 3 });
    const out = log.finish();
    expect(out.filter((m) => m.code === 'no-geometry')).toHaveLength(MAX_MESSAGES_PER_CODE);
    expect(out.filter((m) => m.code === 'z-dropped')).toHaveLength(1);
    expect(out.filter((m) => m.code === 'more-messages')).toEqual([
      { code: 'more-messages', severity: 'info', feature: null, params: { count: 7, of: 'no-geometry' }, action: 'none' },
    ]);
  });
});
