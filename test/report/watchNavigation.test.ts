// Noticing single-page navigations: address changes (not #fragments), popstate, only while visible.
import { describe, expect, it, vi } from 'vitest';
import { watchNavigation, type NavigationHost } from '../../utils/report/watchNavigation';

function host(href: string) {
  const listeners: Array<() => void> = [];
  let tick: (() => void) | null = null;
  const h: NavigationHost & { fire(): void; tick(): void } = {
    location: { href },
    document: { hidden: false },
    addEventListener: (_t, l) => listeners.push(l),
    removeEventListener: (_t, l) => listeners.splice(listeners.indexOf(l), 1),
    setInterval: (cb) => ((tick = cb), 1),
    clearInterval: () => (tick = null),
    fire: () => listeners.forEach((l) => l()),
    tick: () => tick?.(),
  };
  return h;
}

describe('watchNavigation', () => {
  it('reports a new address once, on the next check', () => {
    const h = host('https://news.example/a');
    const onChange = vi.fn();
    watchNavigation(h, onChange);
    h.tick();
    expect(onChange).not.toHaveBeenCalled();
    h.location.href = 'https://news.example/b';
    h.tick();
    h.tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://news.example/b');
  });

  it('ignores #fragment changes', () => {
    const h = host('https://news.example/a');
    const onChange = vi.fn();
    watchNavigation(h, onChange);
    h.location.href = 'https://news.example/a#comments';
    h.tick();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reacts to back/forward at once, and does not check while the tab is hidden', () => {
    const h = host('https://news.example/a');
    const onChange = vi.fn();
    watchNavigation(h, onChange);
    h.document.hidden = true;
    h.location.href = 'https://news.example/b';
    h.tick();
    expect(onChange).not.toHaveBeenCalled();
    h.fire();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops', () => {
    const h = host('https://news.example/a');
    const onChange = vi.fn();
    const stop = watchNavigation(h, onChange);
    stop();
    h.location.href = 'https://news.example/b';
    h.tick();
    h.fire();
    expect(onChange).not.toHaveBeenCalled();
  });
});
