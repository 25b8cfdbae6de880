// Page furniture, told by the element itself: images and captions, asides, share/newsletter/
// related/comment boxes and ad slots, recognised by tag, role, attributes and class tokens.
// Extraction leaves such elements out of the copy Readability reads (copyArticleScope), except
// one that holds the article's main prose, whatever its class (a WordPress body can be
// class="entry-content share-enabled"). Tests tags and attributes directly: selector matching
// is slow in jsdom.

const FURNITURE_TAGS = new Set(['figure', 'figcaption', 'picture', 'img', 'svg', 'video', 'audio', 'canvas', 'aside', 'nav', 'form', 'dialog', 'iframe', 'noscript', 'template', 'script', 'style', 'button']);
const FURNITURE_ROLES = new Set(['complementary', 'dialog', 'alertdialog']);

const FURNITURE_CLASS =
  /^(?:share|shares|sharing|share-?(?:bar|box|buttons|tools|links)|social|social-?(?:share|links|buttons)|newsletter|newsletter-?\w+|signup|sign-up|promo|related|related-?\w+|more-?stories|read-?more|recommended|you-may-like|most-?read|trending|outbrain|taboola|comments?|comment-?\w+|disqus|ad|ads|advert|advertisement|ad-?(?:slot|unit|container|wrapper|banner)|sponsored|video-?prompt|cookie|cookies|cookie-?\w+|consent|gdpr|paywall|breadcrumbs?|tags|post-tags)$/i;

/** True when `el` is furniture by its tag, role, attributes or class and id tokens. */
export function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.localName.toLowerCase())) return true;
  // Most elements of an article (paragraphs, links, emphasis) carry no attributes at all.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (el.hasAttribute('data-ad') || el.hasAttribute('data-ad-slot')) return true;
  if ((el.getAttribute('itemtype') ?? '').includes('schema.org/Comment')) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  return tokens.some((token) => token !== '' && (FURNITURE_CLASS.test(token) || token === 'adsbygoogle'));
}
