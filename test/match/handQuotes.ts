// The corpus quotes, labelled by hand from reading corpus/*.txt (who says each, from the
// text's own cues: "Sir Keir said", "he added", "Scholz … dismissed such discussions as").
// Independent of the quote stage, so the matcher is tested on known-right input.
import type { Quote } from '../../utils/types';
import type { CorpusSource } from '../../utils/corpus/buildIndex';

const STARMER = 'Keir Starmer';
/** docId → key → [exact text as in the file, speaker]. */
export const HAND_QUOTES: Record<string, Record<string, [string, string]>> = {
  '000': {
    guarantee: ['US security guarantee', STARMER],
    backstop: ['US backstop', STARMER],
    deter: ['only way to effectively deter Russia from attacking Ukraine again', STARMER],
    existential: ['It is an existential question for Europe as a whole, and therefore vital for Britain’s national interests,', STARMER],
    generation: ['This is a once in a generation moment for the collective security of our continent.', STARMER],
    newEra: ['new era', STARMER],
    cling: ['cling hopelessly to the comforts of the past', STARMER],
    sovereignty: ['safeguard its sovereignty', STARMER],
    aggression: ['further aggression in the future', STARMER],
    playRole: ['Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement.', STARMER],
    washington: ['So I will go to Washington next week to meet President Trump and discuss what we see as the key elements of a lasting peace.', STARMER],
    nato: ['clear the US is not going to leave NATO', STARMER],
    doMore: ['But we Europeans will have to do more. The issue of burden sharing is not new, but it is now pressing and Europeans will have to step up, both in terms of spending and the capabilities that we provide.', STARMER],
    zelenskyy: ['I spoke to President Zelenskyy on Friday. I will do so again in the coming days. And we envisage further [engagement] with European colleagues when I return from the US.', STARMER],
    leading: ['take a leading responsibility, as we always have', STARMER],
    democracy: ['democracy must prevail', STARMER],
    lastingPeace: ['lasting peace', STARMER],
  },
  '001': {
    backstop: ['US backstop', STARMER],
    wasOnlyWay: ['a US security guarantee was the only way to effectively deter Russia', STARMER],
    keyElements: ['key elements', STARMER],
    premature: ['completely premature.', 'Olaf Scholz'],
    doMore: ['do more', STARMER],
    generational: ['generational', STARMER],
    justSpoken: ['just spoken', 'Emmanuel Macron'],
    workTogether: ['We will work on this together with all Europeans, Americans, and Ukrainians. This is the key,', 'Emmanuel Macron'],
    continue: ['will continue these discussions in the coming days.', 'Emmanuel Macron'],
    unrealistic: ['unrealistic', 'Pete Hegseth'],
    irreversible: ['irreversible', STARMER],
    nato: ['not going to leave NATO', STARMER],
    responsibility: ['time to take responsibility for our security, our continent.', STARMER],
    newStage: ['new stage', 'Donald Tusk'],
    ability: ['a much greater ability for Europe to defend itself.', 'Donald Tusk'],
  },
  '003': {
    long: ['Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement, but there must be a US backstop, because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.', STARMER],
    premature: ['premature', 'Olaf Scholz'],
    existential: ['existential question', STARMER],
  },
  '004': {
    backstop: ['backstop', STARMER],
    playRole: ['Europe must play its role, and I’m prepared to consider committing British forces on the ground alongside others if there is a lasting peace agreement.', STARMER],
    mustBe: ['But there must be a US backstop because a US security guarantee is the only way to effectively deter Russia from attacking Ukraine again.', STARMER],
    existential: ['existential question', STARMER],
    moot: ['The whole discussion is moot without both Germany and Poland’s participation,', 'a diplomatic source'],
    nobody: ['Nobody is currently considering sending troops to Ukraine. Firstly, because peace is still very far away and for one reason only: Vladimir Putin.', 'José Manuel Albares'],
    needMore: ['I think that we need to do more. We need to step up in terms of our collective response in Europe, and by that I mean capability. By that, I mean playing our full part when it comes to the defense of the sovereignty of Ukraine if there’s a peace agreement, and, of course, when it comes to funding and training.', STARMER],
    fronts: ['So, on all those fronts, I want the UK and all European allies to step up, and for the UK to play a leading part in that.', STARMER],
    cost: ['a considerable cost', 'Richard Dannatt'],
  },
};
// 002 is the same Sky News report as 000, without the furniture: the same quotes.
HAND_QUOTES['002'] = HAND_QUOTES['000']!;

/** The hand-labelled quotes of one corpus text, with offsets into it; ids are the keys. */
export function handQuotes(docId: string, text: string): Quote[] {
  return Object.entries(HAND_QUOTES[docId] ?? {})
    .map(([key, [quoted, speaker]]) => {
      const start = text.indexOf(quoted);
      if (start < 0) throw new Error(`hand quote ${docId}:${key} is not in the text`);
      const words = quoted.split(/\s+/).length;
      return { id: key, text: quoted, speaker, start, end: start + quoted.length, fragment: words < 5 };
    })
    .sort((a, b) => a.start - b.start);
}

/** A quote finder for buildIndex that returns the hand-labelled quotes of whichever corpus text it is given. */
export function handQuoteFinder(sources: CorpusSource[]): (text: string) => Quote[] {
  return (text) => {
    const source = sources.find((s) => s.text === text);
    return source ? handQuotes(source.meta.docId, text) : [];
  };
}
