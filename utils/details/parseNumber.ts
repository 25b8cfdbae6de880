// "twenty-five", "1,200", "3.5 million", "a dozen" -> the number, so counts written in words and
// in figures compare equal; null for anything else.
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  a: 1, an: 1, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };

export function parseNumber(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').replace(/\band\b/g, ' ').trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  let total = 0;
  let current: number | null = null;
  let afterTens = false;
  let afterHundred = false;
  for (const word of words) {
    const unit = UNITS[word];
    const tens = TENS[word];
    const scale = SCALES[word];
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(word)) {
      if (current !== null) return null;
      current = Number(word.replace(/,/g, ''));
    } else if (word === 'dozen') {
      current = (current ?? 1) * 12;
    } else if (unit !== undefined) {
      // "twenty five" adds; "five six" is not a number.
      if (current !== null && !((afterTens || afterHundred) && unit >= 1 && unit <= 19 && word !== 'a' && word !== 'an')) return null;
      current = (current ?? 0) + unit;
    } else if (tens !== undefined) {
      if (current !== null && !afterHundred) return null;
      current = (current ?? 0) + tens;
      afterTens = true;
      afterHundred = false;
      continue;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current ?? 1) * 100;
      else {
        total += (current ?? 1) * scale;
        current = null;
      }
    } else return null;
    afterTens = false;
    afterHundred = scale === 100;
  }
  // "a" or "an" alone is an article, not the number one.
  if (words.length === 1 && (words[0] === 'a' || words[0] === 'an')) return null;
  return total + (current ?? 0);
}
