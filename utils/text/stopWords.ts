// English function words. Shingles or quotes made only of these carry no evidence of reuse
// ("in the coming days", "he said that"), so the matchers ignore them when looking for
// candidates and when deciding whether a short overlap is banal. Kept small on purpose:
// content words such as "more", "new" or "peace" must still count.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet if then than that this these those there here
  of in on at to for from by with without into onto over under about after before as
  is are was were be been being am do does did done doing have has had having
  will would shall should can could may might must
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  who whom whose which what when where why how
  not no also just very too all any each both either neither some such only own same
  said says say told added stated`
    .split(/\s+/)
    .filter(Boolean),
);
