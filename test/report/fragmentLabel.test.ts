// The tag a reader sees beside a quote embedded in the writer's own sentence.
import { describe, expect, it } from 'vitest';
import { fragmentLabel } from '../../utils/report/fragmentLabel';

describe('fragmentLabel', () => {
  it.each([
    ['do more', 'phrase'],
    ['take a leading responsibility, as we always have', 'partial quote'],
    ['US backstop', 'phrase'],
    ['a considerable cost', 'phrase'],
    ['a US security guarantee was the only way to effectively deter Russia from attacking Ukraine again', 'partial quote'],
    // Written without spaces: judged by length.
    ['時期尚早', 'phrase'],
    ['米国の安全保障がロシアの再攻撃を抑止する唯一の方法であり欧州だけではその保証を提供できないと述べた', 'partial quote'],
  ])('“%s” → %s', (text, label) => {
    expect(fragmentLabel(text)).toBe(label);
  });
});
