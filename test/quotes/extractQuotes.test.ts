// What a reader sees from quote extraction: which words count as a quotation, with which marks,
// across paragraphs, and that page furniture is left out.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../utils/quotes/extractQuotes';

const texts = (text: string): string[] => extractQuotes(text).map((q) => q.text);

describe('extractQuotes: quote marks', () => {
  it.each([
    ['curly double', 'He said “we are ready” today.', ['we are ready']],
    ['straight double', 'He said "we are ready" today.', ['we are ready']],
    ['curly single', 'He said ‘we are ready’ today.', ['we are ready']],
    ['straight single', "He called it a US 'backstop' yesterday.", ['backstop']],
    ['German low-high', 'Er sagte „wir sind bereit“ heute.', ['wir sind bereit']],
    ['Polish low-high', 'Powiedział „jesteśmy gotowi” dziś.', ['jesteśmy gotowi']],
    ['French guillemets with inner spaces', 'Il a dit : « nous sommes prêts » hier.', ['nous sommes prêts']],
    ['French guillemets with no-break spaces', 'Il a dit\u00a0: «\u00a0nous sommes prêts\u00a0» hier.', ['nous sommes prêts']],
    ['guillemets without spaces', 'Er sagte «wir sind bereit» heute.', ['wir sind bereit']],
    ['reversed guillemets', 'Er sagte »wir sind bereit« heute.', ['wir sind bereit']],
    ['single guillemets', 'Il a dit ‹ oui › hier.', ['oui']],
    ['corner brackets', '首相は「平和を支持する」と述べた。', ['平和を支持する']],
    ['white corner brackets', '彼は『はい』と言った。', ['はい']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('extractQuotes: apostrophes are not quote marks', () => {
  it.each([
    ['possessive and contraction', 'It is vital for Britain’s interests, and I’m sure of it.', []],
    ['decade', 'Since the ’90s, Poland’s army has grown.', []],
    ['rock ’n’ roll', 'It was rock ’n’ roll all night.', []],
    ['straight apostrophes', "Trump's team said Poland's role isn't clear.", []],
    ['plural possessive with nothing open', 'The leaders’ statement was short.', []],
    ['apostrophes inside a quote', '“Britain’s role in the ’90s was rock ’n’ roll,” he said.', ['Britain’s role in the ’90s was rock ’n’ roll,']],
    ['apostrophe inside single quotes', '‘The prime minister isn’t going to say,’ the spokesman added.', ['The prime minister isn’t going to say,']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('extractQuotes: misused marks', () => {
  it.each([
    ['right single mark used to open', 'Starmer wants a US ’backstop’ in place.', ['backstop']],
    ['left double mark used to close', 'Starmer wants a US “backstop“ in place.', ['backstop']],
    ['left single mark used to close', 'Starmer wants a US ‘backstop‘ in place.', ['backstop']],
    ['elision is not an opening mark', 'They’ll see ’em soon, ’cause it’s time.', []],
    ['left double mark with a stray space after it', 'As the paper reported, “ … if the vote were held tonight, he would win.” Polls agree.', ['… if the vote were held tonight, he would win.']],
    ['left double mark and a space before a word', 'He shrugged: “ you know, it happens.” Then he left.', ['you know, it happens.']],
    ['a quote opening straight after another closes, the space lost', '“Crime is down.”“Your figures are wrong,” the mayor wrote.', ['Crime is down.', 'Your figures are wrong,']],
    ['left double mark closing after a comma, then a space', '“We can win this state,“ said the organiser. Then he left.', ['We can win this state,']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('extractQuotes: structure', () => {
  it('keeps a nested quote inside the outer one', () => {
    expect(texts('He declared, “When people say ‘boots on the ground’, they mean troops.”')).toEqual([
      'When people say ‘boots on the ground’, they mean troops.',
    ]);
  });

  it('splits a quote opened again before the first closed (corpus 004)', () => {
    const text = 'Sir Keir stated, “Europe must play its role. “But there must be a US backstop.” His remarks followed.';
    expect(texts(text)).toEqual(['Europe must play its role.', 'But there must be a US backstop.']);
  });

  it('splits a straight quote opened again before the first closed', () => {
    expect(texts('She said: "We must act now. "There is no other way."')).toEqual(['We must act now.', 'There is no other way.']);
  });

  it.each([
    ['blank lines', '\n\n'],
    ['single newlines', '\n'],
  ])('follows a multi-paragraph quote over %s, one quote per paragraph', (_name, sep) => {
    const text = ['Sir Keir Starmer spoke in Paris.', 'Sir Keir said: “Europe must play its role.', '“So I will go to Washington next week.”', 'The talks ended.'].join(sep);
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['Europe must play its role.', 'So I will go to Washington next week.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Keir Starmer', 'Keir Starmer']);
  });

  it('bounds a quote whose closing mark is lost at the end of its paragraph', () => {
    const text = 'The minister said the plan was “unworkable.\n\nTalks resume next week, officials said. It is “final”.';
    expect(texts(text)).toEqual(['unworkable.', 'final']);
  });

  it('ignores stray closing marks and empty quotes', () => {
    expect(texts('A stray ” mark and “ ” nothing, then “yes” at last.')).toEqual(['yes']);
  });

  it('gives ids in reading order and offsets whose slice is the quote', () => {
    const text = 'It is a “new era”, he said, in which nations cannot “cling to the past”.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('extractQuotes: fragments', () => {
  it.each([
    ['scare quote', 'Starmer demands US provide ‘backstop’ to deter Russia', true],
    ['noun phrase inside the sentence', 'A “US security guarantee” is the only path to peace, Sir Keir Starmer has said.', true],
    ['clause after "that"', 'He said that “democracy must prevail” in the end.', true],
    ['sentence after a colon', 'Sir Keir said: “Europe must play its role.”', false],
    ['sentence after a comma', 'He stated, "Europe must play its role."', false],
    ['sentence opening the paragraph', '“It is an existential question,” he added.', false],
    ['sentence straight after "said"', 'Tusk said “Europe must arm itself” before leaving.', false],
  ])('%s', (_name, text, fragment) => {
    expect(extractQuotes(text)[0]?.fragment).toBe(fragment);
  });

  it('treats the second part of an interrupted quote as part of the full quote', () => {
    const quotes = extractQuotes('“Europe must play its role,” he said, “but there must be a US backstop.”');
    expect(quotes.map((q) => q.fragment)).toEqual([false, false]);
  });
});

describe('extractQuotes: page furniture', () => {
  it('skips headlines listed under "Read more:" (single newlines, as in corpus 002)', () => {
    const text = 'Sir Keir said it was “vital”.\nRead more:\nPope stable in hospital and ‘asks for prayers’\nIsrael says it will act\nUS President Donald Trump has said “no”.';
    expect(texts(text)).toEqual(['vital', 'no']);
  });

  it('skips headlines listed under "Read more:" (blank lines, as in corpus 000)', () => {
    const text = 'Read more:\nPope stable in hospital and ‘asks for prayers’\nIsrael says it will act\n\nThe PM called it “vital”.';
    expect(texts(text)).toEqual(['vital']);
  });

  it('skips a "Follow live:" link line', () => {
    expect(texts('Follow live: Russia ‘ready for talks’\nHe said “no”.')).toEqual(['no']);
  });
});
