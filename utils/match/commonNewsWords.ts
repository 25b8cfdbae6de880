// A background model of news vocabulary: words and names found in a large share of all news
// articles, whatever their story. Two articles that share them share the genre, not the event
// ("president", "officials", "Washington", "United States", "Trump": an unrelated article about
// US politics shares a dozen of these with any summit report). Story matching leaves them out
// when it counts shared subject words and names. Hand-kept (the project ships no third-party
// word lists); grouped so an addition has an obvious place. Folded (lower case, no accents).
const GROUPS = {
  // Titles and honorifics: they come with names but are not names.
  titles: `sir dame lord lady mr mrs ms miss dr prof president presidents vice minister ministers prime chancellor secretary
    general governor senator sen rep representative king queen prince princess pope ambassador envoy commissioner
    chief leader leaders mayor judge justice spokesman spokeswoman spokesperson chairman chairwoman director deputy`,
  // Calendar words: every dated article has them.
  calendar: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow`,
  // The countries, blocs and capitals most news mentions, and their adjectives.
  places: `us usa uk un eu america american americans united states kingdom britain british england english
    europe european europeans russia russian russians ukraine ukrainian ukrainians china chinese france french
    germany german germans india indian japan japanese canada canadian israel israeli iran iranian mexico mexican
    washington london moscow beijing kyiv new york white house west western east eastern north northern south southern
    world global international national federal state states city country countries region capital
    palace house hall street square building centre center hotel airport conference summit university college
    school hospital church park road avenue bridge river island district county province`,
  // Institutions and parties of everyday political news.
  institutions: `government governments administration congress senate parliament party parties republican republicans
    democrat democrats democratic conservative conservatives labour liberal court supreme department ministry office
    agency council committee commission police army military forces security defence defense intelligence nato`,
  // The names news carries every day, whatever the story.
  people: `trump donald biden joe obama barack clinton hillary bill putin vladimir xi jinping harris kamala`,
  // Reporting and everyday news verbs, nouns and adjectives.
  reporting: `said says say saying told tell tells added according reported report reports reporters reporter news
    statement statements interview asked announced announcement spoke speaking speech comments comment press
    media source sources official officials people person man woman men women public group groups members member`,
  everyday: `year years month months week weeks day days time times last next first second third new old former
    early late later recent recently during since ago long many much more most other another several some few
    make made making take took taking come came coming going get got give gave put see seen know think want need
    like well back way ways part place point end home work working plan plans issue issues case cases number
    percent million billion thousands hundreds lot high low big large small major top key important according
    including include includes included called call calls move moves told help support supported meeting meetings
    talks talk deal deals decision question questions problem problems need needs expected continue continued`,
  // Politics and world-affairs words every politics story shares.
  politics: `political politics policy policies power powers election elections vote votes voters campaign candidate
    candidates war peace crisis country leaders leadership economy economic money tax taxes budget law laws
    rights foreign domestic trade relations relationship allies ally countries nation nations issue`,
} as const;

export const COMMON_NEWS_WORDS: ReadonlySet<string> = new Set(
  Object.values(GROUPS)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean),
);
