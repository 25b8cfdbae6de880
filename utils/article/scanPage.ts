// One walk over the page's body that collects everything detection's checks look at. In jsdom,
// and to a lesser degree in browsers, many querySelectorAll/closest calls with long selector
// lists cost far more than Readability's own reader check; a single pass with cheap tag and class
// tests keeps detection in the same league. Each check then reads plain fields.
import { textWeight } from './textWeight';
import { TEXTLESS_ELEMENTS } from './textlessElements';
import { readLooseText } from './readLooseText';

/**
 * A paragraph of 40+ weighted characters outside navigation, forms and asides: a <p>, or the
 * loose text of a <div> (readLooseText), which may hold several line-broken paragraphs.
 */
export interface ProseParagraph {
  el: Element;
  weight: number;
  /** How many paragraphs it holds (a <div> of line-broken text holds several); 1 when absent. */
  runs?: number;
}

/** What the walk found. */
export interface PageScan {
  paragraphs: ProseParagraph[];
  /** Links outside menus and footers whose text reads like a headline. */
  headlineLinks: number;
  hasPassword: boolean;
  filledSearchBox: boolean;
  /** Text of h1/h2 headings and status lines, for "results for …" wording. */
  statusText: string;
  /** Forum-like post containers, outermost only. */
  posts: Element[];
  hasBuyButton: boolean;
  hasPrice: boolean;
  citations: number;
  /** Text of h2/h3 headings. */
  subheadings: string[];
  hasToc: boolean;
  hasInfobox: boolean;
  hasEditLinks: boolean;
  articleElements: number;
  /** The first visible byline element's text, if any. */
  bylineText: string | null;
  /** The text of the page's first <h1> (outside scripts, templates and embeds), if any. */
  h1Text: string | null;
}

const MIN_PARAGRAPH = 40;
const MAX_DEPTH = 400;
const PROSE_SKIP_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
const POST_CLASS = /(?:^|\s)(?:post|message--post|forum-post|topic-post)(?:\s|$)/;
const BYLINE_CLASS = /(?:^|\s)(?:byline|author|author-name|article-byline)(?:\s|$)|byline/i;
const BUY = /\b(add to (cart|basket|bag|trolley)|buy now|in den warenkorb|ajouter au panier)\b/i;

function isPost(el: Element, cls: string): boolean {
  const itemtype = el.getAttribute('itemtype') ?? '';
  return (
    itemtype.includes('DiscussionForumPosting') ||
    itemtype.includes('schema.org/Comment') ||
    el.hasAttribute('data-post-id') ||
    el.hasAttribute('data-author') ||
    POST_CLASS.test(cls)
  );
}

/**
 * A <form> around the whole page's content (some site frameworks wrap every page in one) is
 * layout, not a form: the article inside it is still read. Known by the <article> or <main> it holds.
 */
function wrapsPage(el: Element, tag: string): boolean {
  return tag === 'FORM' && el.querySelector('article, main') !== null;
}

function linkWeightOf(el: Element): number {
  let total = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    total += child.localName === 'a' ? textWeight(child.textContent ?? '') : linkWeightOf(child);
  }
  return total;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    paragraphs: [], headlineLinks: 0, hasPassword: false, filledSearchBox: false, statusText: '', posts: [],
    hasBuyButton: false, hasPrice: false, citations: 0, subheadings: [], hasToc: false, hasInfobox: false,
    hasEditLinks: false, articleElements: 0, bylineText: null, h1Text: null,
  };
  const body = doc.body;
  if (!body) return scan;

  // proseSkip: inside nav/header/footer/aside/form; menu: inside nav/footer (links there are menus);
  // noByline: inside nav/footer/aside/comments; inPost: inside a post container.
  const visit = (el: Element, proseSkip: boolean, menu: boolean, noByline: boolean, inPost: boolean, depth: number): void => {
    const name = el.localName;
    if (TEXTLESS_ELEMENTS.has(name) || depth > MAX_DEPTH) return;
    const tag = name.toUpperCase();
    // Most elements (paragraphs, emphasis, plain links) carry no attributes: skip reading them.
    const bare = !el.hasAttributes();
    const cls = bare ? '' : (el.getAttribute('class') ?? '');
    const role = bare ? null : el.getAttribute('role');
    const id = bare ? '' : el.id;

    const navLike = tag === 'NAV' || role === 'navigation';
    const skipHere = proseSkip || (PROSE_SKIP_TAGS.has(tag) && !wrapsPage(el, tag)) || navLike || (!bare && el.getAttribute('aria-hidden') === 'true');
    const menuHere = menu || navLike || tag === 'FOOTER';
    const noBylineHere = noByline || navLike || tag === 'FOOTER' || tag === 'ASIDE' || /comment/i.test(cls);

    let postHere = inPost;
    if (!inPost && !bare && isPost(el, cls)) {
      scan.posts.push(el);
      postHere = true;
    }

    switch (tag) {
      case 'P': {
        if (!skipHere) {
          const weight = textWeight((el.textContent ?? '').trim());
          if (weight >= MIN_PARAGRAPH && linkWeightOf(el) <= weight * 0.5) scan.paragraphs.push({ el, weight });
        }
        break;
      }
      case 'DIV':
      case 'SECTION':
      case 'ARTICLE':
      case 'MAIN':
      case 'TD': {
        if (!skipHere) {
          const loose = readLooseText(el);
          if (loose) scan.paragraphs.push({ el, weight: loose.weight, runs: loose.runs });
        }
        if (tag === 'ARTICLE') scan.articleElements++;
        break;
      }
      case 'A': {
        if (!menuHere) {
          const text = (el.textContent ?? '').trim();
          const weight = textWeight(text);
          if (weight >= 25 && weight <= 220 && (text.split(/\s+/).length >= 4 || weight > text.length)) scan.headlineLinks++;
        }
        const href = el.getAttribute('href') ?? '';
        if (href.includes('action=edit')) scan.hasEditLinks = true;
        break;
      }
      case 'INPUT': {
        const type = (el.getAttribute('type') ?? '').toLowerCase();
        const name = el.getAttribute('name') ?? '';
        if (type === 'password') scan.hasPassword = true;
        if ((type === 'search' || ['q', 's', 'query'].includes(name)) && (el.getAttribute('value') ?? '').trim()) scan.filledSearchBox = true;
        if (type === 'submit' && BUY.test(el.getAttribute('value') ?? '')) scan.hasBuyButton = true;
        break;
      }
      case 'BUTTON':
        if (BUY.test(el.textContent ?? '')) scan.hasBuyButton = true;
        break;
      case 'H1': {
        const text = el.textContent ?? '';
        scan.statusText += ` ${text}`;
        scan.h1Text ??= text;
        break;
      }
      case 'H2':
      case 'H3': {
        const text = (el.textContent ?? '').trim();
        scan.subheadings.push(text);
        if (tag === 'H2') scan.statusText += ` ${text}`;
        break;
      }
      case 'SUP':
        if (/(?:^|\s)reference(?:\s|$)/.test(cls) || /^#(cite|fn)/.test(el.querySelector('a')?.getAttribute('href') ?? '')) scan.citations++;
        break;
      case 'TABLE':
        if (/(?:^|\s)infobox(?:\s|$)/.test(cls)) scan.hasInfobox = true;
        break;
    }
    if (!bare) readAttributes(el, cls, role, id, noBylineHere, scan);

    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      visit(child, skipHere, menuHere, noBylineHere, postHere, depth + 1);
    }
  };
  visit(body, false, false, false, false, 0);
  return scan;
}

/** What an element's attributes say: a status line, a price, a table of contents, an infobox, edit links, a byline. */
function readAttributes(el: Element, cls: string, role: string | null, id: string, noByline: boolean, scan: PageScan): void {
  if (role === 'status' || /results-count/.test(cls)) scan.statusText += ` ${el.textContent ?? ''}`;
  if (el.getAttribute('itemprop') === 'price' || /price/i.test(cls)) scan.hasPrice = true;
  if (id === 'toc' || /(?:^|\s)toc(?:\s|$)|vector-toc/.test(cls)) scan.hasToc = true;
  if (/(?:^|\s)infobox(?:\s|$)/.test(cls)) scan.hasInfobox = true;
  if (/mw-editsection/.test(cls)) scan.hasEditLinks = true;
  if (
    scan.bylineText === null &&
    !noByline &&
    (BYLINE_CLASS.test(cls) || (el.getAttribute('rel') ?? '').split(/\s+/).includes('author') || (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('author'))
  ) {
    const text = (el.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text && text.length <= 120) scan.bylineText = text;
  }
}
