// Readability's reader check (isProbablyReaderable) scores <p>, <pre>, <article> and the <div>s
// that hold a <br> directly: each node of enough text adds the square root of its length past a
// minimum, and the page reads as an article once the sum passes a score. A body written as loose
// text in <div>s (a blog editor's <div><span>paragraph</span></div>, one per paragraph, the line
// break inside the span) is never looked at, so a short post whose every paragraph is such a
// <div> was vetoed though it is as continuous as any. This applies the same score to the
// loose-text paragraphs of the page's main prose, and only those: the dominant block of text,
// not stray widget text elsewhere on the page.
import type { MainProse } from './findMainProse';
import type { ProseParagraph } from './scanPage';
import { isShownElement } from './isShownElement';

export function looseProseReadable(
  paragraphs: readonly ProseParagraph[],
  prose: MainProse,
  minContentLength: number,
  minScore: number,
): boolean {
  const main = prose.container;
  if (!main) return false;
  let score = 0;
  for (const { el } of paragraphs) {
    // <p> elements were scored by Readability already.
    if (el.localName === 'p' || !main.contains(el) || !isShownElement(el)) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < minContentLength) continue;
    score += Math.sqrt(length - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}
