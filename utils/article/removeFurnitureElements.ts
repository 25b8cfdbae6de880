// Removes furniture elements from a CLONE of the page before Readability reads it: captions,
// asides, share/newsletter/related/comment boxes and ad slots, recognised by tag, role and class
// tokens. An element that holds the article's main prose is never removed, whatever its class
// (a WordPress body can be class="entry-content share-enabled").

const FURNITURE_SELECTOR = [
  'figcaption', 'aside', 'nav', 'form', 'dialog', 'iframe', 'noscript', 'template', 'script', 'style', 'button',
  '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[aria-hidden="true"]', '[hidden]',
  '[itemtype*="schema.org/Comment"]', '[data-ad]', '[data-ad-slot]', 'ins.adsbygoogle',
].join(', ');

const FURNITURE_CLASS =
  /^(?:share|shares|sharing|share-?(?:bar|box|buttons|tools|links)|social|social-?(?:share|links|buttons)|newsletter|newsletter-?\w+|signup|sign-up|promo|related|related-?\w+|more-?stories|read-?more|recommended|you-may-like|most-?read|trending|outbrain|taboola|comments?|comment-?\w+|disqus|ad|ads|advert|advertisement|ad-?(?:slot|unit|container|wrapper|banner)|sponsored|video-?prompt|cookie|cookies|cookie-?\w+|consent|gdpr|paywall|breadcrumbs?|tags|post-tags)$/i;

function isFurnitureByClass(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
  return tokens.some((token) => token && FURNITURE_CLASS.test(token));
}

/** Removes furniture from `doc` (which must be a clone), sparing `keep` and its ancestors. */
export function removeFurnitureElements(doc: Document, keep: Element | null): void {
  const body = doc.body;
  if (!body) return;
  const doomed: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (keep && el.contains(keep)) continue;
    if (el.matches(FURNITURE_SELECTOR) || isFurnitureByClass(el)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
