// Rules for one line of text (a block of a page's body, a line of a text) that is page furniture,
// not the article: captions and photo
// credits, "Follow live:"/"Analysis:" teasers for other stories, video-player prompts, share and
// newsletter boxes, comment counts, advertisement slots. Each rule is a named pattern so tests
// can table them. The patterns are anchored to whole short lines: a real paragraph that merely
// mentions a newsletter or a photo must never match. The lines around a line are read by
// findFurnitureLines, which every stage (article, quotes, details) uses.

// A line with no tab, line break, double space or space at either end is squashed already. Most
// are (blocks come squashed from readBlocks), and the rules squash every line they test: the
// check is one scan without building a new string.
const NEEDS_SQUASH = /[\t\n\r\f]| {2}|^\s|\s$/;

/** Collapses whitespace the way a page renders it; non-breaking spaces are kept. */
export const squash = (text: string): string => (NEEDS_SQUASH.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ').trim() : text);

/** Ends like a sentence: . ! or … (question marks are common in headlines, so they do not count). */
export const endsLikeSentence = (text: string): boolean => /[.!…:;。！][\s"'’”»)\]]*$/.test(text);

/** A short line that reads as a headline: no sentence ending, under 160 characters. */
export function isHeadlineLike(text: string): boolean {
  const line = squash(text);
  return line.length > 0 && line.length <= 160 && !endsLikeSentence(line);
}

const CREDIT_WORDS = '(?:Pic|Pics|Picture|Photo|Photos|Photograph|Image|Images|Credit|Credits|Photo credit|Foto|Bild|Crédit photo|Illustration)';
const AGENCIES = '(?:Getty Images|AFP|Reuters|AP Photo|AP|PA Wire|PA Media|PA|EPA-EFE|EPA|Shutterstock|Alamy|Flickr|Bloomberg|Anadolu)';

// Compiled once: every block of every page is tested against them.
const CAPTION_LABEL = new RegExp(`^${CREDIT_WORDS}\\s*:?$`, 'i');
const CAPTION_CREDIT = new RegExp(`(?:^|[\\s.:;,(])${CREDIT_WORDS}\\s*:\\s*\\S.{0,90}$`, 'i');
const AGENCY_AT_END = new RegExp(`${AGENCIES}\\)?\\.?$`);
const CREDIT_MARK = new RegExp(`\\b${CREDIT_WORDS}\\b|\\bvia\\b|©`, 'i');

// A label and the other story's headline after it. The quote stage's link labels were merged in
// (explained, recommended, trending, most read, …): one list for every stage.
const TEASER =
  /^(follow live|live|live updates|live blog|analysis|explainer|explained|opinion|comment|watch|listen|video|podcast|latest|breaking|read more|read also|also read|related|related (?:stories|articles|topics)|more on this story|more|see also|read|recommended|trending|most read|articles you may like|you may also like)\s*:\s*\S/i;

/** "Follow live: Russia gives more details…": a label and another story's headline. */
function isTeaser(text: string): boolean {
  const line = squash(text);
  return TEASER.test(line) && isHeadlineLike(line);
}

/** Named furniture rules: each a test on one squashed line. */
export const FURNITURE_RULES: ReadonlyArray<{ name: string; test: (line: string) => boolean }> = [
  { name: 'caption label alone', test: (l) => CAPTION_LABEL.test(l) },
  // "European leaders at the summit. Pic: Number 10/Flickr", "Image: Keir Starmer in Paris"
  { name: 'caption with credit', test: (l) => l.length <= 300 && CAPTION_CREDIT.test(l) },
  {
    name: 'agency photo credit',
    test: (l) =>
      l.length <= 220 &&
      AGENCY_AT_END.test(l) &&
      (/\//.test(l) || CREDIT_MARK.test(l)),
  },
  { name: 'copyright line', test: (l) => l.length <= 120 && /^(©|\(c\)|copyright\b)/i.test(l) },
  {
    name: 'advertisement slot',
    test: (l) =>
      /^(advertisement|advertisment|advert|ad|ads|sponsored|sponsored content|promoted|promoted content|paid content|anzeige|werbung|publicité|publicidad|advertisement\s*[-–—]\s*scroll to continue(?: with content)?|story continues below(?: this)? advertisement|article continues below(?: this)? advert(?:isement)?|continue reading (?:the main story|below))$/i.test(l),
  },
  { name: 'video prompt', test: (l) => /^please use (?:the )?chrome browser for a more accessible video player$/i.test(l) || /^(?:this video|the video) (?:can ?not|cannot|can't) be played/i.test(l) },
  {
    // "Follow live: Russia gives more details…", "Analysis: Sombre Starmer confronts…"
    name: 'other-story teaser',
    test: isTeaser,
  },
  {
    name: 'share prompt',
    test: (l) => /^(share|share this|share this (?:article|story|page|post)|share (?:on|via) \w+( \w+)?|tweet|email|e-mail|copy link|print|save|whatsapp|facebook|twitter|linkedin|x)$/i.test(l),
  },
  {
    name: 'newsletter box',
    test: (l) =>
      l.length <= 220 &&
      /^(sign up|subscribe|get (?:our|the)|join (?:our|the)|register for|enter your email|want (?:more|the latest)|never miss)\b/i.test(l) &&
      /\b(newsletter|briefing|bulletin|alerts?|inbox|email|updates|subscribe)\b/i.test(l),
  },
  { name: 'newsletter legal line', test: (l) => l.length <= 220 && /\b(privacy notice|privacy policy)\b/i.test(l) && /\b(sign(?:ing)? up|subscri|newsletter)/i.test(l) },
  { name: 'follow us', test: (l) => l.length <= 160 && /^follow (?:us|[\w ]{1,30}) on (?:x|twitter|facebook|instagram|tiktok|whatsapp|threads|google news|bluesky)\b/i.test(l) },
  { name: 'navigation line', test: (l) => l.length <= 200 && /(?:^|[.!?] )(?:back to (?:top|index|home|homepage|the top|contents)|return to (?:top|index|home|homepage))\.?$/i.test(l) },
  {
    name: 'comments box',
    test: (l) => /^(\d+\s+)?comments?(\s*\(\d+\))?$|^(show|view|load|hide|read) (all )?(\d+ )?comments$|^(join|start) the (conversation|discussion)$|^leave a (comment|reply)$|^comments are (closed|now closed)\.?$/i.test(l),
  },
];

/** True when the line is furniture by one of the single-line rules. */
export function isFurniture(text: string): boolean {
  const line = squash(text);
  if (!line) return true;
  return FURNITURE_RULES.some((rule) => rule.test(line));
}

/** A label that introduces a list of other stories' headlines ("Read more:", "Articles You May Like"). */
export function isListLabel(text: string): boolean {
  const line = squash(text).replace(/[:：]$/, '').trim();
  // The teaser labels alone ("Watch", "Analysis:") introduce their story's headline on the next line.
  return /^(read more|read also|also read|more on this story|more on this|more|see also|follow live|live|watch|listen|analysis|explained|opinion|related|related (?:articles|stories|content|coverage|news|posts|topics|reading)|more (?:stories|from [\w .'’-]{1,40}|news|like this)|articles you may like|you may (?:also )?like|you might (?:also )?like|recommended(?: for you| stories| reading)?|most read|most popular|trending(?: now)?|top stories|don'?t miss|what to read next|read next|editor'?s picks|in other news|mehr zum thema|lire aussi|à lire aussi|sur le même sujet|関連記事|اقرأ أيضا)$/i.test(line);
}

/** The video-player prompt, after which the player's title line follows. */
export function isVideoPrompt(text: string): boolean {
  return /^please use (?:the )?chrome browser for a more accessible video player$/i.test(squash(text));
}
