// Removes furniture elements from a CLONE of the page before Readability reads it: captions,
// asides, share/newsletter/related/comment boxes and ad slots, recognised by tag, role,
// attributes and class tokens. An element that holds the article's main prose is never removed,
// whatever its class (a WordPress body can be class="entry-content share-enabled").
// Walks by sibling links and tests tags and attributes directly: selector matching and indexed
// NodeList access are slow in jsdom.

const FURNITURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'ASIDE', 'NAV', 'FORM', 'DIALOG', 'IFRAME', 'NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE', 'BUTTON']);
const FURNITURE_ROLES = new Set(['complementary', 'dialog', 'alertdialog']);

const FURNITURE_CLASS =
  /^(?:share|shares|sharing|share-?(?:bar|box|buttons|tools|links)|social|social-?(?:share|links|buttons)|newsletter|newsletter-?\w+|signup|sign-up|promo|related|related-?\w+|more-?stories|read-?more|recommended|you-may-like|most-?read|trending|outbrain|taboola|comments?|comment-?\w+|disqus|ad|ads|advert|advertisement|ad-?(?:slot|unit|container|wrapper|banner)|sponsored|video-?prompt|cookie|cookies|cookie-?\w+|consent|gdpr|paywall|breadcrumbs?|tags|post-tags)$/i;

function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot')) return true;
  if ((el.getAttribute('itemtype') ?? '').includes('schema.org/Comment')) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  return tokens.some((token) => token !== '' && (FURNITURE_CLASS.test(token) || token === 'adsbygoogle'));
}

/** Removes furniture from `doc` (which must be a clone), sparing `keep` and its ancestors. */
export function removeFurnitureElements(doc: Document, keep: Element | null): void {
  const body = doc.body;
  if (!body) return;
  const doomed: Element[] = [];
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const holdsMain = keep !== null && child.contains(keep);
      if (!holdsMain && isFurnitureElement(child)) doomed.push(child);
      else visit(child);
    }
  };
  visit(body);
  for (const el of doomed) el.remove();
}
