// Content words too common in quoted speech to identify a remark on their own. A fragment
// made only of these ("in the coming days", "next week", "going forward") is banal: it
// matches nothing, whoever said it.
export const BANAL_WORDS: ReadonlySet<string> = new Set(
  `coming days weeks months years week month year today tomorrow yesterday time times next last
  way ways thing things people lot going get got make made take took come came put see saw
  know think want need like well really still even now back forward many much every other`
    .split(/\s+/)
    .filter(Boolean),
);
