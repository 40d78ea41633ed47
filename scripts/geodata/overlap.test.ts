/** The copy check on tiny made-up texts (never the seed articles). */
import { describe, expect, it } from 'vitest';
import { findOverlaps, formatOverlaps, sharedRuns, words } from './overlap.ts';

const ARTICLE =
  'On Monday the river council said that “the old bridge will close for repairs in spring”, officials added.';

describe('words', () => {
  it('drops case, punctuation and curly quotes', () => {
    const expected = ['the', 'council', 's', 'bridge', 'closed', 'again'];
    expect(words('The Council’s “Bridge” — CLOSED, again!')).toEqual(expected);
    expect(words("council's")).toEqual(words('Council’s'));
    expect(words('Kandahār')).toEqual(['kandahar']);
  });
});

describe('sharedRuns', () => {
  it('lets 7 shared words pass', () => {
    expect(sharedRuns('We heard the old bridge will close for repairs soon.', ARTICLE)).toEqual([]);
  });
  it('catches 8 shared words', () => {
    expect(sharedRuns('We heard the old bridge will close for repairs in autumn.', ARTICLE)).toEqual([
      'the old bridge will close for repairs in',
    ]);
  });
  it('ignores case, punctuation and quotes when matching', () => {
    const ours = 'THE RIVER COUNCIL SAID THAT: ‘the old Bridge’, will close!';
    expect(sharedRuns(ours, ARTICLE)).toEqual(['the river council said that the old bridge will close']);
  });
  it('reports one maximal run, not every 8-word window inside it', () => {
    const ours = 'the river council said that the old bridge will close for repairs in spring';
    expect(sharedRuns(ours, ARTICLE)).toEqual([ours]);
  });
  it('finds two separate runs', () => {
    const ours =
      'On Monday the river council said that the mayor agreed; ' +
      'the old bridge will close for repairs in spring.';
    expect(sharedRuns(ours, ARTICLE)).toEqual([
      'on monday the river council said that the',
      'the old bridge will close for repairs in spring',
    ]);
  });
  it('honours a different run length', () => {
    expect(sharedRuns('river council said', ARTICLE, 3)).toEqual(['river council said']);
    expect(sharedRuns('river council said', ARTICLE, 4)).toEqual([]);
  });
});

describe('findOverlaps and formatOverlaps', () => {
  const OURS = 'Officials say the old bridge will close for repairs in spring.';
  it('names the owner, the field, the article and the shared words', () => {
    const overlaps = findOverlaps(
      [
        { owner: 'inc-1', field: 'summary', text: OURS },
        { owner: 'inc-2', field: 'notes[0]', text: 'Nothing in common here at all, not a single run.' },
      ],
      [{ name: 'river.txt', text: ARTICLE }],
    );
    expect(overlaps).toEqual([
      {
        owner: 'inc-1',
        field: 'summary',
        text: OURS,
        article: 'river.txt',
        shared: 'the old bridge will close for repairs in spring',
      },
    ]);
    expect(formatOverlaps(overlaps)).toBe(
      '- inc-1, summary: 9 words shared with river.txt: "the old bridge will close for repairs in spring"',
    );
  });
});
