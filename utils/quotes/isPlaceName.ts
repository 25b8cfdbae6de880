// Places that political reporting puts next to names ("a town hall in Columbus, Ohio, said",
// "former Pennsylvania Gov. Ed Rendell", "Trump’s Virginia state director"): a state, country or
// large city alone is never the person who spoke, so the rules read past it or give no speaker.
// Not the details stage's gazetteer (utils/details/gazetteer.ts): that table lives in the
// background bundle, not the content script's, and names countries that are also surnames
// (Jordan, Israel), which must stay speakers here.
import { foldText } from '../text/foldText';

const PLACES = new Set(
  (
    // US states and the District.
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|' +
    'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|' +
    'montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|' +
    'oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|' +
    'west virginia|wisconsin|wyoming|puerto rico|' +
    // State abbreviations as written after a town ("Albany, N.Y.").
    'n.y|n.j|n.h|n.c|n.d|n.m|s.c|s.d|r.i|w.va|d.c|calif|fla|mass|penn|conn|tenn|tex|ariz|colo|mich|minn|wis|' +
    // Countries and regions the news names most.
    'america|united states|britain|great britain|england|scotland|wales|ireland|france|germany|italy|spain|portugal|' +
    'russia|ukraine|poland|china|japan|india|pakistan|afghanistan|iran|iraq|syria|egypt|turkey|mexico|canada|' +
    'cuba|venezuela|brazil|argentina|colombia|australia|north korea|south korea|saudi arabia|libya|yemen|europe|asia|africa|' +
    // Large cities that stand for places, not people (not those that are also surnames: Paris,
    // Houston, Cleveland, Israel).
    'chicago|los angeles|san francisco|boston|philadelphia|detroit|miami|atlanta|seattle|las vegas|new orleans|' +
    'baltimore|pittsburgh|des moines|london|berlin|' +
    'moscow|beijing|tokyo|brussels|kiev|kyiv|jerusalem|baghdad|tehran'
  ).split('|'),
);

/** Whether the name's words are only a place: "Ohio", "New Hampshire", "N.Y.". */
export function isPlaceName(name: readonly string[]): boolean {
  const key = foldText(name.join(' ')).replace(/['’]s$/u, '').replace(/\.$/u, '');
  return PLACES.has(key);
}
