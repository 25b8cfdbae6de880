// A shop page: a product with a price and an add-to-basket button; its reviews are prose, but
// not news. A review article declares itself an article and is kept.
import type { PageFacts } from '../readPageFacts';

const REASON = 'This is a shop page for a product (price, basket, customer reviews), not a news article.';
export function shopPageReason({ jsonLd, articleNode, meta, scan }: PageFacts): string | null {
  if (articleNode) return null;
  if (meta.ogType === 'product' || meta.ogType === 'og:product') return REASON;
  if (jsonLd.some((node) => node.types.includes('Product') || node.types.includes('Offer'))) return REASON;
  return scan.hasBuyButton && scan.hasPrice ? REASON : null;
}
