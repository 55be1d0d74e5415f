/** Release texts: parsing, and comparing (numerically, with the patch ignored; the same text read once). */
import { compareReleases, parseRelease } from '../../src/catalog/version.js';

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
