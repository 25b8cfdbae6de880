// Each detector on the corpus texts, checked against what the texts say.
import { describe, expect, it } from 'vitest';
import { bodySentences } from '../../utils/details/bodySentences';
import { findAttendees } from '../../utils/details/findAttendees';
import { findClaims } from '../../utils/details/findClaims';
import { findCounts } from '../../utils/details/findCounts';
import { findDatedFacts } from '../../utils/details/findDatedFacts';
import { findPeople } from '../../utils/details/findPeople';
import { corpusDoc } from './corpusOutlets';

const sentencesOf = (docId: string): string[] => bodySentences(corpusDoc(docId).text);

describe('findPeople on the corpus', () => {
  it.each([
    ['000', ['keir-starmer', 'vladimir-putin', 'mark-rutte', 'donald-trump', 'volodymyr-zelenskyy', 'adam-parsons']],
    ['001', ['keir-starmer', 'olaf-scholz', 'donald-trump', 'mark-rutte', 'volodymyr-zelenskyy', 'emmanuel-macron', 'pete-hegseth', 'donald-tusk']],
    ['002', ['keir-starmer', 'vladimir-putin', 'mark-rutte', 'donald-trump', 'volodymyr-zelenskyy', 'adam-parsons']],
    ['003', ['keir-starmer', 'donald-trump', 'olaf-scholz', 'volodymyr-zelenskyy', 'marco-rubio']],
    ['004', ['keir-starmer', 'emmanuel-macron', 'jose-manuel-albares', 'vladimir-putin', 'richard-dannatt']],
  ])('%s names exactly these people', (docId, ids) => {
    expect([...findPeople(sentencesOf(docId)).keys()].sort()).toEqual([...ids].sort());
  });

  it('finds nobody in 000’s furniture: not the caption’s Macron, not the unrelated headlines’ people', () => {
    const ids = [...findPeople(sentencesOf('000')).keys()];
    expect(ids).not.toContain('emmanuel-macron');
    expect(ids.filter((id) => id.startsWith('p:'))).toEqual([]);
  });

  it('records each outlet’s spelling of Zelenskyy’s name', () => {
    expect(findPeople(sentencesOf('002')).get('volodymyr-zelenskyy')?.spellings).toEqual(['Zelenskyy']);
    expect(findPeople(sentencesOf('003')).get('volodymyr-zelenskyy')?.spellings).toEqual(['Zelensky']);
  });

  it.each([
    ['Ukraine’s foreign minister, Andrii Sybiha, said the talks could not succeed.', 'p:sybiha', 'Andrii Sybiha'],
    ['Defence analyst Jane Hartley warned of a long war.', 'p:hartley', 'Jane Hartley'],
    ['Finnish President Alexander Stubb said Europe must act.', 'p:stubb', 'Alexander Stubb'],
    ['Maria Lopez said the meeting was useful.', 'p:lopez', 'Maria Lopez'],
  ])('recognises people the table does not know: %s', (sentence, id, name) => {
    expect(findPeople([sentence]).get(id)?.name).toBe(name);
  });

  it.each([
    'The European Council met in Brussels on Thursday.',
    'Saudi Arabia hosted the talks.',
    'The Prime Minister emphasizes the necessity of US support.',
    'On Tuesday the Elysee Palace was closed.',
    'Sky News said the talks had ended.',
    'The Foreign Office said it was monitoring events.',
    'Defence Ministry officials told reporters little.',
    'Downing Street said the prime minister would travel on Tuesday.',
  ])('takes no place, body or day for a person: %s', (sentence) => {
    expect([...findPeople([sentence]).keys()]).toEqual([]);
  });
});

describe('findAttendees on the corpus', () => {
  it.each([
    ['000', ['France', 'Germany', 'Italy', 'Poland', 'Spain', 'Netherlands', 'Denmark', 'European Union', 'Mark Rutte'], false],
    ['001', ['France', 'Germany', 'Italy', 'Spain', 'Netherlands', 'President of the European Council', 'Mark Rutte'], false],
    ['003', ['Germany', 'Italy', 'Poland', 'Spain', 'Netherlands'], true],
    ['004', ['Germany', 'Italy', 'Poland', 'Spain', 'Netherlands', 'Denmark'], true],
  ])('%s', (docId, members, openEnded) => {
    expect(findAttendees(sentencesOf(docId))).toMatchObject({ members, openEnded });
  });

  it('does not take "echoed by leaders from Hungary, Slovakia, and other countries" for who attended', () => {
    const sentence = 'This sentiment was echoed by leaders from Hungary, Slovakia, and other countries with close Kremlin ties, who remain cautious about any direct military involvement.';
    expect(findAttendees([sentence])).toBeNull();
  });
});

describe('findDatedFacts on the corpus', () => {
  it.each([
    ['000', { 'paris-meeting': null, 'washington-visit': 'next week', 'zelenskyy-call': 'Friday', 'saudi-talks': null }],
    ['001', { 'paris-meeting': null, 'washington-visit': 'next week', 'saudi-talks': 'Tuesday', 'macron-call': 'the early hours of Tuesday', 'crimea-annexed': '2014' }],
    ['003', { 'paris-meeting': null, 'washington-visit': 'next week', 'saudi-talks': null }],
    ['004', { 'paris-meeting': null }],
  ])('%s', (docId, facts) => {
    const found = Object.fromEntries([...findDatedFacts(sentencesOf(docId))].map(([id, fact]) => [id, fact.value]));
    expect(found).toEqual(facts);
  });
});

describe('findClaims on the corpus', () => {
  it.each([
    ['000', ['us-europe-not-primary']],
    ['001', ['backstop-contents']],
    ['002', ['us-europe-not-primary']],
    ['003', []],
    ['004', ['poland-rules-out-troops']],
  ])('%s', (docId, claims) => {
    expect([...findClaims(sentencesOf(docId)).keys()]).toEqual(claims);
  });

  it('does not take Hegseth’s "primary responsibility" remark for Trump’s "no longer primary concern"', () => {
    expect(findClaims(['Additionally, he remarked that Europe would need to assume primary responsibility for its own security in the future.']).size).toBe(0);
  });
});

describe('findCounts', () => {
  it('finds no count in the corpus bodies (the "four hostages" headline is furniture)', () => {
    for (const docId of ['000', '001', '002', '003', '004']) expect(findCounts(sentencesOf(docId))).toEqual([]);
  });

  it.each([
    ['Britain could send 30,000 troops.', 'troop', 30000],
    ['Twenty-five countries signed.', 'country', 25],
    ['The talks lasted three hours.', 'hour', 3],
    ['A dozen leaders met.', 'leader', 12],
  ])('%s', (sentence, noun, value) => {
    expect(findCounts([sentence])).toMatchObject([{ noun, value }]);
  });

  it.each(['In 2014 Russia annexed Crimea.', 'for one reason only: Vladimir Putin.', 'two per cent of national income'])('counts nothing in: %s', (sentence) => {
    expect(findCounts([sentence])).toEqual([]);
  });
});
