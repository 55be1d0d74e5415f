/**
 * Semantic versions and the version-constraint language Helm uses for `kubeVersion` and dependency `version`
 * fields: comparators (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~`, `~>`, `^`), wildcards (`1.2.x`, `*`), partial
 * versions (`>=1.19`), hyphen ranges (`1.2 - 1.4`), AND by comma or space and OR by `||`.
 * A version with a pre-release part only satisfies comparators that carry one (so `>=1.19.0-0` admits `1.19.3-eks`).
 */
import { compareSemver, parseSemver, type SemVer } from '../version/index.js';

/** One bound of an interval: the version and whether it is included. */
interface Bound {
  v: SemVer;
  inclusive: boolean;
}

/** A comparator after expansion: lower and upper bounds (either open), or a negated interval for `!=`. */
interface Interval {
  lo: Bound | null;
  hi: Bound | null;
  negate: boolean;
  /** The comparator named a pre-release, so pre-release versions may match it. */
  allowsPrerelease: boolean;
}

const COMPARATOR_RE = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*(v?[0-9xX*]+(?:\.[0-9xX*]+)?(?:\.[0-9xX*]+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

export class ConstraintError extends Error {}

/** Whether `version` satisfies `constraint`. Throws ConstraintError when either cannot be read. */
export function satisfies(version: string, constraint: string): boolean {
  const v = parseSemver(version);
  if (!v) throw new ConstraintError(`"${version}" is not a version`);
  const alternatives = parseConstraint(constraint);
  return alternatives.some((all) => all.every((i) => matches(v, i)));
}

/** Parses a constraint into OR-ed groups of AND-ed intervals. */
export function parseConstraint(constraint: string): Interval[][] {
  const text = constraint.trim();
  if (text === '') throw new ConstraintError('empty constraint');
  return text.split('||').map((alt) => {
    const group = alt.trim();
    if (group === '') throw new ConstraintError(`"${constraint}" has an empty alternative`);
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(group);
    if (hyphen) return [...comparator(`>=${hyphen[1]}`), ...comparator(`<=${hyphen[2]}`)];
    // Operators may be separated from their version by spaces (">= 1.19"): glue them before splitting.
    const tokens = group.replace(/(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+/g, '$1').split(/[\s,]+/).filter((t) => t !== '');
    return tokens.flatMap(comparator);
  });
}

function comparator(token: string): Interval[] {
  const m = COMPARATOR_RE.exec(token);
  if (!m) throw new ConstraintError(`"${token}" is not a version comparator`);
  const op = m[1] ?? '=';
  const raw = (m[2] as string).replace(/^v/, '').replace(/\+.*$/, '');
  const [corePart, pre] = splitPrerelease(raw);
  const parts = corePart.split('.');
  const wild = (p: string | undefined): boolean => p === undefined || p === 'x' || p === 'X' || p === '*';
  const nums: Array<number | null> = [0, 1, 2].map((i) => (wild(parts[i]) ? null : Number(parts[i])));
  const prerelease = pre === null ? [] : pre.split('.');
  const allowsPrerelease = prerelease.length > 0;
  // Number of leading components given before the first wildcard.
  const given = nums.findIndex((n) => n === null) === -1 ? 3 : nums.findIndex((n) => n === null);
  const at = (major: number, minor: number, patch: number, pr: string[] = []): SemVer => ({ major, minor, patch, prerelease: pr });
  const base = at(nums[0] ?? 0, given > 1 ? (nums[1] ?? 0) : 0, given > 2 ? (nums[2] ?? 0) : 0, given === 3 ? prerelease : []);
  // The first version after every version that matches the partial: 1.2 → 1.3.0-0, 1 → 2.0.0-0.
  const next = (): SemVer =>
    given === 1 ? at(base.major + 1, 0, 0, ['0']) : given === 2 ? at(base.major, base.minor + 1, 0, ['0']) : at(base.major, base.minor, base.patch + 1, ['0']);
  const iv = (lo: Bound | null, hi: Bound | null, negate = false): Interval => ({ lo, hi, negate, allowsPrerelease });
  if (given === 0) return op === '!=' ? [iv(null, null, true)] : [iv(null, null)];
  switch (op) {
    case '=':
      return given === 3 ? [iv({ v: base, inclusive: true }, { v: base, inclusive: true })] : [iv({ v: base, inclusive: true }, { v: next(), inclusive: false })];
    case '!=':
      return given === 3 ? [iv({ v: base, inclusive: true }, { v: base, inclusive: true }, true)] : [iv({ v: base, inclusive: true }, { v: next(), inclusive: false }, true)];
    case '>':
      return given === 3 ? [iv({ v: base, inclusive: false }, null)] : [iv({ v: next(), inclusive: true }, null)];
    case '>=':
    case '=>':
      return [iv({ v: base, inclusive: true }, null)];
    case '<':
      return [iv(null, { v: base, inclusive: false })];
    case '<=':
    case '=<':
      return given === 3 ? [iv(null, { v: base, inclusive: true })] : [iv(null, { v: next(), inclusive: false })];
    case '~':
    case '~>': {
      const hi = given === 1 ? at(base.major + 1, 0, 0, ['0']) : at(base.major, base.minor + 1, 0, ['0']);
      return [iv({ v: base, inclusive: true }, { v: hi, inclusive: false })];
    }
    case '^': {
      let hi: SemVer;
      if (base.major > 0 || given === 1) hi = at(base.major + 1, 0, 0, ['0']);
      else if (base.minor > 0 || given === 2) hi = at(0, base.minor + 1, 0, ['0']);
      else hi = at(0, 0, base.patch + 1, ['0']);
      return [iv({ v: base, inclusive: true }, { v: hi, inclusive: false })];
    }
    default:
      throw new ConstraintError(`"${token}" has an unknown operator`);
  }
}

function splitPrerelease(raw: string): [string, string | null] {
  const i = raw.indexOf('-');
  return i < 0 ? [raw, null] : [raw.slice(0, i), raw.slice(i + 1)];
}

function matches(v: SemVer, i: Interval): boolean {
  if (v.prerelease.length > 0 && !i.allowsPrerelease) return i.negate;
  const aboveLo = i.lo === null || (i.lo.inclusive ? compareSemver(v, i.lo.v) >= 0 : compareSemver(v, i.lo.v) > 0);
  const belowHi = i.hi === null || (i.hi.inclusive ? compareSemver(v, i.hi.v) <= 0 : compareSemver(v, i.hi.v) < 0);
  const inside = aboveLo && belowHi;
  return i.negate ? !inside : inside;
}
