// A sign-in page: a password field and no article text. News articles behind a paywall also
// carry a login form, so the form alone does not decide; the missing body text does.
import type { PageFacts } from '../readPageFacts';

export function loginPageReason({ scan, prose }: PageFacts): string | null {
  if (!scan.hasPassword) return null;
  if (prose.weight >= 600) return null;
  return 'This is a sign-in page: it asks for a password and has no article text.';
}
