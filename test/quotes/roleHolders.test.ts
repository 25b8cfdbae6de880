// "the president" resolved to the person the article gives that title (issue 16: a name the
// reader recognises). A title with a qualifier ("French President", "World Bank President") is
// another office: with two such holders and no bare one, the bare title names neither and the
// quote keeps the description.
import { describe } from 'vitest';
import { expectSpeakers } from './speakersOf';

describe('a bare title and titles with a qualifier', () => {
  expectSpeakers([
    [
      'two qualified presidents: "the president" is neither, and stays a description',
      'Lena Ortiz met World Bank President Tom Kell and French President Luc Marchand. The president said it was a “quiet sunset” for coal.',
      ['the president'],
    ],
    [
      'a bare holder wins over a qualified one named later',
      'President Dana Okafor met French President Luc Marchand. The president said it was a “quiet sunset” for coal.',
      ['Dana Okafor'],
    ],
    [
      'the title the article gives wins over the built-in roles of the corpus (Trump as president, 2025)',
      'President Barack Obama spoke at a town hall. He criticized Republican nominee Donald Trump by name. “This is an issue,” the president said.',
      ['Barack Obama'],
    ],
    [
      'one qualified holder alone is still "the president"',
      'French President Luc Marchand spoke in Paris. The president said it was a “quiet sunset” for coal.',
      ['Luc Marchand'],
    ],
  ]);
});
