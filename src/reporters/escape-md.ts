/**
 * The one escaper for repository-controlled text (file paths, object names, messages that quote them) in what the
 * action posts to GitHub: the pull request comment and the tracking issue.
 *
 * The output is inline text: it renders as the same characters, on one line, and cannot start or end Markdown or
 * HTML constructs, mention a user or team, reference an issue, link anywhere, or fake the hidden marker comment.
 * Callers place it after fixed text on a line (never at a line start) and never inside code spans, code blocks or
 * link destinations (those are built from `blobUrl`-style encoders instead).
 */

/** Written after `@`, `#`, the `:` of `://` and the `www` of `www.`: invisible, and it ends any mention, reference or autolink. */
const ZERO_WIDTH_SPACE = '&#8203;';

/** Markdown punctuation that could open emphasis, links, images, code, tables, headings, strikethrough or math. */
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '|', '~', '$', '!']);
/** Characters that start HTML tags, comments or entities. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Line breaks, other control characters, and the invisible characters that reorder or hide text. */
function isInvisibleOrControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * Makes untrusted text safe as inline Markdown in a GitHub comment or issue:
 * - `&`, `<`, `>` become entities, so no HTML tag, comment (`<!--`) or entity can be formed;
 * - Markdown punctuation (`` \ ` * _ { } [ ] ( ) | ~ $ ! ``) and `#` are backslash-escaped;
 * - `@` and `#` are followed by a zero-width space, so `@user`, `@org/team`, `#12` and `owner/repo#12` neither
 *   notify nor cross-reference; an e-mail address is broken by the same rule;
 * - `://` becomes `:` + zero-width space + `//`, and `www.` becomes `www` + zero-width space + `.`: GitHub autolinks
 *   only scheme URLs, `www.` hosts and e-mail addresses, so a bare domain such as `evil.example` stays text;
 * - line breaks, control characters, byte-order marks and bidirectional overrides become a space, and a lone
 *   surrogate becomes U+FFFD.
 */
export function escapeUntrusted(text: string): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.codePointAt(0) ?? 0;
    if (isInvisibleOrControl(code)) {
      out += ' ';
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += '\uFFFD';
    } else if (ch === '@') {
      out += `@${ZERO_WIDTH_SPACE}`;
    } else if (ch === '#') {
      out += `\\#${ZERO_WIDTH_SPACE}`;
    } else if (ch === ':' && chars[i + 1] === '/' && chars[i + 2] === '/') {
      out += `:${ZERO_WIDTH_SPACE}`;
    } else if ((ch === 'w' || ch === 'W') && startsWww(chars, i)) {
      out += `${chars.slice(i, i + 3).join('')}${ZERO_WIDTH_SPACE}`;
      i += 2;
    } else if (ENTITIES[ch] !== undefined) {
      out += ENTITIES[ch];
    } else if (BACKSLASH_ESCAPED.has(ch)) {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** `www.` at the start of a word (GitHub's trigger for autolinking a bare host). */
function startsWww(chars: readonly string[], i: number): boolean {
  const word = chars.slice(i, i + 4).join('').toLowerCase();
  if (word !== 'www.') return false;
  const before = i > 0 ? chars[i - 1]! : '';
  return !/[\p{L}\p{N}_]/u.test(before);
}

/** `text` cut to at most `max` characters (code points), the last one replaced by "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A repository-relative path as a URL path: every segment percent-encoded, including the characters
 * `encodeURIComponent` leaves alone that would end a Markdown link destination (`(`, `)`) or start a fragment.
 */
export function encodePath(path: string): string {
  return wellFormed(path)
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** `text` with every lone surrogate replaced by U+FFFD, so it can be percent-encoded and sent as JSON. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Characters that mean something in CommonMark or GitHub Flavored Markdown, escaped with a backslash. */
const TABLE_BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '$', ':']);
/** Characters that would start HTML, entities or autolinks, written as entities. */
const TABLE_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const TABLE_ZERO_WIDTH_SPACE = '&#8203;';

/**
 * Makes untrusted text safe to place anywhere in a Markdown line, including a table cell: it renders as the same
 * characters and nothing else. HTML is written as entities, Markdown punctuation and `|` are backslash-escaped,
 * an `@` is followed by a zero-width space so it cannot mention a user or team, and line breaks and other control
 * characters become spaces so the text stays on its line.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || (code >= 0x80 && code < 0xa0)) {
      out += ' ';
    } else if (ch === '@') {
      out += `@${TABLE_ZERO_WIDTH_SPACE}`;
    } else if (TABLE_ENTITIES[ch] !== undefined) {
      out += TABLE_ENTITIES[ch];
    } else if (TABLE_BACKSLASH_ESCAPED.has(ch)) {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  return out;
}
