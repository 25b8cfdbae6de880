// A shop page: a product with a price and an add-to-basket button; its reviews are prose, but
// not news. A review article declares itself an article and is kept.
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is a shop page for a product (price, basket, customer reviews), not a news article.';
const BUY = /\b(add to (cart|basket|bag|trolley)|buy now|in den warenkorb|ajouter au panier)\b/i;

export function shopPageReason({ doc, jsonLd, articleNode, meta }: PageFacts): string | null {
  if (articleNode) return null;
  if (meta.ogType === 'product' || meta.ogType === 'og:product') return REASON;
  if (jsonLd.some((node) => node.types.includes('Product') || node.types.includes('Offer'))) return REASON;
  const buttons = Array.from(doc.querySelectorAll('button, input[type="submit" i], a[role="button"]'));
  const canBuy = buttons.some((b) => BUY.test(b.textContent ?? '') || BUY.test(b.getAttribute('value') ?? ''));
  const price = doc.querySelector('[itemprop="price"], .price, [class*="price" i]');
  return canBuy && price ? REASON : null;
}
