/** Release texts: parsing, and comparing (numerically, with the patch ignored). */
import fc from 'fast-check';
import { compareReleases, parseRelease } from '../../src/version/index.js';

describe('parseRelease', () => {
  it.each([
    ['1.25', { major: 1, minor: 25 }],
    ['v1.9', { major: 1, minor: 9 }],
    ['1.30.4', { major: 1, minor: 30 }],
    [' 1.31 ', { major: 1, minor: 31 }],
    ['1', null],
    ['1.x', null],
    ['latest', null],
    ['', null],
  ])('%j → %j', (text, want) => {
    expect(parseRelease(text)).toEqual(want);
  });
});

describe('compareReleases', () => {
  it.each([
    ['1.9', '1.10', -1],
    ['1.10', '1.9', 1],
    ['1.25', 'v1.25.3', 0],
    ['1.99', '2.0', -1],
    ['2.0', '1.999', 1],
  ])('%s against %s has the sign %i, every time', (a, b, sign) => {
    for (let i = 0; i < 3; i++) expect(Math.sign(compareReleases(a, b))).toBe(sign);
  });

  it('sorts releases as numbers, not as text', () => {
    expect(['1.10', '1.9', '1.2', '2.1', '1.31'].sort(compareReleases)).toEqual(['1.2', '1.9', '1.10', '1.31', '2.1']);
  });

  it.each([
    ['latest', '1.25', 'not a release: latest'],
    ['1.25', 'next', 'not a release: next'],
    ['x', 'y', 'not a release: x'],
  ])('refuses %j against %j, every time', (a, b, message) => {
    for (let i = 0; i < 2; i++) expect(() => compareReleases(a, b)).toThrow(message);
  });
});

describe('compareReleases reads every text as parseRelease does', () => {
  const byParse = (a: string, b: string): number => {
    const x = parseRelease(a);
    const y = parseRelease(b);
    if (!x) throw new Error(`not a release: ${a}`);
    if (!y) throw new Error(`not a release: ${b}`);
    return x.major - y.major || x.minor - y.minor;
  };
  const outcome = (f: () => number): string => {
    try {
      return String(Math.sign(f()));
    } catch (err) {
      return (err as Error).message;
    }
  };
  it.each([['1.25.x'], ['1.25.'], ['1..25'], ['v'], ['1.25.3-rc.1'], ['1.25 '], ['01.025'], ['1.2.3.4'], ['1234567.1'], ['1.1234567']])('%j', (text) => {
    expect(outcome(() => compareReleases(text, '1.25'))).toBe(outcome(() => byParse(text, '1.25')));
  });
  it('for any text built from digits, dots, v, letters and spaces', () => {
    const text = fc.stringMatching(/^[v ]?[0-9]{0,3}(\.[0-9x]{0,3}){0,3}[a-z ]?$/);
    fc.assert(fc.property(text, text, (a, b) => outcome(() => compareReleases(a, b)) === outcome(() => byParse(a, b))), { numRuns: 2000 });
  });
});
