import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../utils/article/toIsoDate';

describe('toIsoDate', () => {
  it.each([
    ['2025-02-17T19:32:00+00:00', '2025-02-17T19:32:00+00:00'],
    ['2025-02-17T19:32:00+0000', '2025-02-17T19:32:00+00:00'],
    ['2025-02-17T19:32:00Z', '2025-02-17T19:32:00Z'],
    ['2025-02-17T19:32:00.123Z', '2025-02-17T19:32:00.123Z'],
    ['2025-02-17 19:32', '2025-02-17T19:32:00'],
    ['2025-02-17', '2025-02-17'],
    ['17 February 2025', '2025-02-17'],
    ['Monday 17 February 2025', '2025-02-17'],
    ['17th Feb. 2025', '2025-02-17'],
    ['February 17, 2025', '2025-02-17'],
    ['Feb 17 2025', '2025-02-17'],
    ['  2025-02-18T06:00:00+01:00 ', '2025-02-18T06:00:00+01:00'],
  ])('%s -> %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it.each(['', 'yesterday', '2025-02-30', '2025-13-01T10:00:00Z', '2025-02-17T25:00:00Z', '31 February 2025', 'Smarch 3, 2025', '18.02.2025, 06:00 Uhr'])(
    'not a date it can vouch for: %s',
    (raw) => expect(toIsoDate(raw)).toBeNull(),
  );
  it('null and undefined give null', () => {
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });
});
