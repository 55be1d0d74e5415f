import { ConstraintError, satisfies } from '../../src/render/semver.js';
import { compareSemver, parseSemver } from '../../src/version/index.js';

describe('satisfies', () => {
  it.each([
    ['1.25.0', '>=1.19.0-0', true],
    ['1.25.0', '>=1.16.0-0 <1.22.0-0', false],
    ['1.21.0', '>=1.16.0-0 <1.22.0-0', true],
    ['1.25.0', '>= 1.19, < 1.30', true],
    ['1.25.0', '<1.25', false],
    ['1.25.0', '<=1.25', true],
    ['1.26.0', '<=1.25', false],
    ['1.25.0', '~1.25.0', true],
    ['1.26.0', '~1.25', false],
    ['1.25.0', '^1.20', true],
    ['2.0.0', '^1.20', false],
    ['0.3.1', '^0.3.0', true],
    ['0.4.0', '^0.3.0', false],
    ['1.25.0', '1.25.x', true],
    ['1.25.0', '1.24.x || 1.25.x', true],
    ['1.25.0', '1.20 - 1.24', false],
    ['1.24.9', '1.20 - 1.24', true],
    ['1.25.0', '>1.24', true],
    ['1.24.5', '>1.24', false],
    ['1.25.0', '!=1.25.0', false],
    ['1.25.0', '*', true],
    ['17.3.2', '17.x.x', true],
    ['1.25.3-eks-1', '>=1.19.0', false],
    ['1.25.3-eks-1', '>=1.19.0-0', true],
  ])('%s satisfies "%s": %s', (version, constraint, expected) => {
    expect(satisfies(version, constraint)).toBe(expected);
  });

  it('refuses what it cannot read', () => {
    expect(() => satisfies('1.25.0', '>= banana')).toThrow(ConstraintError);
    expect(() => satisfies('1.25.0', '')).toThrow(ConstraintError);
  });
});

describe('compareSemver', () => {
  it('orders pre-releases before their release', () => {
    const v = (s: string) => parseSemver(s)!;
    expect(compareSemver(v('1.25.0-0'), v('1.25.0'))).toBe(-1);
    expect(compareSemver(v('1.25.0-alpha.2'), v('1.25.0-alpha.10'))).toBe(-1);
    expect(compareSemver(v('v1.2'), v('1.2.0'))).toBe(0);
  });
});
