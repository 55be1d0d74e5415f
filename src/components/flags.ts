/**
 * Command-line flags of the Kubernetes components as they parse them (spf13/pflag): `--name=value`, or `--name value`
 * for flags that take a value; `--feature-gates` is a list `Gate=bool,Gate=bool` and may be given more than once.
 */
import type { Place, Token } from './text.js';

/** Flags whose value may come as the next argument (`--feature-gates A=true`); other flags are read only with `=`. */
const LIST_FLAGS: ReadonlySet<string> = new Set(['feature-gates', 'enable-admission-plugins', 'disable-admission-plugins', 'admission-control']);

export interface ParsedFlag {
  /** Without leading dashes. */
  name: string;
  /** The value, or null for a flag given without one. */
  value: string | null;
  /** Place of the flag itself. */
  place(): Place;
  /** Place of `value.slice(offset, offset + length)`. */
  valuePlace(offset: number, length: number): Place;
}

/**
 * Reads the flags of an argument list. Arguments that are not flags (sub-commands, positional arguments) are skipped;
 * `--` ends the flags. A list flag given alone takes the next argument as its value when that does not start with `-`.
 */
export function parseFlags(args: readonly Token[]): ParsedFlag[] {
  const out: ParsedFlag[] = [];
  for (let i = 0; i < args.length; i++) {
    const tok = args[i] as Token;
    const text = tok.text;
    if (text === '--') break;
    const m = /^--?([A-Za-z0-9][A-Za-z0-9_.-]*)(?:=([\s\S]*))?$/.exec(text);
    if (!m) continue;
    const name = m[1] as string;
    const dashes = text.startsWith('--') ? 2 : 1;
    if (m[2] !== undefined) {
      const valueStart = dashes + name.length + 1;
      out.push({ name, value: m[2], place: () => tok.placeAt(0, text.length), valuePlace: (o, l) => tok.placeAt(valueStart + o, l) });
      continue;
    }
    const next = args[i + 1];
    if (LIST_FLAGS.has(name) && next && !next.text.startsWith('-')) {
      out.push({ name, value: next.text, place: () => tok.placeAt(0, text.length), valuePlace: (o, l) => next.placeAt(o, l) });
      i++;
      continue;
    }
    out.push({ name, value: null, place: () => tok.placeAt(0, text.length), valuePlace: () => tok.placeAt(0, text.length) });
  }
  return out;
}

/** strconv.ParseBool, which the components use for gate values: null when the text is not a boolean. */
export function parseBool(text: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return null;
}

export interface ListItem {
  /** The item, trimmed. */
  text: string;
  /** Offset of the trimmed item in the list string. */
  offset: number;
}

/** Splits a comma-separated flag value, keeping each non-empty item's offset. */
export function splitList(value: string): ListItem[] {
  const out: ListItem[] = [];
  let start = 0;
  for (const part of value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) out.push({ text, offset: start + lead });
    start += part.length + 1;
  }
  return out;
}

export interface GateItem {
  gate: string;
  /** The item as written (`PodSecurity=true`). */
  raw: string;
  /** The value text after `=` (empty when there is none). */
  valueText: string;
  value: boolean | null;
  offset: number;
}

/** `A=true,B=false` → items; an item without `=` keeps an empty value (the component rejects it). */
export function parseGateList(value: string): GateItem[] {
  return splitList(value).map((item) => {
    const eq = item.text.indexOf('=');
    const gate = (eq === -1 ? item.text : item.text.slice(0, eq)).trim();
    const valueText = eq === -1 ? '' : item.text.slice(eq + 1).trim();
    return { gate, raw: item.text, valueText, value: parseBool(valueText), offset: item.offset };
  });
}
