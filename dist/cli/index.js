#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 1819:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "1204e6ca34d282d714d0.json";

/***/ }),

/***/ 8846:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "aa68399ab2095e8a9807.json";

/***/ }),

/***/ 1136:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "24cb3915390fbd07fa19.json";

/***/ }),

/***/ 6367:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "0cda4003103a3b2eb6d8.json";

/***/ }),

/***/ 7406:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "9aca1df01071b72ab6a2.json";

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/catalog/version.ts
const RELEASE_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;
/** Parses "1.25", "v1.25" or "1.25.3" (the patch is ignored). Returns null when the text is not a version. */
function parseRelease(text) {
    const m = RELEASE_RE.exec(text.trim());
    if (!m)
        return null;
    return { major: Number(m[1]), minor: Number(m[2]) };
}
function formatRelease(r) {
    return `${r.major}.${r.minor}`;
}
/**
 * Releases as one number each, by text. The rules compare the target with catalog releases for every document, and
 * only a few dozen release texts exist in a scan.
 */
const ordinals = new Map();
function ordinal(text) {
    let o = ordinals.get(text);
    if (o === undefined) {
        const r = parseRelease(text);
        if (!r)
            throw new Error(`not a release: ${text}`);
        o = r.major * 1_000_000 + r.minor;
        if (ordinals.size >= 512)
            ordinals.clear();
        ordinals.set(text, o);
    }
    return o;
}
/** Negative, zero or positive as release `a` is before, the same as or after `b`; throws for a text that is not one. */
function version_compareReleases(a, b) {
    return ordinal(a) - ordinal(b);
}
/** The release `steps` minors after `r` (negative steps go back). */
function addMinors(r, steps) {
    const p = parseRelease(r);
    if (!p)
        throw new Error(`not a release: ${r}`);
    return formatRelease({ major: p.major, minor: p.minor + steps });
}

;// CONCATENATED MODULE: ./src/catalog/api-catalog.ts
/**
 * The API catalog: for every built-in group/version/kind, the releases that serve it, when it was deprecated
 * and removed, and what replaces it. The data is generated (scripts/generate-api-catalog.ts) and committed in
 * data/api-catalog.json; this module only types and queries it.
 */

class ApiCatalog {
    data;
    version;
    newestRelease;
    releases;
    /** Entries by apiVersion, then kind: a lookup per document builds no key string. */
    byApiVersion = new Map();
    constructor(data) {
        this.data = data;
        this.version = data.catalogVersion;
        this.newestRelease = data.newestRelease;
        this.releases = data.releases;
        for (const e of data.apis) {
            let kinds = this.byApiVersion.get(e.apiVersion);
            if (!kinds)
                this.byApiVersion.set(e.apiVersion, (kinds = new Map()));
            kinds.set(e.kind, e);
        }
    }
    get oldestRelease() {
        return this.releases[0] ?? this.newestRelease;
    }
    lookup(apiVersion, kind) {
        return this.byApiVersion.get(apiVersion)?.get(kind);
    }
    /** True when the default cluster of `release` serves this API. */
    isServed(entry, release) {
        if (entry.firstServed === null || entry.lastServed === null)
            return false;
        return version_compareReleases(entry.firstServed, release) <= 0 && version_compareReleases(release, entry.lastServed) <= 0;
    }
    /** What `release` does with apiVersion/kind. Kinds the catalog does not know (CRDs, add-ons) are `unknown`. */
    status(apiVersion, kind, release) {
        const entry = this.lookup(apiVersion, kind);
        if (!entry)
            return { state: 'unknown' };
        if (entry.removedIn !== null && version_compareReleases(release, entry.removedIn) >= 0)
            return { state: 'removed', entry };
        if (entry.deprecatedIn !== null && version_compareReleases(entry.deprecatedIn, release) <= 0)
            return { state: 'deprecated', entry };
        if (entry.firstServed !== null && version_compareReleases(release, entry.firstServed) < 0)
            return { state: 'not-yet-served', entry };
        return { state: 'served', entry };
    }
    /** Every entry served by `release`. */
    servedIn(release) {
        return this.data.apis.filter((e) => this.isServed(e, release));
    }
}

;// CONCATENATED MODULE: ./src/catalog/component-config.ts
/**
 * The component-config catalog: which config-file API versions (kubeadm, kubelet, kube-proxy, kube-scheduler,
 * kube-apiserver config files, kubeconfig exec plugins) each release reads, which command-line flags the
 * components no longer accept, which admission plugins kube-apiserver no longer knows, and kubeadm's own feature
 * gates. The data is generated (scripts/generate-component-config.ts) and committed in
 * data/component-config.json; this module only types and queries it (no fs, no process).
 *
 * "Removed in 1.N" means the 1.N component refuses it: a config file of that apiVersion fails to load, an unknown
 * flag or admission plugin stops the component at start-up, an unknown kubeadm feature gate fails the kubeadm command.
 */

const CONFIG_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy', 'kubeadm', 'client'];
// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------
function fail(path, what) {
    throw new Error(`component-config catalog: ${path}: ${what}`);
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const RELEASE = /^\d+\.\d+$/;
function releaseOrNull(v, path) {
    if (v !== null && !(typeof v === 'string' && RELEASE.test(v)))
        fail(path, 'must be a release or null');
}
/** Checks the shape of a parsed catalog (schemaVersion 1) and returns it typed. Throws on the first problem. */
function parseComponentConfigCatalog(json) {
    if (!isRecord(json))
        fail('$', 'not an object');
    if (json.schemaVersion !== 1)
        fail('schemaVersion', `unsupported ${JSON.stringify(json.schemaVersion)}`);
    if (typeof json.newestRelease !== 'string' || !RELEASE.test(json.newestRelease))
        fail('newestRelease', 'not a release');
    for (const key of ['configApis', 'flags', 'admissionPlugins', 'kubeadmFeatureGates']) {
        if (!Array.isArray(json[key]))
            fail(key, 'not a list');
    }
    json.configApis.forEach((e, i) => {
        const p = `configApis[${i}]`;
        if (!isRecord(e) || typeof e.group !== 'string' || typeof e.version !== 'string' || !Array.isArray(e.kinds))
            fail(p, 'needs group, version, kinds');
        if (!CONFIG_COMPONENTS.includes(e.component))
            fail(p, `unknown component ${JSON.stringify(e.component)}`);
        for (const k of ['introducedIn', 'deprecatedIn', 'removedIn', 'plannedRemovalIn'])
            releaseOrNull(e[k], `${p}.${k}`);
    });
    json.flags.forEach((e, i) => {
        const p = `flags[${i}]`;
        if (!isRecord(e) || typeof e.flag !== 'string' || e.flag.startsWith('-'))
            fail(p, 'needs a flag name without dashes');
        if (!CONFIG_COMPONENTS.includes(e.component))
            fail(p, `unknown component ${JSON.stringify(e.component)}`);
        for (const k of ['removedIn', 'plannedRemovalIn'])
            releaseOrNull(e[k], `${p}.${k}`);
    });
    json.admissionPlugins.forEach((e, i) => {
        const p = `admissionPlugins[${i}]`;
        if (!isRecord(e) || typeof e.plugin !== 'string')
            fail(p, 'needs a plugin name');
        for (const k of ['deprecatedIn', 'removedIn', 'plannedRemovalIn'])
            releaseOrNull(e[k], `${p}.${k}`);
    });
    json.kubeadmFeatureGates.forEach((e, i) => {
        const p = `kubeadmFeatureGates[${i}]`;
        if (!isRecord(e) || typeof e.gate !== 'string')
            fail(p, 'needs a gate name');
        for (const k of ['deprecatedIn', 'lockedIn', 'removedIn', 'plannedRemovalIn'])
            releaseOrNull(e[k], `${p}.${k}`);
    });
    return json;
}
// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------
function release(text) {
    const r = parseRelease(text);
    if (!r)
        throw new Error(`not a Kubernetes release: ${JSON.stringify(text)}`);
    return formatRelease(r);
}
const atOrAfter = (rel, since) => since !== null && version_compareReleases(rel, since) >= 0;
/** `group/version` → [group, version]; a version without a group (core) → ['', version]. */
function splitApiVersion(apiVersion) {
    const i = apiVersion.lastIndexOf('/');
    return i < 0 ? ['', apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
}
/** True when the catalog describes config-file API versions of `group`. */
function isConfigApiGroup(catalog, group) {
    return catalog.configApis.some((e) => e.group === group);
}
/** The entry for `apiVersion` and `kind` (an entry without kinds covers every kind), or undefined. */
function lookupConfigApi(catalog, apiVersion, kind) {
    const [group, version] = splitApiVersion(apiVersion);
    const candidates = catalog.configApis.filter((e) => e.group === group && e.version === version);
    return candidates.find((e) => kind !== null && e.kinds.includes(kind)) ?? candidates.find((e) => e.kinds.length === 0) ?? (kind === null ? candidates[0] : undefined);
}
/** What `release` makes of a config file of `apiVersion`/`kind`; null when the catalog does not know it. */
function configApiStatus(catalog, apiVersion, kind, rel) {
    const entry = lookupConfigApi(catalog, apiVersion, kind);
    if (!entry)
        return null;
    const r = release(rel);
    let state = 'read';
    if (atOrAfter(r, entry.removedIn))
        state = 'removed';
    else if (entry.introducedIn !== null && version_compareReleases(r, entry.introducedIn) < 0)
        state = 'not-yet-introduced';
    else if (atOrAfter(r, entry.deprecatedIn))
        state = 'deprecated';
    const alternatives = catalog.configApis
        .filter((e) => e.group === entry.group && e !== entry && sameKinds(e, entry, kind))
        .filter((e) => !atOrAfter(r, e.removedIn) && !atOrAfter(r, e.deprecatedIn) && (e.introducedIn === null || version_compareReleases(r, e.introducedIn) >= 0))
        .sort((a, b) => compareVersions(b.version, a.version))
        .map((e) => `${e.group}/${e.version}`);
    return { state, entry, alternatives: [...new Set(alternatives)] };
}
function sameKinds(a, b, kind) {
    if (kind !== null && a.kinds.length > 0)
        return a.kinds.includes(kind);
    if (a.kinds.length === 0 || b.kinds.length === 0)
        return true;
    return a.kinds.some((k) => b.kinds.includes(k));
}
/** Kubernetes API version order: v1alpha1 < v1beta1 < v1 < v2alpha1 … */
function compareVersions(a, b) {
    const parse = (v) => {
        const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
        if (!m)
            return [0, 0, 0];
        return [Number(m[1]), m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2, Number(m[3] ?? 0)];
    };
    const [x, y] = [parse(a), parse(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
/** The removal of `--flag` (given with or without dashes) by `component` in or before `rel`, or null. */
function removedFlag(catalog, component, flag, rel) {
    const name = flag.replace(/^-+/, '');
    const r = release(rel);
    return catalog.flags.find((e) => e.component === component && e.flag === name && atOrAfter(r, e.removedIn)) ?? null;
}
/** The admission plugin's entry when `rel` no longer knows it, or null. */
function removedAdmissionPlugin(catalog, plugin, rel) {
    const r = release(rel);
    return catalog.admissionPlugins.find((e) => e.plugin === plugin && atOrAfter(r, e.removedIn)) ?? null;
}
/** What kubeadm `rel` makes of one of its own feature gates ('unknown': the catalog has no entry for it). */
function kubeadmGateStatus(catalog, gate, rel) {
    const entry = catalog.kubeadmFeatureGates.find((e) => e.gate === gate) ?? null;
    if (!entry)
        return { state: 'unknown', entry: null };
    const r = release(rel);
    if (atOrAfter(r, entry.removedIn))
        return { state: 'removed', entry };
    if (atOrAfter(r, entry.lockedIn))
        return { state: 'locked', entry };
    if (atOrAfter(r, entry.deprecatedIn))
        return { state: 'deprecated', entry };
    return { state: 'accepted', entry };
}

;// CONCATENATED MODULE: ./src/catalog/feature-gates.ts
/**
 * The feature-gate catalog: for every Kubernetes feature gate, its stage, default and lock per span of
 * releases, the release that removed it, and where the upstream sources disagree. The data is generated
 * (scripts/generate-feature-gates.ts) and committed in data/feature-gates.json; this module only types and
 * queries it. Every function takes the parsed catalog object (no fs, no process).
 *
 * Meaning of "removed": components of that release no longer recognise the gate, and a component given an
 * unknown gate in `--feature-gates` / `featureGates` refuses to start. A locked gate (`locked: true`) set to
 * a value other than its default also makes the component refuse to start.
 */

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------
const STAGES = ['alpha', 'beta', 'ga', 'deprecated'];
function feature_gates_fail(path, what) {
    throw new Error(`feature-gate catalog: ${path}: ${what}`);
}
function feature_gates_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isReleaseString(v) {
    return typeof v === 'string' && /^\d+\.\d+$/.test(v);
}
function checkSpan(v, path) {
    if (!feature_gates_isRecord(v))
        feature_gates_fail(path, 'not an object');
    if (!STAGES.includes(v.stage))
        feature_gates_fail(path, `unknown stage ${JSON.stringify(v.stage)}`);
    if (v.default !== null && typeof v.default !== 'boolean')
        feature_gates_fail(path, 'default must be boolean or null');
    if (v.locked !== null && typeof v.locked !== 'boolean')
        feature_gates_fail(path, 'locked must be boolean or null');
    if (!isReleaseString(v.from))
        feature_gates_fail(path, 'from must be a release');
    if (v.to !== null && !isReleaseString(v.to))
        feature_gates_fail(path, 'to must be a release or null');
}
/**
 * Checks the shape of a parsed catalog (schemaVersion 1) and returns it typed. Throws on the first problem.
 * Checks structure and span order, not provenance details.
 */
function parseFeatureGateCatalog(json) {
    if (!feature_gates_isRecord(json))
        feature_gates_fail('$', 'not an object');
    if (json.schemaVersion !== 1)
        feature_gates_fail('schemaVersion', `unsupported ${JSON.stringify(json.schemaVersion)}`);
    if (!isReleaseString(json.newestRelease))
        feature_gates_fail('newestRelease', 'not a release');
    if (!Array.isArray(json.releases) || !json.releases.every(isReleaseString))
        feature_gates_fail('releases', 'not a list of releases');
    if (!feature_gates_isRecord(json.gates))
        feature_gates_fail('gates', 'not an object');
    for (const [name, entry] of Object.entries(json.gates)) {
        const path = `gates.${name}`;
        if (!feature_gates_isRecord(entry))
            feature_gates_fail(path, 'not an object');
        if (!Array.isArray(entry.stages) || entry.stages.length === 0)
            feature_gates_fail(`${path}.stages`, 'empty');
        entry.stages.forEach((s, i) => checkSpan(s, `${path}.stages[${i}]`));
        for (const key of ['removedIn', 'plannedRemovalIn']) {
            if (entry[key] !== null && !isReleaseString(entry[key]))
                feature_gates_fail(`${path}.${key}`, 'must be a release or null');
        }
        if (!Array.isArray(entry.components) || !entry.components.every((c) => typeof c === 'string'))
            feature_gates_fail(`${path}.components`, 'not a list');
        if (!feature_gates_isRecord(entry.provenance))
            feature_gates_fail(`${path}.provenance`, 'missing');
    }
    return json;
}
// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------
/** "1.30", "v1.30" or "1.30.2" → "1.30"; throws on anything else. */
function feature_gates_release(text) {
    const r = parseRelease(text);
    if (!r)
        throw new Error(`not a Kubernetes release: ${JSON.stringify(text)}`);
    return formatRelease(r);
}
/** The entry for an exact gate name (names are case-sensitive), or undefined. */
function lookupGate(catalog, gate) {
    return Object.hasOwn(catalog.gates, gate) ? catalog.gates[gate] : undefined;
}
/** True when any covered release (past or present) knew the gate. */
function isKnownGate(catalog, gate) {
    return lookupGate(catalog, gate) !== undefined;
}
/**
 * For a name the catalog does not know: a known gate that differs only in letter case, or by `-`/`_`
 * (e.g. "podsecurity" → "PodSecurity"), else null.
 */
function suggestGate(catalog, gate) {
    if (isKnownGate(catalog, gate))
        return gate;
    const fold = (s) => s.replace(/[-_\s]/g, '').toLowerCase();
    const want = fold(gate);
    if (!want)
        return null;
    const matches = Object.keys(catalog.gates).filter((n) => fold(n) === want);
    return matches.length === 1 ? matches[0] : null;
}
/** The span holding `release`, or null when the gate is not accepted in it. */
function spanAt(entry, rel) {
    const r = feature_gates_release(rel);
    for (const s of entry.stages) {
        if (version_compareReleases(s.from, r) <= 0 && (s.to === null || version_compareReleases(r, s.to) <= 0))
            return s;
    }
    return null;
}
function firstOfStage(entry, stage) {
    return entry.stages.find((s) => s.stage === stage)?.from ?? null;
}
/**
 * What `release` makes of `gate`: accepted (with stage/default/lock), removed, or not yet introduced; or
 * 'unknown' when no covered release knew the gate (components of any release refuse it).
 */
function gateStatus(catalog, gate, rel) {
    const entry = lookupGate(catalog, gate);
    if (!entry)
        return 'unknown';
    const r = feature_gates_release(rel);
    const newest = catalog.newestRelease;
    const oldest = catalog.releases[0] ?? newest;
    const coverage = version_compareReleases(r, newest) > 0 ? 'after-newest' : version_compareReleases(r, oldest) < 0 ? 'before-coverage' : 'covered';
    const effective = coverage === 'after-newest' ? newest : r;
    const span = spanAt(entry, effective);
    const first = entry.stages[0];
    const introducedIn = entry.introducedUnknown || !first ? null : first.from;
    let state;
    if (span)
        state = 'accepted';
    else if (entry.removedIn !== null && version_compareReleases(effective, entry.removedIn) >= 0)
        state = 'removed';
    else if (first && version_compareReleases(effective, first.from) < 0)
        state = 'not-yet-introduced';
    else
        state = 'removed'; // a gap between spans: not accepted in that release
    return {
        gate,
        release: r,
        known: span !== null,
        state,
        stage: span?.stage ?? null,
        default: span ? span.default : null,
        locked: span ? span.locked : null,
        introducedIn,
        deprecatedIn: firstOfStage(entry, 'deprecated'),
        gaIn: firstOfStage(entry, 'ga'),
        removedIn: entry.removedIn,
        lastAcceptedIn: entry.removedIn === null ? null : (entry.stages[entry.stages.length - 1]?.to ?? null),
        plannedRemovalIn: entry.plannedRemovalIn,
        components: entry.components,
        coverage,
    };
}
/** True when the components of `release` accept the gate. */
function isAcceptedIn(catalog, gate, rel) {
    const s = gateStatus(catalog, gate, rel);
    return s !== 'unknown' && s.known;
}
/**
 * Gates accepted in `from` that a later release up to and including `to` removed (an upgrade from `from`
 * to `to` makes them fatal), sorted by removal release then name.
 */
function gatesRemovedBetween(catalog, from, to) {
    const a = feature_gates_release(from);
    const b = feature_gates_release(to);
    const out = [];
    for (const [gate, entry] of Object.entries(catalog.gates)) {
        const removedIn = entry.removedIn;
        if (removedIn === null || compareReleases(removedIn, a) <= 0 || compareReleases(removedIn, b) > 0)
            continue;
        if (spanAt(entry, a))
            out.push({ gate, removedIn });
    }
    return out.sort((x, y) => compareReleases(x.removedIn, y.removedIn) || (x.gate < y.gate ? -1 : x.gate > y.gate ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/catalog/data.ts
/**
 * The committed, generated catalogs. They ship as JSON files beside the bundle (the bundler copies each file that a
 * `new URL(..., import.meta.url)` below names) and are read and parsed on first use, so a run pays only for the
 * catalogs it needs: an empty scan never parses the advisories, and no start-up compiles 800 KB of JSON as source.
 */




function readJson(url) {
    return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(url, 'utf8'));
}
let api;
function loadApiCatalog() {
    api ??= new ApiCatalog(readJson(new URL(/* asset import */ __nccwpck_require__(8846), __nccwpck_require__.b)));
    return api;
}
let gates;
function loadFeatureGateCatalog() {
    gates ??= parseFeatureGateCatalog(readJson(new URL(/* asset import */ __nccwpck_require__(6367), __nccwpck_require__.b)));
    return gates;
}
let componentConfig;
function loadComponentConfigCatalog() {
    componentConfig ??= parseComponentConfigCatalog(readJson(new URL(/* asset import */ __nccwpck_require__(1136), __nccwpck_require__.b)));
    return componentConfig;
}
let releases;
/** Minor releases, support windows, patches and the version-skew policy (data/releases.json). */
function loadReleasesCatalog() {
    releases ??= readJson(new URL(/* asset import */ __nccwpck_require__(7406), __nccwpck_require__.b));
    return releases;
}
let advisories;
/** The embedded security advisories (data/advisories.json). */
function loadAdvisoriesCatalog() {
    advisories ??= readJson(new URL(/* asset import */ __nccwpck_require__(1819), __nccwpck_require__.b));
    return advisories;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"kube-upgrade-gate","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/app/tool.ts

const TOOL = { name: package_namespaceObject.UU, version: package_namespaceObject.rE };

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/platform/node-fs.ts
/** The FileSystem and TempFileSystem ports on node:fs. */



function toStat(s) {
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), size: s.size };
}
/** Opening without blocking, so that a FIFO never holds the read; anything but a regular file is refused. */
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
class NotRegularFileError extends Error {
    code = 'ENOTREG';
    constructor(path) {
        super(`${path} is not a regular file (a FIFO, device or socket is never read)`);
        this.name = 'NotRegularFileError';
    }
}
/** Reads a regular file; a FIFO, device, socket or directory is refused before any byte is read. */
function readRegularFile(p) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(p, OPEN_FLAGS);
    try {
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            throw new NotRegularFileError(p);
        return (0,external_node_fs_namespaceObject.readFileSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The scan reads many small local files. Node's promise API makes each read four round trips to its thread pool
 * (open, stat, read, close), which costs more than the bytes: on the benchmark corpus (2,500 files, 20 MB) about
 * 400 ms against about 25 ms for synchronous reads. So reads, listings and stats are synchronous calls behind the
 * asynchronous port; a failure is still a rejected promise.
 */
const nodeFileSystem = {
    readFile: async (p) => readRegularFile(p),
    lstat: async (p) => toStat((0,external_node_fs_namespaceObject.lstatSync)(p)),
    stat: async (p) => toStat((0,external_node_fs_namespaceObject.statSync)(p)),
    readdir: async (p) => (0,external_node_fs_namespaceObject.readdirSync)(p, { withFileTypes: true }).map((d) => ({
        name: d.name,
        isFile: d.isFile(),
        isDirectory: d.isDirectory(),
        isSymbolicLink: d.isSymbolicLink(),
    })),
    realpath: async (p) => external_node_fs_namespaceObject.realpathSync.native(p),
};
/**
 * The TempFileSystem port on node:fs: private directories under the system's temporary directory. Writes and removals
 * are synchronous for the same reason as reads: a chart copy is a dozen small files, and promise calls spend more
 * CPU in thread-pool round trips than in the writes, CPU that parallel helm processes need.
 */
const nodeTempFileSystem = {
    mkdtemp: async (prefix) => (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), prefix)),
    mkdir: async (p) => {
        (0,external_node_fs_namespaceObject.mkdirSync)(p, { recursive: true });
    },
    writeFile: async (p, data) => (0,external_node_fs_namespaceObject.writeFileSync)(p, data),
    rm: async (p) => (0,external_node_fs_namespaceObject.rmSync)(p, { recursive: true, force: true, maxRetries: 3 }),
};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/platform/node-process.ts
/** The ProcessRunner port on node:child_process, and executable lookup on a PATH string. */




/** Output beyond this is cut off and the process killed: a render that large is a runaway. */
const MAX_OUTPUT_BYTES = 128 * 1024 * 1024;
const isWindows = (0,external_node_os_namespaceObject.platform)() === 'win32';
// node:child_process (with the stream and socket modules it pulls in) is loaded on the first spawn, not at start-up:
// most scans start no process.
const node_process_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let childProcess;
function loadChildProcess() {
    childProcess ??= node_process_require('node:child_process');
    return childProcess;
}
/**
 * Runs one program to its end and reports how it ended: its own process group (so a timeout kills it and anything it
 * started), output collected up to `maxBytes`, nothing inherited but the given environment. Self-contained, using
 * only its parameters and Node's globals, because the helper process runs this same function from its source text.
 */
function runChild(cp, windows, maxBytes, command, args, opts, done, started) {
    const out = [];
    const err = [];
    let size = 0;
    let timedOut = false;
    let overflow = false;
    let settled = false;
    let timer;
    const finish = (r) => {
        if (settled)
            return;
        settled = true;
        if (timer)
            clearTimeout(timer);
        done(r);
    };
    let child;
    try {
        child = cp.spawn(command, args, { cwd: opts.cwd, env: opts.env ?? {}, stdio: ['ignore', 'pipe', 'pipe'], detached: !windows });
    }
    catch (e) {
        finish({ exitCode: null, stdout: '', stderr: '', timedOut: false, spawnError: e.message });
        return;
    }
    if (child.pid !== undefined)
        started(child.pid);
    const kill = () => {
        try {
            if (child.pid !== undefined && !windows)
                process.kill(-child.pid, 'SIGKILL');
            else
                child.kill('SIGKILL');
        }
        catch {
            // already gone
        }
    };
    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
        timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, opts.timeoutMs);
    }
    const collect = (into) => (chunk) => {
        size += chunk.length;
        if (size > maxBytes) {
            if (!overflow) {
                overflow = true;
                kill();
            }
            return;
        }
        into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.on('error', (e) => finish({ exitCode: null, stdout: '', stderr: '', timedOut: false, spawnError: e.message }));
    child.on('close', (code) => {
        const stderr = Buffer.concat(err).toString('utf8') + (overflow ? `\noutput exceeded ${maxBytes} bytes and was cut off\n` : '');
        finish({ exitCode: overflow ? null : code, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut });
    });
}
/** Programs started from this process. */
const nodeProcessRunner = directRunner(MAX_OUTPUT_BYTES);
function directRunner(maxBytes) {
    return {
        run: (command, args, opts = {}) => new Promise((resolve) => runChild(loadChildProcess(), isWindows, maxBytes, command, [...args], opts, resolve, () => { })),
    };
}
/** The helper process's program: `runChild` from its source text, answering requests over IPC. */
function helperSource(maxBytes) {
    // `__name`: the no-op that some TypeScript transpilers (esbuild's keepNames, used by tsx) wrap functions in.
    return `'use strict';
const __name = (f) => f;
const cp = require('node:child_process');
const runChild = ${runChild.toString()};
process.on('message', (m) => runChild(cp, ${JSON.stringify(isWindows)}, ${maxBytes}, m.command, m.args, m.opts, (r) => process.send({ id: m.id, r }), (pid) => process.send({ id: m.id, pid })));
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
`;
}
/**
 * A ProcessRunner that starts programs from a small helper process (plain Node, about 40 MB) instead of this one.
 * Starting a program forks the process that starts it, and the fork blocks that process's main thread for a time
 * that grows with its memory: after a large scan, several milliseconds per render (measured in the bench). The
 * helper's forks stay cheap. The helper starts with the first run and, until it is ready, runs start from this
 * process as before; it holds the event loop only while runs are pending, and exits with its parent. If it fails to
 * start or dies, its pending runs (their programs stopped first) and all later ones start from this process.
 */
function helperProcessRunner(options) {
    const maxBytes = options.maxOutputBytes ?? MAX_OUTPUT_BYTES;
    const direct = directRunner(maxBytes);
    let helper = null;
    let ready = false;
    let lost = false;
    let nextId = 1;
    /** Sent to the helper, waiting for its answer; and, with waitForHelper, held until it is ready. */
    const pending = new Map();
    const held = [];
    // The channel keeps this process alive only while it waits for an answer.
    const hold = () => {
        const channel = helper?.channel;
        if (pending.size > 0)
            channel?.ref?.();
        else
            channel?.unref?.();
    };
    const send = (req) => {
        try {
            helper?.send(req);
        }
        catch (e) {
            lose(`the helper process could not be reached: ${e.message}`);
        }
    };
    const lose = (reason) => {
        if (lost)
            return;
        lost = true;
        const h = helper;
        helper = null;
        try {
            h?.kill('SIGKILL');
        }
        catch {
            // already gone
        }
        options.onHelperLost?.(reason);
        const left = [...pending.values()];
        pending.clear();
        held.length = 0;
        // The helper's programs outlive it (each has its own process group): stop them, then run them again from here.
        for (const p of left) {
            if (p.pid === undefined)
                continue;
            try {
                if (!isWindows)
                    process.kill(-p.pid, 'SIGKILL');
                else
                    process.kill(p.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        }
        for (const p of left)
            void direct.run(p.req.command, p.req.args, p.req.opts).then(p.resolve);
    };
    const start = () => {
        const h = loadChildProcess().spawn(options.nodePath, ['-e', helperSource(maxBytes)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: {} });
        let stderr = '';
        h.stderr?.setEncoding('utf8');
        h.stderr?.on('data', (t) => {
            if (stderr.length < 4096)
                stderr += t;
        });
        h.on('message', (m) => {
            if ('ready' in m) {
                ready = true;
                for (const req of held.splice(0))
                    send(req);
                return;
            }
            const p = pending.get(m.id);
            if (!p)
                return;
            if ('pid' in m) {
                p.pid = m.pid;
                return;
            }
            pending.delete(m.id);
            hold();
            p.resolve(m.r);
        });
        h.on('error', (e) => lose(`the helper process failed: ${e.message}`));
        h.on('exit', (code, signal) => lose(`the helper process exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`));
        h.unref();
        h.stderr?.unref?.();
        return h;
    };
    return {
        run(command, args, opts = {}) {
            if (lost)
                return direct.run(command, args, opts);
            if (!helper) {
                try {
                    helper = start();
                }
                catch (e) {
                    lose(`the helper process could not be started: ${e.message}`);
                    return direct.run(command, args, opts);
                }
                hold();
            }
            if (!ready && !options.waitForHelper)
                return direct.run(command, args, opts);
            const req = { id: nextId++, command, args: [...args], opts: { ...opts } };
            return new Promise((resolve) => {
                pending.set(req.id, { req, resolve });
                hold();
                if (ready)
                    send(req);
                else
                    held.push(req);
            });
        },
    };
}
/**
 * Finds an executable by name on the given PATH value (as the shell would), or checks a path given directly.
 * Returns the absolute path, or null when there is none.
 */
function executableFinder(pathValue, cwd) {
    const dirs = pathValue.split(external_node_path_namespaceObject.delimiter).filter((d) => d !== '');
    const exts = isWindows ? ['', '.exe', '.cmd'] : [''];
    const usable = (p) => {
        try {
            if (!(0,external_node_fs_namespaceObject.statSync)(p).isFile())
                return false;
            (0,external_node_fs_namespaceObject.accessSync)(p, external_node_fs_namespaceObject.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    };
    // Sync stats, as for the scan's reads: a PATH is a dozen directories.
    return async (name) => {
        if (name.includes('/') || name.includes('\\')) {
            const p = (0,external_node_path_namespaceObject.isAbsolute)(name) ? name : (0,external_node_path_namespaceObject.join)(cwd, name);
            return usable(p) ? p : null;
        }
        for (const d of dirs) {
            for (const ext of exts) {
                const p = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.isAbsolute)(d) ? d : (0,external_node_path_namespaceObject.join)(cwd, d), name + ext);
                if (usable(p))
                    return p;
            }
        }
        return null;
    };
}

;// CONCATENATED MODULE: ./src/platform/clock.ts
const systemClock = { now: () => new Date() };

;// CONCATENATED MODULE: ./src/app/ports.ts
class HttpError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const silentLogger = { info: () => { }, warn: () => { } };

;// CONCATENATED MODULE: ./src/platform/http.ts
/** The HttpClient port on the global fetch (Node 20+): GET only, with a deadline and a body size limit. */

function fetchHttpClient(userAgent) {
    return {
        async get(url, opts) {
            if (!/^https?:\/\//i.test(url))
                throw new HttpError('network', `not an http(s) URL: ${url}`);
            const controller = new AbortController();
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, opts.timeoutMs);
            const fail = (err) => {
                if (err instanceof HttpError)
                    throw err;
                if (timedOut)
                    throw new HttpError('timeout', `no complete response within ${opts.timeoutMs} ms`);
                const cause = err?.cause;
                const detail = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
                throw new HttpError('network', `request failed (${detail})`);
            };
            try {
                const res = await fetch(url, {
                    method: 'GET',
                    redirect: 'follow',
                    signal: controller.signal,
                    headers: { 'user-agent': userAgent, accept: 'application/json', ...(opts.headers ?? {}) },
                }).catch(fail);
                const declared = Number(res.headers.get('content-length') ?? NaN);
                if (Number.isFinite(declared) && declared > opts.maxBytes) {
                    controller.abort();
                    throw new HttpError('too-large', `the response is ${declared} bytes, more than the limit of ${opts.maxBytes} bytes`);
                }
                const chunks = [];
                let size = 0;
                if (res.body) {
                    const reader = res.body.getReader();
                    for (;;) {
                        const { done, value } = await reader.read().catch(fail);
                        if (done)
                            break;
                        size += value.byteLength;
                        if (size > opts.maxBytes) {
                            controller.abort();
                            throw new HttpError('too-large', `the response is more than the limit of ${opts.maxBytes} bytes`);
                        }
                        chunks.push(value);
                    }
                }
                const body = new Uint8Array(size);
                let at = 0;
                for (const c of chunks) {
                    body.set(c, at);
                    at += c.byteLength;
                }
                return { status: res.status, contentType: res.headers.get('content-type'), body };
            }
            catch (err) {
                return fail(err);
            }
            finally {
                clearTimeout(timer);
            }
        },
    };
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/components/flags.ts
/** Flags whose value may come as the next argument (`--feature-gates A=true`); other flags are read only with `=`. */
const LIST_FLAGS = new Set(['feature-gates', 'enable-admission-plugins', 'disable-admission-plugins', 'admission-control']);
/**
 * Reads the flags of an argument list. Arguments that are not flags (sub-commands, positional arguments) are skipped;
 * `--` ends the flags. A list flag given alone takes the next argument as its value when that does not start with `-`.
 */
function parseFlags(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const tok = args[i];
        const text = tok.text;
        if (text === '--')
            break;
        const m = /^--?([A-Za-z0-9][A-Za-z0-9_.-]*)(?:=([\s\S]*))?$/.exec(text);
        if (!m)
            continue;
        const name = m[1];
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
function parseBool(text) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false;
    return null;
}
/** Splits a comma-separated flag value, keeping each non-empty item's offset. */
function splitList(value) {
    const out = [];
    let start = 0;
    for (const part of value.split(',')) {
        const lead = part.length - part.trimStart().length;
        const text = part.trim();
        if (text)
            out.push({ text, offset: start + lead });
        start += part.length + 1;
    }
    return out;
}
/** `A=true,B=false` → items; an item without `=` keeps an empty value (the component rejects it). */
function parseGateList(value) {
    return splitList(value).map((item) => {
        const eq = item.text.indexOf('=');
        const gate = (eq === -1 ? item.text : item.text.slice(0, eq)).trim();
        const valueText = eq === -1 ? '' : item.text.slice(eq + 1).trim();
        return { gate, raw: item.text, valueText, value: parseBool(valueText), offset: item.offset };
    });
}

;// CONCATENATED MODULE: ./src/components/types.ts
/** The Kubernetes programs that read `--feature-gates` / `featureGates` from the Kubernetes gate set. */
const KUBE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'];
function emptySettings() {
    return { gates: [], flags: [], admissionPlugins: [], configApis: [], problems: [] };
}

;// CONCATENATED MODULE: ./src/components/identify.ts
/**
 * Which Kubernetes component a container or command line runs — decided by the program (command or image), never by
 * the flags it is given: prometheus-operator, Flux or cert-manager have a `--feature-gates` flag of their own.
 */


/** hyperkube's short names (`hyperkube apiserver`). */
const HYPERKUBE_NAMES = {
    apiserver: 'kube-apiserver',
    'controller-manager': 'kube-controller-manager',
    scheduler: 'kube-scheduler',
    proxy: 'kube-proxy',
    kubelet: 'kubelet',
};
/** The component a program path names (`/usr/local/bin/kube-apiserver`, `kubelet.exe`), or null. */
function componentOfProgram(path) {
    if (!path.includes('kube'))
        return null;
    const base = path.replace(/\\/g, '/').split('/').pop()?.replace(/\.exe$/i, '') ?? '';
    return KUBE_COMPONENTS.includes(base) ? base : null;
}
/**
 * The component an image runs (`registry.k8s.io/kube-apiserver:v1.30.2`, `k8s.gcr.io/kube-proxy-amd64@sha256:…`):
 * the last path segment of the repository, without a platform suffix. Null for any other image.
 */
function componentOfImage(image) {
    if (!image.includes('kube'))
        return null; // every component image name has it; most images do not
    const noDigest = image.split('@')[0] ?? '';
    const lastSlash = noDigest.lastIndexOf('/');
    const colon = noDigest.indexOf(':', lastSlash + 1);
    const repo = colon === -1 ? noDigest : noDigest.slice(0, colon);
    const name = (repo.split('/').pop() ?? '').replace(/-(amd64|arm64|arm|ppc64le|s390x|386)$/, '');
    return KUBE_COMPONENTS.includes(name) ? name : null;
}
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);
/** Programs that start another one given later in their arguments (`/go-runner --log-file=… /usr/local/bin/kube-apiserver …`). */
const WRAPPERS = new Set(['go-runner', 'tini', 'dumb-init', 'env']);
/** Programs (besides the components themselves) whose arguments may start a component. */
const MAY_START_COMPONENT = new Set([...SHELLS, ...WRAPPERS, 'hyperkube']);
/**
 * The component a container runs, with its arguments:
 *  - `command[0]` is a component binary → command[1…] + args;
 *  - `command` is `hyperkube <component>` → the rest + args;
 *  - `command` is a wrapper (go-runner, tini, dumb-init, env) → the arguments after the component binary it starts;
 *  - `command` is a shell with `-c SCRIPT` → the component's words in the script (up to the next `;`, `&&`, `|`, newline);
 *  - no command → the image decides, and the component receives `args`.
 * A command that runs any other program means the container is not a Kubernetes component, whatever its image.
 */
function invocationOf(command, args, image, script) {
    if (command && command.length > 0) {
        const first = command[0];
        const direct = componentOfProgram(first.text);
        if (direct)
            return { component: direct, args: [...command.slice(1), ...args], by: 'command' };
        const base = first.text.split('/').pop() ?? '';
        if (base === 'hyperkube' && command[1]) {
            const sub = command[1].text;
            const c = componentOfProgram(sub) ?? HYPERKUBE_NAMES[sub] ?? null;
            return c ? { component: c, args: [...command.slice(2), ...args], by: 'hyperkube' } : null;
        }
        if (WRAPPERS.has(base)) {
            const all = [...command.slice(1), ...args];
            const i = all.findIndex((t) => componentOfProgram(t.text) !== null);
            return i === -1 ? null : { component: componentOfProgram(all[i].text), args: all.slice(i + 1), by: 'command' };
        }
        if (SHELLS.has(base)) {
            const all = [...command.slice(1), ...args];
            const c = all.findIndex((t) => t.text === '-c' || /^-[a-z]*c$/.test(t.text));
            const body = c === -1 ? undefined : all[c + 1];
            if (!body)
                return null;
            const words = script(body);
            for (let i = 0; i < words.length; i++) {
                const comp = componentOfProgram(words[i].text);
                if (!comp)
                    continue;
                const rest = [];
                for (let j = i + 1; j < words.length; j++) {
                    const w = words[j];
                    if (/^(;|&&|\|\||\||&|\n)$/.test(w.text))
                        break;
                    rest.push(w);
                }
                return { component: comp, args: rest, by: 'shell' };
            }
            return null;
        }
        return null;
    }
    const byImage = image ? componentOfImage(image) : null;
    return byImage ? { component: byImage, args: [...args], by: 'image' } : null;
}
/**
 * Reads a component's arguments into `out`: each `--feature-gates` item, every flag (for removed-flag), and the
 * admission plugins of `--enable-admission-plugins` / `--admission-control`. `where` names the argument list in the
 * file's own terms (`the arguments of container "kubelet"`, `kubelet-arg`, `KUBELET_EXTRA_ARGS`).
 */
function readArgs(out, component, args, source, where) {
    for (const flag of parseFlags(args)) {
        out.flags.push({ component, flag: flag.name, value: flag.value, source, via: where, place: flag.place });
        if (flag.value === null)
            continue;
        readFlagValue(out, component, flag.name, flag.value, (o, l) => flag.valuePlace(o, l), source, `--${flag.name} in ${where}`);
    }
}
/** The gates or admission plugins in one flag's value (for flags given as name/value pairs: kubeadm extraArgs, k3s). */
function readFlagValue(out, component, flag, value, placeAt, source, via) {
    if (flag === 'feature-gates') {
        for (const g of parseGateList(value)) {
            if (!g.gate)
                continue;
            out.gates.push({ gate: g.gate, value: g.value, raw: g.raw, component, source, via, place: () => placeAt(g.offset, g.raw.length) });
        }
    }
    else if (flag === 'enable-admission-plugins' || flag === 'admission-control') {
        for (const p of splitList(value)) {
            out.admissionPlugins.push({ plugin: p.text, flag, source, via, place: () => placeAt(p.offset, p.text.length) });
        }
    }
}

;// CONCATENATED MODULE: ./src/components/text.ts
function occurrencesBefore(text, needle, end) {
    let n = 0;
    for (let i = text.indexOf(needle); i !== -1 && i + needle.length <= end; i = text.indexOf(needle, i + needle.length))
        n++;
    return n;
}
/**
 * Place of `value.slice(offset, offset + length)` for a string value at `path`: the same occurrence of that text,
 * searched in the file from the value's start (so quoting, folding and block scalars need no special case). When the
 * text is not found as written (escape sequences), the value's own line is given without a column.
 */
function placeInValue(src, path, value, offset, length, fallback) {
    const start = src.locate(path);
    if (!start)
        return fallback();
    const needle = value.slice(offset, offset + length);
    if (!src.lineText || needle.length === 0 || needle.includes('\n'))
        return { line: start.line, column: null };
    const nth = occurrencesBefore(value, needle, offset);
    const maxLines = value.split('\n').length + 20;
    let seen = 0;
    for (let line = start.line; line < start.line + maxLines; line++) {
        const text = src.lineText(line);
        if (text === undefined)
            break;
        let from = line === start.line ? Math.max(0, start.column - 1) : 0;
        for (;;) {
            const i = text.indexOf(needle, from);
            if (i === -1)
                break;
            if (seen === nth)
                return { line, column: i + 1 };
            seen++;
            from = i + needle.length;
        }
    }
    return { line: start.line, column: null };
}
/** A token for a string value at `path` of a document. */
function valueToken(src, path, value, fallback) {
    return { text: value, placeAt: (offset, length) => placeInValue(src, path, value, offset, length, fallback) };
}
/** Place of the key `key` of the map at `mapPath` (the line of its value, the key's column when found there). */
function placeOfKey(src, mapPath, key, fallback) {
    const at = src.locate([...mapPath, key]);
    if (at) {
        const text = src.lineText?.(at.line);
        const i = text === undefined ? -1 : text.lastIndexOf(key, Math.max(0, at.column - 1));
        if (i !== -1)
            return { line: at.line, column: i + 1 };
        // The value may sit on the line after its key (`Gate:\n  true`): look one line up.
        const before = src.lineText?.(at.line - 1);
        const j = before === undefined ? -1 : before.indexOf(`${key}:`);
        if (j !== -1)
            return { line: at.line - 1, column: j + 1 };
        return { line: at.line, column: null };
    }
    const map = src.locate(mapPath);
    if (!map || !src.lineText)
        return map ? { line: map.line, column: null } : fallback();
    const re = new RegExp(`(^|[\\s{,"'])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    for (let line = map.line; line < map.line + 200; line++) {
        const text = src.lineText(line);
        if (text === undefined)
            break;
        const m = re.exec(text);
        if (m)
            return { line, column: (m.index ?? 0) + (m[1]?.length ?? 0) + 1 };
    }
    return { line: map.line, column: null };
}
// ---------------------------------------------------------------------------------------------
// Raw text (host files): offsets → places
// ---------------------------------------------------------------------------------------------
/** Offset → place for a whole file's text. */
function offsetPlacer(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
}
/** A token whose characters came from known file offsets (quotes and escapes removed). */
function mappedToken(text, offsets, placer) {
    return {
        text,
        placeAt(offset) {
            const o = offsets[Math.min(offset, offsets.length - 1)];
            return o === undefined ? { line: 1, column: null } : placer(o);
        },
    };
}
/**
 * Splits a shell-like command line into words: whitespace separates, single and double quotes group, a backslash
 * escapes the next character (backslash-newline continues the line), `#` at a word start comments out the rest of
 * the line; `;`, `&&`, `||`, `|` and unescaped newlines are separator words. Never throws: an unclosed quote ends
 * at the end of the text.
 */
function shellWords(text, opts = {}) {
    const words = [];
    let cur = null;
    const push = () => {
        if (cur)
            words.push(cur);
        cur = null;
    };
    const add = (ch, at) => {
        cur ??= { text: '', offsets: [], separator: false };
        cur.text += ch;
        cur.offsets.push(at);
    };
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\\') {
            const next = text[i + 1];
            if (next === '\n') {
                i += 2;
                continue;
            }
            if (next === '\r' && text[i + 2] === '\n') {
                i += 3;
                continue;
            }
            if (next !== undefined)
                add(next, i + 1);
            i += 2;
            continue;
        }
        if (ch === "'" || ch === '"') {
            cur ??= { text: '', offsets: [], separator: false };
            let j = i + 1;
            while (j < text.length && text[j] !== ch) {
                if (ch === '"' && text[j] === '\\' && j + 1 < text.length && /["\\$`]/.test(text[j + 1]))
                    j++;
                add(text[j], j);
                j++;
            }
            i = j + 1;
            continue;
        }
        if (ch === '\n' || ch === '\r') {
            push();
            if (ch === '\n' && opts.newlineSeparates !== false)
                words.push({ text: '\n', offsets: [i], separator: true });
            i++;
            continue;
        }
        if (ch === ' ' || ch === '\t') {
            push();
            i++;
            continue;
        }
        if (ch === '#' && cur === null) {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        const two = text.slice(i, i + 2);
        if (two === '&&' || two === '||') {
            push();
            words.push({ text: two, offsets: [i, i + 1], separator: true });
            i += 2;
            continue;
        }
        if (ch === ';' || ch === '|' || ch === '&') {
            push();
            words.push({ text: ch, offsets: [i], separator: true });
            i++;
            continue;
        }
        add(ch, i);
        i++;
    }
    push();
    return words;
}

;// CONCATENATED MODULE: ./src/components/host-files.ts
/**
 * Files on the hosts that start Kubernetes components, kept in a repository next to the manifests: k3s and RKE2
 * `config.yaml` (no apiVersion/kind; the `kube-apiserver-arg`, `kubelet-arg`, … lists), systemd units and drop-ins
 * (`kubelet.service.d/*.conf`: `Environment=` variables and `ExecStart=` command lines) and environment files
 * (`/etc/default/kubelet`, `/etc/sysconfig/kubelet`, `kubeadm-flags.env`). Each is read into the same settings as
 * a manifest, with exact places.
 */





const COMPONENT_NAMES = `{${KUBE_COMPONENTS.join(',')}}`;
/** Paths that are k3s/RKE2 configs whatever their content. */
const K3S_PATHS = picomatch_default()(['**/rancher/{k3s,rke2}/config.yaml', '**/rancher/{k3s,rke2}/config.yaml.d/*.{yaml,yml}', 'rancher/{k3s,rke2}/config.yaml', 'rancher/{k3s,rke2}/config.yaml.d/*.{yaml,yml}'], { dot: true });
const SYSTEMD_PATHS = picomatch_default()([`**/${COMPONENT_NAMES}.service`, `**/${COMPONENT_NAMES}.service.d/*.conf`, `${COMPONENT_NAMES}.service`, `${COMPONENT_NAMES}.service.d/*.conf`], { dot: true });
const ENV_PATHS = picomatch_default()([`**/{default,sysconfig}/${COMPONENT_NAMES}`, `{default,sysconfig}/${COMPONENT_NAMES}`, '**/kubeadm-flags.env', 'kubeadm-flags.env', `**/${COMPONENT_NAMES}.env`, `${COMPONENT_NAMES}.env`], { dot: true });
/** k3s/RKE2 keys that pass arguments to a component (`kubelet-arg+` appends in config.yaml.d). */
const K3S_ARG_KEYS = {
    'kube-apiserver-arg': 'kube-apiserver',
    'kube-controller-manager-arg': 'kube-controller-manager',
    'kube-scheduler-arg': 'kube-scheduler',
    'kubelet-arg': 'kubelet',
    'kube-proxy-arg': 'kube-proxy',
};
const K3S_KEY_LINE = /^(?:kube-apiserver|kube-controller-manager|kube-scheduler|kubelet|kube-proxy)-arg\+?[ \t]*:/m;
/**
 * Whether a path that discovery would not otherwise read (no .yaml/.yml/.json extension) is a host file to read:
 * systemd units and drop-ins of the components, their environment files.
 */
function isHostConfigPath(rel) {
    return SYSTEMD_PATHS(rel) || ENV_PATHS(rel);
}
/** The kind of host file `rel` with `text` is, or null. YAML files count as k3s configs by path or by their keys. */
function hostFileKind(rel, text) {
    if (SYSTEMD_PATHS(rel))
        return 'systemd';
    if (ENV_PATHS(rel))
        return 'env-file';
    if (/\.ya?ml$/i.test(rel) && (K3S_PATHS(rel) || K3S_KEY_LINE.test(text)))
        return 'k3s';
    return null;
}
/** The component a path names (`kubelet.service.d/10-kubeadm.conf`, `default/kubelet`); `kubeadm-flags.env` is the kubelet's. */
function componentOfPath(rel) {
    if (/(^|\/)kubeadm-flags\.env$/.test(rel))
        return 'kubelet';
    for (const part of rel.split('/').reverse()) {
        const name = part.replace(/\.service(\.d)?$/, '').replace(/\.env$/, '');
        if (KUBE_COMPONENTS.includes(name))
            return name;
    }
    return null;
}
/** The component an environment variable is meant for (`KUBELET_EXTRA_ARGS`, `KUBE_APISERVER_OPTS`), or null. */
function componentOfVariable(name) {
    const n = name.toUpperCase();
    if (n.startsWith('KUBELET_'))
        return 'kubelet';
    if (n.startsWith('KUBE_APISERVER_') || n.startsWith('APISERVER_'))
        return 'kube-apiserver';
    if (n.startsWith('KUBE_CONTROLLER_MANAGER_') || n.startsWith('CONTROLLER_MANAGER_'))
        return 'kube-controller-manager';
    if (n.startsWith('KUBE_SCHEDULER_') || n.startsWith('SCHEDULER_'))
        return 'kube-scheduler';
    if (n.startsWith('KUBE_PROXY_') || n.startsWith('PROXY_'))
        return 'kube-proxy';
    return null;
}
/** Variables whose value is a list of command-line arguments. */
const ARGS_VARIABLE = /(?:^|_)(?:ARGS|OPTS|FLAGS|OPTIONS|ARGUMENTS)$/i;
/** Reads a host file, or returns null when `rel` is not one. Never throws. */
function readHostFile(rel, text) {
    const kind = hostFileKind(rel, text);
    if (!kind)
        return null;
    const settings = emptySettings();
    try {
        if (kind === 'k3s')
            readK3s(settings, text);
        else if (kind === 'systemd')
            readSystemd(settings, rel, text);
        else
            readEnvFile(settings, rel, text);
    }
    catch (err) {
        settings.problems.push({ message: `could not be read for component settings (${err instanceof Error ? err.message : String(err)})`, place: () => ({ line: 1, column: 1 }) });
    }
    return { kind, settings };
}
// ---------------------------------------------------------------------------------------------
// k3s / RKE2
// ---------------------------------------------------------------------------------------------
function readK3s(out, text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const shift = text.length - source.length;
    const placer = offsetPlacer(text);
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lc, uniqueKeys: false, strict: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const p = lc.linePos(e?.pos[0] ?? 0);
        out.problems.push({ message: `is not valid YAML: ${(e?.message ?? '').split('\n')[0]}`, place: () => ({ line: p.line, column: p.col }) });
        return;
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return;
    for (const pair of root.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || typeof pair.key.value !== 'string')
            continue;
        const key = pair.key.value.replace(/\+$/, '');
        const component = K3S_ARG_KEYS[key];
        if (!component)
            continue;
        const values = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : pair.value ? [pair.value] : [];
        const tokens = [];
        for (const node of values) {
            if (!(0,dist/* isScalar */.jn)(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
                const at = placer(shift + (node.range?.[0] ?? 0));
                out.problems.push({ message: `has a ${pair.key.value} entry that is not a string; it was not checked`, place: () => at });
                continue;
            }
            const value = String(node.value);
            // k3s passes `name=value` as `--name=value`; a leading `--` is accepted too.
            const arg = value.startsWith('-') ? value : `--${value}`;
            const added = arg.length - value.length;
            const start = node.range?.[0] ?? 0;
            const raw = source.slice(start, node.range?.[1] ?? start);
            const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
            const exact = raw.slice(quoted, quoted + value.length) === value;
            tokens.push({
                text: arg,
                placeAt: (offset) => {
                    const inValue = Math.max(0, offset - added);
                    return placer(shift + start + (exact ? quoted + inValue : 0));
                },
            });
        }
        const keyName = pair.key.value;
        readArgs(out, component, tokens, 'k3s', keyName);
    }
}
// ---------------------------------------------------------------------------------------------
// systemd units and drop-ins
// ---------------------------------------------------------------------------------------------
/** Logical lines of an ini-style file: a trailing backslash continues the line. Offsets stay those of the file. */
function logicalLines(text) {
    const out = [];
    let cur = { text: '', offsets: [] };
    let i = 0;
    while (i <= text.length) {
        const ch = text[i];
        if (ch === undefined || ch === '\n') {
            const t = cur.text.replace(/\r$/, '');
            if (t.endsWith('\\') && ch !== undefined) {
                cur.text = t.slice(0, -1) + ' ';
                cur.offsets = cur.offsets.slice(0, t.length - 1).concat([i]);
            }
            else {
                out.push({ text: t, offsets: cur.offsets.slice(0, t.length) });
                cur = { text: '', offsets: [] };
            }
            i++;
            continue;
        }
        cur.text += ch;
        cur.offsets.push(i);
        i++;
    }
    return out;
}
function readSystemd(out, rel, text) {
    const placer = offsetPlacer(text);
    const unitComponent = componentOfPath(rel);
    for (const line of logicalLines(text)) {
        const m = /^\s*(Environment|ExecStart|ExecStartPre)\s*=\s*/.exec(line.text);
        if (!m || line.text.trimStart().startsWith('#') || line.text.trimStart().startsWith(';'))
            continue;
        const valueStart = m[0].length;
        const value = line.text.slice(valueStart);
        const offsets = line.offsets.slice(valueStart);
        const words = shellWords(value, { newlineSeparates: false }).filter((w) => !w.separator);
        const tok = (w) => mappedToken(w.text, w.offsets.map((o) => offsets[o] ?? 0), placer);
        if (m[1] === 'Environment') {
            // Environment="A=b c" D=e: each word is an assignment.
            for (const w of words) {
                const eq = w.text.indexOf('=');
                if (eq <= 0)
                    continue;
                const name = w.text.slice(0, eq);
                if (!ARGS_VARIABLE.test(name))
                    continue;
                const component = componentOfVariable(name) ?? unitComponent;
                if (!component)
                    continue;
                const assigned = w.text.slice(eq + 1);
                const assignedOffsets = w.offsets.slice(eq + 1).map((o) => offsets[o] ?? 0);
                const inner = shellWords(assigned, { newlineSeparates: false }).filter((x) => !x.separator);
                readArgs(out, component, inner.map((x) => mappedToken(x.text, x.offsets.map((o) => assignedOffsets[o] ?? 0), placer)), 'systemd', name);
            }
        }
        else {
            // ExecStart=[-@+!:]/usr/bin/kubelet $KUBELET_ARGS --flag …
            const ws = words.map(tok);
            const first = ws[0];
            if (!first)
                continue;
            const program = first.text.replace(/^[-@+!:]+/, '');
            const component = componentOfProgram(program);
            if (!component)
                continue;
            readArgs(out, component, ws.slice(1), 'systemd', m[1]);
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Environment files
// ---------------------------------------------------------------------------------------------
function readEnvFile(out, rel, text) {
    const placer = offsetPlacer(text);
    const fileComponent = componentOfPath(rel);
    for (const line of logicalLines(text)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/.exec(line.text);
        if (!m)
            continue;
        const name = m[1];
        if (!ARGS_VARIABLE.test(name))
            continue;
        const component = componentOfVariable(name) ?? fileComponent;
        if (!component)
            continue;
        const valueStart = m[0].length;
        const value = line.text.slice(valueStart);
        const offsets = line.offsets.slice(valueStart);
        // The value is one shell word (usually quoted) holding the arguments: unquote it, then split it.
        const outer = shellWords(value, { newlineSeparates: false }).filter((w) => !w.separator);
        const joined = { text: '', offsets: [] };
        for (const w of outer) {
            if (joined.text) {
                joined.text += ' ';
                joined.offsets.push(offsets[(w.offsets[0] ?? 1) - 1] ?? 0);
            }
            joined.text += w.text;
            joined.offsets.push(...w.offsets.map((o) => offsets[o] ?? 0));
        }
        const inner = shellWords(joined.text, { newlineSeparates: false }).filter((w) => !w.separator);
        readArgs(out, component, inner.map((w) => mappedToken(w.text, w.offsets.map((o) => joined.offsets[o] ?? 0), placer)), 'env-file', name);
    }
}

;// CONCATENATED MODULE: ./src/components/manifest-settings.ts
/**
 * Component settings in Kubernetes-style YAML documents: containers that run a Kubernetes component (static pod
 * manifests, kube-proxy DaemonSets), kubeadm configs (extraArgs as a map or as a name/value list, kubeletExtraArgs,
 * kubeadm's own featureGates), component configs with a `featureGates` map, kind Cluster configs (`featureGates` and
 * the YAML inside `kubeadmConfigPatches` strings), ConfigMaps holding such configs, kubeconfig exec plugins and
 * AdmissionConfiguration plugin configs. Never throws: a value of the wrong type or embedded YAML that does not parse
 * becomes a SettingProblem.
 */





/** Every component a container can be found to run has `kube` in its program or image (identify.ts). */
const COMPONENT_WORD = 'kube';
/** Every config kind a ConfigMap is read for ends in `Configuration` (EMBEDDED_KIND). */
const CONFIG_WORD = 'Configuration';
function manifest_settings_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const groupOf = (apiVersion) => (apiVersion && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '');
function placeOf(view, path) {
    const p = view.locate(path);
    return p ? { line: p.line, column: p.column } : view.origin;
}
/** Reads every setting of one document. */
function readDocument(view) {
    const out = emptySettings();
    try {
        readInto(out, view, 'document');
    }
    catch (err) {
        // A reader bug must not stop the scan; the document is reported as unreadable instead.
        out.problems.push({ message: `could not be read for component settings (${err instanceof Error ? err.message : String(err)})`, place: () => view.origin });
    }
    return out;
}
function readInto(out, view, source) {
    const group = groupOf(view.apiVersion);
    const kind = view.kind;
    const src = (s) => (source === 'document' ? s : source);
    if (view.apiVersion && group.endsWith('.k8s.io')) {
        // A config file's own apiVersion (the rules keep those the component-config catalog knows), or one embedded in
        // another document (kubeadmConfigPatches, ConfigMap data).
        const place = source === 'document' ? () => view.origin : () => placeOfKey(view, [], 'apiVersion', () => view.origin);
        out.configApis.push({ apiVersion: view.apiVersion, kind, source: src('document'), via: 'apiVersion', place });
    }
    if (group === 'kubeadm.k8s.io' || (group === '' && kind !== null && KUBEADM_KINDS.has(kind) && source !== 'document')) {
        readKubeadm(out, view, src('kubeadm'));
    }
    else if (kind === 'KubeletConfiguration' && (group === 'kubelet.config.k8s.io' || group === '')) {
        readGateMap(out, view, ['featureGates'], 'kubelet', src('component-config'), 'featureGates');
    }
    else if (kind === 'KubeProxyConfiguration' && (group === 'kubeproxy.config.k8s.io' || group === '')) {
        readGateMap(out, view, ['featureGates'], 'kube-proxy', src('component-config'), 'featureGates');
    }
    else if (kind === 'Cluster' && group === 'kind.x-k8s.io') {
        readKind(out, view);
    }
    else if (kind === 'ConfigMap' && view.apiVersion === 'v1') {
        readConfigMap(out, view);
    }
    else if (kind === 'Config' && view.apiVersion === 'v1') {
        readKubeconfig(out, view);
    }
    else if (kind === 'AdmissionConfiguration') {
        readAdmissionConfiguration(out, view);
    }
    else if (view.apiVersion && source === 'document') {
        readWorkload(out, view);
    }
}
// ---------------------------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------------------------
/** Paths of the pod specs of the workload kinds. */
function podSpecPaths(kind, body) {
    switch (kind) {
        case 'Pod':
            return [['spec']];
        case 'PodTemplate':
            return [['template', 'spec']];
        case 'Deployment':
        case 'DaemonSet':
        case 'StatefulSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            return [['spec', 'template', 'spec']];
        case 'CronJob':
            return [['spec', 'jobTemplate', 'spec', 'template', 'spec']];
        default:
            return manifest_settings_isRecord(body['spec']) && Array.isArray(body['spec']['containers']) ? [['spec']] : [];
    }
}
function getIn(body, path) {
    let v = body;
    for (const k of path) {
        if (typeof k === 'number')
            v = Array.isArray(v) ? v[k] : undefined;
        else
            v = manifest_settings_isRecord(v) ? v[k] : undefined;
        if (v === undefined)
            return undefined;
    }
    return v;
}
function readWorkload(out, view) {
    if (view.mentions?.(COMPONENT_WORD) === false)
        return; // no container can run a component: the body is not needed
    for (const specPath of podSpecPaths(view.kind, view.body)) {
        for (const list of ['initContainers', 'containers']) {
            const containers = getIn(view.body, [...specPath, list]);
            if (!Array.isArray(containers))
                continue;
            containers.forEach((c, i) => {
                if (!manifest_settings_isRecord(c))
                    return;
                readContainer(out, view, [...specPath, list, i], c);
            });
        }
    }
}
/** A quick look before any token is made: most containers run some other program. */
function mayRunComponent(c) {
    const command = c['command'];
    if (Array.isArray(command) && command.length > 0) {
        const first = String(command[0]);
        const base = first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
        return componentOfProgram(first) !== null || MAY_START_COMPONENT.has(base);
    }
    return typeof c['image'] === 'string' && componentOfImage(c['image']) !== null;
}
function stringTokens(view, path, value) {
    if (value === undefined || value === null)
        return null;
    if (!Array.isArray(value))
        return [];
    const tokens = [];
    value.forEach((v, i) => {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            tokens.push(valueToken(view, [...path, i], String(v), () => view.origin));
    });
    return tokens;
}
function readContainer(out, view, path, c) {
    if (!mayRunComponent(c))
        return;
    const command = stringTokens(view, [...path, 'command'], c['command']);
    const args = stringTokens(view, [...path, 'args'], c['args']) ?? [];
    const image = typeof c['image'] === 'string' ? c['image'] : null;
    const script = (tok) => shellWords(tok.text).map((w) => ({ text: w.text, placeAt: (o, l) => tok.placeAt((w.offsets[o] ?? w.offsets[0] ?? 0), l) }));
    const inv = invocationOf(command, args, image, script);
    if (!inv)
        return;
    const name = typeof c['name'] === 'string' ? c['name'] : null;
    readArgs(out, inv.component, inv.args, 'container', name ? `the arguments of container "${name}"` : 'the container arguments');
}
// ---------------------------------------------------------------------------------------------
// kubeadm
// ---------------------------------------------------------------------------------------------
const KUBEADM_KINDS = new Set(['InitConfiguration', 'ClusterConfiguration', 'JoinConfiguration', 'MasterConfiguration', 'NodeConfiguration', 'ResetConfiguration', 'UpgradeConfiguration']);
/** extraArgs fields of the kubeadm kinds (v1beta1+ nested, v1alpha flat) → component. */
const KUBEADM_EXTRA_ARGS = [
    { path: ['apiServer', 'extraArgs'], component: 'kube-apiserver' },
    { path: ['controllerManager', 'extraArgs'], component: 'kube-controller-manager' },
    { path: ['scheduler', 'extraArgs'], component: 'kube-scheduler' },
    { path: ['nodeRegistration', 'kubeletExtraArgs'], component: 'kubelet' },
    { path: ['apiServerExtraArgs'], component: 'kube-apiserver' },
    { path: ['controllerManagerExtraArgs'], component: 'kube-controller-manager' },
    { path: ['schedulerExtraArgs'], component: 'kube-scheduler' },
];
function readKubeadm(out, view, source) {
    for (const { path, component } of KUBEADM_EXTRA_ARGS) {
        const v = getIn(view.body, path);
        if (v === undefined || v === null)
            continue;
        const via = path.join('.');
        if (Array.isArray(v)) {
            // v1beta4: a list of {name, value}.
            v.forEach((item, i) => {
                if (!manifest_settings_isRecord(item) || typeof item['name'] !== 'string') {
                    out.problems.push({ message: `has an entry of ${via} without a string name; it was not checked`, place: () => placeOf(view, [...path, i]) });
                    return;
                }
                readExtraArg(out, view, [...path, i, 'value'], () => placeOf(view, [...path, i, 'name']), item['name'], item['value'], component, source, via);
            });
        }
        else if (manifest_settings_isRecord(v)) {
            // v1beta3 and older: a map.
            for (const [name, value] of Object.entries(v)) {
                readExtraArg(out, view, [...path, name], () => placeOfKey(view, path, name, () => view.origin), name, value, component, source, via);
            }
        }
        else {
            out.problems.push({ message: `has ${via} that is neither a map nor a list; it was not checked`, place: () => placeOf(view, path) });
        }
    }
    if (view.body['featureGates'] !== undefined)
        readGateMap(out, view, ['featureGates'], 'kubeadm', source, 'featureGates');
}
function readExtraArg(out, view, valuePath, namePlace, name, value, component, source, via) {
    const flag = name.replace(/^-+/, '');
    let text = null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        text = String(value);
    else if (value !== undefined && value !== null) {
        out.problems.push({ message: `has ${via} ${flag} whose value is not a string; it was not checked`, place: namePlace });
        return;
    }
    out.flags.push({ component, flag, value: text, source, via, place: namePlace });
    if (text !== null) {
        const t = text;
        readFlagValue(out, component, flag, t, (o, l) => placeInValue(view, valuePath, t, o, l, namePlace), source, `${via} ${flag}`);
    }
}
// ---------------------------------------------------------------------------------------------
// featureGates maps
// ---------------------------------------------------------------------------------------------
function readGateMap(out, view, path, component, source, via) {
    const map = getIn(view.body, path);
    if (map === undefined || map === null)
        return;
    if (!manifest_settings_isRecord(map)) {
        out.problems.push({ message: `has ${via} that is not a map of gate names to true/false; it was not checked`, place: () => placeOf(view, path) });
        return;
    }
    for (const [gate, v] of Object.entries(map)) {
        const value = typeof v === 'boolean' ? v : typeof v === 'string' ? parseBool(v) : null;
        out.gates.push({ gate, value, raw: `${gate}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`, component, source, via, place: () => placeOfKey(view, path, gate, () => view.origin) });
    }
}
// ---------------------------------------------------------------------------------------------
// kind, ConfigMaps: YAML inside strings
// ---------------------------------------------------------------------------------------------
function readKind(out, view) {
    readGateMap(out, view, ['featureGates'], null, 'kind', 'featureGates');
    const patchLists = [['kubeadmConfigPatches']];
    const nodes = view.body['nodes'];
    if (Array.isArray(nodes))
        nodes.forEach((_, i) => patchLists.push(['nodes', i, 'kubeadmConfigPatches']));
    for (const listPath of patchLists) {
        const list = getIn(view.body, listPath);
        if (list === undefined || list === null)
            continue;
        if (!Array.isArray(list)) {
            out.problems.push({ message: `has ${listPath.join('.')} that is not a list; it was not checked`, place: () => placeOf(view, listPath) });
            continue;
        }
        list.forEach((patch, i) => {
            const path = [...listPath, i];
            if (typeof patch !== 'string') {
                out.problems.push({ message: `has a ${listPath.join('.')} entry that is not a string; it was not checked`, place: () => placeOf(view, path) });
                return;
            }
            readEmbedded(out, view, path, patch, 'kind', `${listPath.join('.')}[${i}]`);
        });
    }
}
const EMBEDDED_KIND = /^[ \t]*kind:[ \t]*["']?(KubeletConfiguration|KubeProxyConfiguration|ClusterConfiguration|InitConfiguration|JoinConfiguration|KubeSchedulerConfiguration)\b/m;
function readConfigMap(out, view) {
    if (view.mentions?.(CONFIG_WORD) === false)
        return;
    const data = view.body['data'];
    if (!manifest_settings_isRecord(data))
        return;
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'string' || !EMBEDDED_KIND.test(value))
            continue;
        readEmbedded(out, view, ['data', key], value, 'configmap', `data.${key}`);
    }
}
/**
 * Reads YAML held in a string value at `path`. Its lines are mapped back to the file: a block scalar (`|`) keeps one
 * text line per file line, so a place inside the embedded YAML is the file line at the same distance below the
 * scalar's first content line (checked against the file's text); otherwise the string's own line is used.
 */
function readEmbedded(out, view, path, text, source, what) {
    const start = view.locate(path);
    const startPlace = start ? { line: start.line, column: start.column } : view.origin;
    const lc = new dist/* LineCounter */.HN();
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lc, uniqueKeys: false, strict: false });
    }
    catch (err) {
        out.problems.push({ message: `has ${what} that is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); it was not checked`, place: () => startPlace });
        return;
    }
    if (!Array.isArray(docs))
        return;
    const map = embeddedLineMap(view, start, text);
    const textLines = text.split('\n');
    for (const doc of docs) {
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            const p = e ? lc.linePos(e.pos[0]) : { line: 1, col: 1 };
            // An error at the end of the text is reported on its last line with content.
            let line = Math.min(p.line, textLines.length);
            while (line > 1 && (textLines[line - 1] ?? '').trim() === '')
                line--;
            const col = line === p.line ? p.col : 1;
            const reason = (e?.message ?? '').split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
            out.problems.push({ message: `has ${what} that is not valid YAML (${reason}); it was not checked`, place: () => map(line, col) ?? startPlace });
            continue;
        }
        let body;
        try {
            body = doc.toJS({ maxAliasCount: 100 });
        }
        catch {
            out.problems.push({ message: `has ${what} whose YAML cannot be read; it was not checked`, place: () => startPlace });
            continue;
        }
        if (!manifest_settings_isRecord(body))
            continue;
        const embedded = {
            apiVersion: typeof body['apiVersion'] === 'string' ? body['apiVersion'] : null,
            kind: typeof body['kind'] === 'string' ? body['kind'] : null,
            body,
            origin: startPlace,
            locate: (p) => {
                const node = (p.length === 0 ? doc.contents : doc.getIn(p, true));
                if (!node?.range)
                    return null;
                const inner = lc.linePos(node.range[0]);
                const mapped = map(inner.line, inner.col);
                return mapped && mapped.column !== null ? { line: mapped.line, column: mapped.column } : start;
            },
            lineText: (line) => view.lineText?.(line),
        };
        readInto(out, embedded, source);
    }
}
/** (embedded line, column) → file place, when the embedded text is laid out line by line in the file. */
function embeddedLineMap(view, start, text) {
    const lines = text.split('\n');
    if (!start || !view.lineText)
        return () => null;
    const head = view.lineText(start.line);
    const rest = head?.slice(start.column - 1) ?? '';
    // A block scalar: the indicator (`|`, `|-`, `>`…) is where the value starts; the content begins on the next line.
    if (!/^[|>]/.test(rest))
        return () => null;
    const first = start.line + 1;
    return (line, col) => {
        const want = lines[line - 1];
        const got = view.lineText?.(first + line - 1);
        if (want === undefined || got === undefined)
            return null;
        if (want.trim() === '')
            return { line: first + line - 1, column: null };
        const indent = got.length - got.trimStart().length - (want.length - want.trimStart().length);
        if (!got.endsWith(want.trimEnd()) || indent < 0)
            return null;
        return { line: first + line - 1, column: indent + col };
    };
}
// ---------------------------------------------------------------------------------------------
// kubeconfig, AdmissionConfiguration
// ---------------------------------------------------------------------------------------------
function readKubeconfig(out, view) {
    const users = view.body['users'];
    if (!Array.isArray(users))
        return;
    users.forEach((u, i) => {
        const exec = getIn(u, ['user', 'exec']);
        if (!manifest_settings_isRecord(exec) || typeof exec['apiVersion'] !== 'string')
            return;
        const path = ['users', i, 'user', 'exec', 'apiVersion'];
        out.configApis.push({ apiVersion: exec['apiVersion'], kind: 'ExecCredential', source: 'kubeconfig', via: `users[${i}].user.exec.apiVersion`, place: () => placeOf(view, path) });
    });
}
function readAdmissionConfiguration(out, view) {
    const plugins = view.body['plugins'];
    if (!Array.isArray(plugins))
        return;
    plugins.forEach((p, i) => {
        const conf = getIn(p, ['configuration']);
        if (!manifest_settings_isRecord(conf) || typeof conf['apiVersion'] !== 'string')
            return;
        const path = ['plugins', i, 'configuration', 'apiVersion'];
        out.configApis.push({
            apiVersion: conf['apiVersion'],
            kind: typeof conf['kind'] === 'string' ? conf['kind'] : null,
            source: 'admission-config',
            via: `plugins[${i}].configuration`,
            place: () => placeOf(view, path),
        });
    });
}


;// CONCATENATED MODULE: ./src/components/index.ts





/**
 * A document's settings are kept on the document itself, under a key only this module knows: several rules ask for
 * them for every document, and a WeakMap costs a hash lookup per ask and ephemeron work in every garbage collection.
 */
const SETTINGS = Symbol('component settings');
/**
 * What the readers see of a document. A class rather than an object literal with getters: it is made for every
 * document of a scan, and a literal with accessors is built by a slow runtime path each time.
 */
class DocumentView {
    doc;
    apiVersion;
    kind;
    lineText;
    mentions;
    constructor(doc) {
        this.doc = doc;
        this.apiVersion = doc.apiVersion || null;
        this.kind = doc.kind || null;
        this.lineText = doc.lineText ? (line) => doc.lineText?.(line) : undefined;
        this.mentions = doc.mentions ? (needle) => doc.mentions?.(needle) ?? true : undefined;
    }
    /** Read only by the readers that need it: a document's body may be parsed on first use. */
    get body() {
        return this.doc.body;
    }
    /** The document's place costs a search (or a parse): taken only when a setting has no place of its own. */
    get origin() {
        return { line: this.doc.position.line, column: this.doc.position.column };
    }
    locate(path) {
        return this.doc.locate(path);
    }
}
/** The settings of a document (read on first use). */
function settingsOf(doc) {
    const d = doc;
    return (d[SETTINGS] ??= doc.apiVersion || doc.kind ? readDocument(new DocumentView(doc)) : emptySettings());
}
/** A document standing for a whole host file (no apiVersion or kind: only the component rules read it). */
function hostDocument(s) {
    const doc = {
        docIndex: 0,
        itemIndex: null,
        apiVersion: '',
        kind: '',
        name: null,
        namespace: null,
        position: { line: 1, column: 1 },
        body: {},
        locate: () => null,
    };
    doc[SETTINGS] = s;
    return doc;
}
/**
 * What the scan adds for one file: a document for a host file, and a problem for each setting of the file's
 * documents (or of the host file) that could not be read.
 */
function componentInputs(rel, text, documents) {
    const extra = [];
    const problems = [];
    const host = documents.length === 0 ? readHostFile(rel, text) : null;
    if (host) {
        for (const p of host.settings.problems)
            problems.push({ docIndex: 0, position: toPosition(p.place()), message: p.message });
        extra.push(hostDocument(host.settings));
    }
    for (const doc of documents) {
        for (const p of settingsOf(doc).problems)
            problems.push({ docIndex: doc.docIndex, position: toPosition(p.place()), message: p.message });
    }
    return { documents: extra, problems };
}
function toPosition(p) {
    return { line: p.line, column: p.column ?? 1 };
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/parse/quick.ts
/**
 * A one-pass reader for the plain block YAML that almost every manifest is written in. It proves that a document is
 * valid YAML without building it, and reads the few values the scan needs of every object (apiVersion, kind and,
 * when they are simple, metadata.name and metadata.namespace). The full parse then runs only for documents whose
 * body a rule asks for.
 *
 * The reader is conservative: it accepts a strict subset of YAML and gives up (returns null) on anything else, and
 * the caller then parses the document fully. Its promise, checked by property tests against js-yaml:
 * a document it accepts is one js-yaml loads without error, as a mapping whose top-level apiVersion and kind are
 * the strings returned here.
 *
 * Accepted: block mappings and sequences (including sequences at their key's indentation), one-line plain and
 * quoted scalars, one-line flow collections of such scalars, literal and folded block scalars without an
 * indentation indicator, comments and blank lines, and an opening `---`. Given up on: anchors, aliases, tags,
 * directives, `?` keys, merge keys, tabs outside block scalars, scalars over several lines, backslash escapes,
 * keys that are not simple words (or that a YAML resolver would read as booleans or null), duplicate keys, and
 * characters js-yaml refuses. Giving up never changes a result; it only costs the full parse.
 */
/** Characters js-yaml accepts anywhere, except tab; anything else (controls, NEL, surrogates, BOM, U+FFFE/F) gives up. */
const UNUSUAL_CHAR = /[^\t\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/** A key that every YAML resolver reads as this same string. */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
/** Plain scalars that the core schema reads as booleans or null although they start with a letter. */
const NOT_STRINGS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
const MAX_DEPTH = 200;
const MAX_FLOW_DEPTH = 50;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;
const PIPE = 124;
const GT = 62;
/** Thrown (one shared object, no stack) when the text leaves the subset. */
const GIVE_UP = { giveUp: true };
function isFlowIndicator(c) {
    return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}
/** Whether `c` (followed by `next`, NaN at the line's end) can start a plain scalar: indicators cannot, `-` only before a non-space. */
function plainStart(c, next, inFlow) {
    switch (c) {
        case HASH:
        case 38 /* & */:
        case 42 /* * */:
        case 33 /* ! */:
        case PIPE:
        case GT:
        case SQUOTE:
        case DQUOTE:
        case 37 /* % */:
        case 64 /* @ */:
        case 96 /* ` */:
        case COMMA:
        case LBRACKET:
        case RBRACKET:
        case LBRACE:
        case RBRACE:
        case 63 /* ? */:
        case COLON:
        case SPACE:
        case TAB:
            return false;
        case DASH:
            return !(next === SPACE || Number.isNaN(next) || (inFlow && isFlowIndicator(next)));
        default:
            return !Number.isNaN(c);
    }
}
/** A character of a simple key after its first: letters, digits, `_`, `.`, `/`, `-`. */
function isKeyChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 47 || c === DASH;
}
function isKeyStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
/** A cheap test before NOT_STRINGS: every word in it has 4 or 5 letters and starts with t, f or n in either case. */
function mayNotBeString(v) {
    if (v.length !== 4 && v.length !== 5)
        return false;
    const c = v.charCodeAt(0) | 32;
    return c === 116 /* t */ || c === 102 /* f */ || c === 110 /* n */;
}
/** A plain scalar that the core schema reads as this same string (for the few values read here). */
function simpleString(v) {
    return v.length > 0 && SIMPLE_KEY.test(v) && !(mayNotBeString(v) && NOT_STRINGS.has(v));
}
function quickRead(text) {
    if (UNUSUAL_CHAR.test(text) || text.includes('\r'))
        return null;
    try {
        return new Reader(text).read();
    }
    catch (err) {
        if (err === GIVE_UP)
            return null;
        throw err;
    }
}
class Reader {
    text;
    len;
    hasTab;
    /** Whether a `#` occurs anywhere in the text (else no line holds a comment). */
    hasHash;
    /** A backslash's position at or after the last double-quoted scalar read, or -1 when none follows. */
    backslash;
    stack = [];
    /** A value slot opened by `key:` or `-` with nothing after it: the next lines may fill it. */
    pending = null;
    /** Inside a block scalar: the indentation of its parent, and of its content once known (-1 before). */
    blockParent = -1;
    blockIndent = -1;
    started = false;
    apiVersion;
    kind;
    apiVersionLine = -1;
    apiVersionColumn = -1;
    name = null;
    namespace = null;
    /** The line being read: text[pos, end), its 0-based number. */
    pos = 0;
    end = 0;
    lineNo = 0;
    constructor(text) {
        this.text = text;
        this.len = text.length;
        this.hasTab = text.includes('\t');
        this.hasHash = text.includes('#');
        this.backslash = text.indexOf('\\');
    }
    read() {
        const text = this.text;
        while (this.pos <= this.len) {
            const nl = text.indexOf('\n', this.pos);
            this.end = nl === -1 ? this.len : nl;
            this.line();
            if (nl === -1)
                break;
            this.pos = nl + 1;
            this.lineNo++;
        }
        const root = this.stack[0];
        const { apiVersion, kind } = this;
        // A list kind carries its objects in `items`: the full parse reads them.
        if (!root || root.seq || apiVersion === undefined || kind === undefined || kind.endsWith('List'))
            return null;
        return { apiVersion, kind, apiVersionLine: this.apiVersionLine, apiVersionColumn: this.apiVersionColumn, name: this.name, namespace: this.namespace };
    }
    at(i) {
        return i < this.end ? this.text.charCodeAt(i) : NaN;
    }
    skipSpaces(i) {
        while (i < this.end && this.text.charCodeAt(i) === SPACE)
            i++;
        return i;
    }
    /** After a value: only spaces, then the end of the line or a comment. */
    expectEnd(i) {
        const j = this.skipSpaces(i);
        if (j < this.end && !(this.text.charCodeAt(j) === HASH && j > i))
            throw GIVE_UP;
    }
    line() {
        const text = this.text;
        const pos = this.pos;
        const i = this.skipSpaces(pos);
        const indent = i - pos;
        const blank = i >= this.end;
        if (this.blockParent !== -1) {
            // Inside a block scalar: its lines are content until one is indented at most as much as its parent.
            if (blank) {
                if (this.blockIndent === -1 && indent > 0)
                    throw GIVE_UP;
                return;
            }
            if (this.blockIndent === -1 ? indent > this.blockParent : indent >= this.blockIndent) {
                if (this.blockIndent === -1)
                    this.blockIndent = indent;
                return;
            }
            this.blockParent = -1;
            if (text.charCodeAt(i) === HASH && indent > 0)
                throw GIVE_UP;
        }
        if (blank || text.charCodeAt(i) === HASH)
            return;
        if (this.hasTab) {
            const t = text.indexOf('\t', pos);
            if (t !== -1 && t < this.end)
                throw GIVE_UP;
        }
        if (indent === 0 && text.startsWith('---', pos)) {
            // The document's opening marker (split keeps it): nothing may follow it on its line but a comment.
            if (this.started)
                throw GIVE_UP;
            this.expectEnd(pos + 3);
            return;
        }
        if (indent === 0 && (text.charCodeAt(pos) === 37 /* % */ || text.startsWith('...', pos)))
            throw GIVE_UP;
        this.started = true;
        const dash = text.charCodeAt(i) === DASH && (this.at(i + 1) === SPACE || i + 1 >= this.end);
        const stack = this.stack;
        const p = this.pending;
        if (p) {
            this.pending = null;
            // js-yaml reads a `-` entry further left after an empty entry as part of the inner sequence: left to it.
            if (p.seq && indent < p.indent)
                throw GIVE_UP;
            if (dash && (indent > p.indent || (indent === p.indent && !p.seq))) {
                stack.push({ seq: true, indent, indentless: indent === p.indent, keys: [], key: p.key, depth: p.depth + 1 });
            }
            else if (indent > p.indent) {
                stack.push({ seq: false, indent, indentless: false, keys: [], key: p.key, depth: p.depth + 1 });
            }
            if (stack.length > MAX_DEPTH)
                throw GIVE_UP;
        }
        if (stack.length === 0) {
            if (dash)
                throw GIVE_UP; // a sequence is not an object
            stack.push({ seq: false, indent, indentless: false, keys: [], key: null, depth: 1 });
        }
        let top = stack[stack.length - 1];
        while (top.indent > indent) {
            stack.pop();
            if (stack.length === 0)
                throw GIVE_UP;
            top = stack[stack.length - 1];
        }
        if (top.seq && top.indentless && !dash && top.indent === indent) {
            stack.pop();
            top = stack[stack.length - 1];
        }
        if (top.indent !== indent)
            throw GIVE_UP;
        if (top.seq) {
            if (!dash)
                throw GIVE_UP;
            this.seqEntry(top, i);
        }
        else {
            if (dash)
                throw GIVE_UP;
            const after = this.keyAt(i);
            if (after === -1)
                throw GIVE_UP;
            this.entry(top, indent, this.lastKey, after);
        }
    }
    /** Set by keyAt and flowKey: the key just read. */
    lastKey = '';
    /**
     * A mapping key at i, in block context: the position after its `:` (and sets lastKey), or -1 when the line holds
     * no simple key there. Gives up on a key YAML would read but this reader does not.
     */
    keyAt(i) {
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === DQUOTE || c === SQUOTE) {
            const j = this.quoted(i);
            if (this.at(j) !== COLON)
                return -1;
            const n = this.at(j + 1);
            if (!(n === SPACE || Number.isNaN(n)))
                throw GIVE_UP;
            this.lastKey = this.lastQuoted;
            return j + 1;
        }
        return this.plainKey(i, false);
    }
    /** A plain key at i that ends with `:` before a space, the line's end or (in flow) a flow indicator; -1 if none. */
    plainKey(i, inFlow) {
        const text = this.text;
        const end = this.end;
        if (!isKeyStart(text.charCodeAt(i))) {
            if (!plainStart(text.charCodeAt(i), this.at(i + 1), inFlow))
                return -1;
            // Starts like a scalar but not like a simple key: a key here would be one this reader does not take.
            const colon = this.keyColon(i, inFlow);
            if (colon !== -1)
                throw GIVE_UP;
            return -1;
        }
        let j = i + 1;
        while (j < end && isKeyChar(text.charCodeAt(j)))
            j++;
        if (j < end && text.charCodeAt(j) === COLON) {
            const n = this.at(j + 1);
            if (n === SPACE || Number.isNaN(n) || (inFlow && isFlowIndicator(n))) {
                const key = text.slice(i, j);
                if (mayNotBeString(key) && NOT_STRINGS.has(key))
                    throw GIVE_UP;
                this.lastKey = key;
                return j + 1;
            }
        }
        if (this.keyColon(j, inFlow) !== -1)
            throw GIVE_UP;
        return -1;
    }
    /** Where, from i, a `:` ends a key on this line before a comment (or a flow indicator in flow), or -1. */
    keyColon(i, inFlow) {
        const text = this.text;
        if (!inFlow && !this.hasHash) {
            // No comment anywhere in the document: only the colons matter, and the native search finds them.
            for (let j = text.indexOf(':', i); j !== -1 && j < this.end; j = text.indexOf(':', j + 1)) {
                const n = this.at(j + 1);
                if (n === SPACE || Number.isNaN(n))
                    return j;
            }
            return -1;
        }
        for (let j = i; j < this.end; j++) {
            const c = text.charCodeAt(j);
            if (c === COLON) {
                const n = this.at(j + 1);
                if (n === SPACE || Number.isNaN(n) || (inFlow && isFlowIndicator(n)))
                    return j;
            }
            else if (c === HASH && j > i && text.charCodeAt(j - 1) === SPACE)
                return -1;
            else if (inFlow && isFlowIndicator(c))
                return -1;
        }
        return -1;
    }
    /** Set by quoted: the value of the quoted scalar just read. */
    lastQuoted = '';
    /** A one-line quoted scalar at i: the position after it (and sets lastQuoted). Gives up on escapes. */
    quoted(i) {
        const text = this.text;
        const end = this.end;
        if (text.charCodeAt(i) === DQUOTE) {
            const close = text.indexOf('"', i + 1);
            if (close === -1 || close >= end)
                throw GIVE_UP;
            // The next backslash at or after the quote, searched again only once passed (a search per scalar would run to
            // the end of a document that has none).
            if (this.backslash !== -1 && this.backslash <= i)
                this.backslash = text.indexOf('\\', i + 1);
            if (this.backslash !== -1 && this.backslash < close)
                throw GIVE_UP;
            this.lastQuoted = text.slice(i + 1, close);
            return close + 1;
        }
        let j = i + 1;
        let value = '';
        for (;;) {
            const close = text.indexOf("'", j);
            if (close === -1 || close >= end)
                throw GIVE_UP;
            value += text.slice(j, close);
            if (this.at(close + 1) === SQUOTE) {
                value += "'";
                j = close + 2;
                continue;
            }
            this.lastQuoted = value;
            return close + 1;
        }
    }
    /** A mapping entry whose key starts at column `col` and whose `:` ends before `afterColon`. */
    entry(frame, col, key, afterColon) {
        const keys = frame.keys;
        for (let k = 0; k < keys.length; k++)
            if (keys[k] === key)
                throw GIVE_UP;
        if (keys.length >= 256)
            throw GIVE_UP; // a mapping this large is left to the parser (keeps this check linear)
        keys.push(key);
        const v = this.skipSpaces(afterColon);
        if (v >= this.end || (this.text.charCodeAt(v) === HASH && v > afterColon)) {
            this.pending = { seq: false, indent: col, key, depth: frame.depth };
            if (frame.depth === 1 && key === 'metadata') {
                this.name = null;
                this.namespace = null;
            }
            return;
        }
        const c = this.text.charCodeAt(v);
        if (c === DASH && (this.at(v + 1) === SPACE || v + 1 >= this.end))
            throw GIVE_UP;
        if (frame.depth === 1) {
            if (key === 'apiVersion') {
                const s = this.value(v, frame.indent, true);
                if (s === undefined)
                    throw GIVE_UP;
                this.apiVersion = s;
                this.apiVersionLine = this.lineNo;
                this.apiVersionColumn = col + 1;
            }
            else if (key === 'kind') {
                const s = this.value(v, frame.indent, true);
                if (s === undefined)
                    throw GIVE_UP;
                this.kind = s;
            }
            else {
                this.value(v, frame.indent, false);
                if (key === 'metadata') {
                    this.name = undefined; // metadata written in another style: read from the body when asked for
                    this.namespace = undefined;
                }
            }
        }
        else if (frame.depth === 2 && frame.key === 'metadata' && (key === 'name' || key === 'namespace')) {
            const s = this.value(v, frame.indent, true);
            if (key === 'name')
                this.name = s;
            else
                this.namespace = s;
        }
        else {
            this.value(v, frame.indent, false);
        }
    }
    /** A sequence entry whose `-` is at position i. */
    seqEntry(frame, i) {
        const c = this.skipSpaces(i + 1);
        if (c >= this.end || (this.text.charCodeAt(c) === HASH && c > i + 1)) {
            this.pending = { seq: true, indent: i - this.pos, key: null, depth: frame.depth };
            return;
        }
        if (this.text.charCodeAt(c) === DASH && (this.at(c + 1) === SPACE || c + 1 >= this.end))
            throw GIVE_UP; // `- - x`
        const after = this.keyAt(c);
        if (after !== -1) {
            // `- key: value` opens a mapping at the key's column.
            const map = { seq: false, indent: c - this.pos, indentless: false, keys: [], key: null, depth: frame.depth + 1 };
            if (map.depth > MAX_DEPTH)
                throw GIVE_UP;
            this.stack.push(map);
            this.entry(map, c - this.pos, this.lastKey, after);
            return;
        }
        this.value(c, i - this.pos, false);
    }
    /**
     * A value after `key:` or `- ` at i (never empty): a scalar, a flow collection or a block scalar header, whose
     * parent is indented by `parentIndent`. With `want`, returns it when it is a simple string, else undefined.
     */
    value(i, parentIndent, want) {
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === DQUOTE || c === SQUOTE) {
            this.expectEnd(this.quoted(i));
            return this.lastQuoted;
        }
        if (c === LBRACKET || c === LBRACE) {
            this.expectEnd(this.flow(i, 1));
            return undefined;
        }
        if (c === PIPE || c === GT) {
            let j = i + 1;
            const m = this.at(j);
            if (m === DASH || m === 43 /* + */)
                j++;
            this.expectEnd(j);
            this.blockParent = parentIndent;
            this.blockIndent = -1;
            return undefined;
        }
        if (!plainStart(c, this.at(i + 1), false))
            throw GIVE_UP;
        // A plain scalar runs to the line's end or a comment; a `: ` inside it is a mapping YAML would refuse.
        if (this.keyColon(i, false) !== -1)
            throw GIVE_UP;
        if (!want)
            return undefined;
        let last = i;
        for (let j = i; j < this.end; j++) {
            const d = text.charCodeAt(j);
            if (d === HASH && text.charCodeAt(j - 1) === SPACE)
                break;
            if (d !== SPACE)
                last = j + 1;
        }
        const v = text.slice(i, last);
        return simpleString(v) ? v : undefined;
    }
    /** A flow collection on this line at i; returns the position after it. */
    flow(i, depth) {
        if (depth > MAX_FLOW_DEPTH)
            throw GIVE_UP;
        const text = this.text;
        const open = text.charCodeAt(i);
        const close = open === LBRACKET ? RBRACKET : RBRACE;
        const keys = open === LBRACE ? [] : null;
        let j = this.skipSpaces(i + 1);
        if (this.at(j) === close)
            return j + 1;
        for (;;) {
            if (keys) {
                const c = this.at(j);
                let key;
                if (c === DQUOTE || c === SQUOTE) {
                    j = this.quoted(j);
                    if (this.at(j) !== COLON)
                        throw GIVE_UP;
                    j++;
                    key = this.lastQuoted;
                }
                else {
                    j = this.plainKey(j, true);
                    if (j === -1)
                        throw GIVE_UP;
                    key = this.lastKey;
                }
                if (keys.includes(key) || keys.length >= 256)
                    throw GIVE_UP;
                keys.push(key);
                const n = this.at(j);
                if (n !== SPACE && n !== DQUOTE && n !== SQUOTE && n !== LBRACKET && n !== LBRACE)
                    throw GIVE_UP;
                j = this.skipSpaces(j);
            }
            j = this.skipSpaces(this.flowValue(j, depth));
            const c = this.at(j);
            if (c === close)
                return j + 1;
            if (c !== COMMA)
                throw GIVE_UP;
            j = this.skipSpaces(j + 1);
            if (this.at(j) === close || this.at(j) === COMMA)
                throw GIVE_UP; // empty entries: left to the parser
        }
    }
    flowValue(i, depth) {
        if (i >= this.end)
            throw GIVE_UP;
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === LBRACKET || c === LBRACE)
            return this.flow(i, depth + 1);
        if (c === DQUOTE || c === SQUOTE)
            return this.quoted(i);
        if (!plainStart(c, this.at(i + 1), true))
            throw GIVE_UP;
        let j = i;
        while (j < this.end) {
            const d = text.charCodeAt(j);
            if (d === COMMA || d === RBRACKET || d === RBRACE)
                break;
            if (d === LBRACKET || d === LBRACE)
                throw GIVE_UP;
            if (d === COLON) {
                const n = this.at(j + 1);
                if (n === SPACE || Number.isNaN(n) || isFlowIndicator(n))
                    throw GIVE_UP; // a pair inside a sequence, or a stray `:`
            }
            if (d === HASH && text.charCodeAt(j - 1) === SPACE)
                throw GIVE_UP;
            j++;
        }
        return j;
    }
}

;// CONCATENATED MODULE: ./src/parse/split.ts
const split_DASH = 45; // '-'
const DOT = 46; // '.'
/** Whether the line starting at `i` is `---` or `...` (by `ch`) followed by white space or its end. */
function isMarker(text, i, end, ch) {
    if (end - i < 3 || text.charCodeAt(i) !== ch || text.charCodeAt(i + 1) !== ch || text.charCodeAt(i + 2) !== ch)
        return false;
    if (end - i === 3)
        return true;
    const next = text.charCodeAt(i + 3);
    return next === 32 || next === 9;
}
function splitDocuments(input) {
    const text = input.includes('\r\n') ? input.replace(/\r\n/g, '\n') : input;
    const segments = [];
    // The current segment is text[segStart, cursor) plus, while it has none, its content state.
    let segStart = 0;
    let segLine = 0;
    let hasContent = false;
    let betweenDocs = true; // at stream start or after `...`: `%` lines are directives of the next document
    // Where trailing directive/blank/comment lines of the current segment begin (for directives before `---`).
    let tailStart = -1;
    let tailLine = -1;
    const push = (from, to, line) => {
        if (hasContent)
            segments.push({ index: segments.length, startLine: line, text: text.slice(from, to > from && text.charCodeAt(to - 1) === 10 ? to - 1 : to) });
    };
    let line = 0;
    for (let i = 0; i <= text.length; line++) {
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? text.length : nl;
        const next = nl === -1 ? text.length + 1 : nl + 1;
        if (isMarker(text, i, end, split_DASH)) {
            // Directives written between documents belong to the document this marker opens.
            const cut = betweenDocs && tailStart !== -1 ? tailStart : i;
            const cutLine = betweenDocs && tailStart !== -1 ? tailLine : line;
            push(segStart, cut, segLine);
            segStart = cut;
            segLine = cutLine;
            const rest = text.slice(i + 3, end).trim();
            hasContent = rest !== '' && !rest.startsWith('#');
            betweenDocs = false;
            tailStart = -1;
        }
        else if (isMarker(text, i, end, DOT)) {
            push(segStart, Math.min(next, text.length), segLine);
            segStart = Math.min(next, text.length);
            segLine = line + 1;
            hasContent = false;
            betweenDocs = true;
            tailStart = -1;
        }
        else if (betweenDocs || !hasContent) {
            // Needed only until a document's first content line: after it, a line that is not a marker changes nothing
            // (`betweenDocs` is false there, and `tailStart` is -1 whenever it is), so most lines need only the two checks
            // above.
            let j = i;
            while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
                j++;
            const first = j < end ? text.charCodeAt(j) : -1;
            const blankOrComment = first === -1 || first === 35; // '#'
            const directive = j === i && first === 37; // '%' at the start of the line
            if (blankOrComment || directive) {
                if (betweenDocs && tailStart === -1) {
                    tailStart = i;
                    tailLine = line;
                }
            }
            else {
                hasContent = true;
                betweenDocs = false;
                tailStart = -1;
            }
        }
        if (nl === -1)
            break;
        i = next;
    }
    push(segStart, text.length + 1, segLine);
    return segments;
}

;// CONCATENATED MODULE: ./src/parse/manifest.ts
/**
 * Parses one file's text into Kubernetes documents, each with the place of its `apiVersion:` key.
 * Never throws: anything that cannot be read becomes a ParseProblem (reported as `invalid-manifest`).
 */




/** A document might be a Kubernetes object when one of its lines has an `apiVersion` or `kind` key. */
const CANDIDATE = /(?:^|[\s{,\-])["']?(?:apiVersion|kind)["']?[ \t]*:/m;
/**
 * How a document is read. js-yaml decides whether it is valid YAML and gives its values (an order of magnitude
 * faster than a position-tracking parser); the `yaml` package's position-tracking parse runs only when a place
 * below the top is asked for, or to check a document with aliases for an alias bomb. A top-level `apiVersion:`
 * that starts a line is placed without any second parse.
 */
// Local tags (`!vault secret`, `!Ref x`) are kept as their plain values, as Kubernetes' decoder does.
const localTag = (kind) => new Type('!', { kind, multi: true, construct: (data) => data });
const SCHEMA = CORE_SCHEMA.extend([
    types.merge,
    localTag('scalar'),
    localTag('sequence'),
    localTag('mapping'),
]);
/** Deeper than any real object (CRD schemas nest a few dozen levels); deeper documents are refused, not recursed. */
const manifest_MAX_DEPTH = 1000;
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;
const TOP_API_VERSION = /^(["']?)apiVersion\1[ \t]*:[ \t]*(.*)$/gm;
function parseManifestText(text, opts = {}) {
    const documents = [];
    const problems = [];
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    for (const seg of splitDocuments(source)) {
        if (!CANDIDATE.test(seg.text))
            continue; // not a Kubernetes document: ignored quietly
        readSegment(seg.text, seg.startLine, seg.index, opts, documents, problems);
    }
    return { documents, problems };
}
function readSegment(text, startLine, docIndex, opts, documents, problems) {
    // Plain block YAML is proven valid by one pass over its lines; its body is parsed only when a rule asks for it.
    const head = opts.fast === false || opts.quick === false ? null : quickRead(text);
    if (head) {
        documents.push(new QuickDocument(new SegmentPlaces(text, startLine), head, docIndex));
        return;
    }
    const problem = (position, message) => {
        problems.push({ docIndex, position, message });
    };
    const places = new SegmentPlaces(text, startLine);
    const fallback = { line: startLine + 1, column: 1 };
    let body;
    try {
        body = loadYaml(text);
    }
    catch (err) {
        if (err instanceof RangeError)
            return problem({ line: startLine + 1, column: 1 }, 'is nested too deeply to read');
        const e = err;
        const lastLine = startLine + text.split('\n').length;
        const where = e.mark ? { line: Math.min(startLine + e.mark.line + 1, lastLine), column: e.mark.column + 1 } : { line: startLine + 1, column: 1 };
        if (e.reason?.startsWith('nesting exceeded'))
            return problem(where, `is nested too deeply to read (more than ${manifest_MAX_DEPTH} levels)`);
        return problem(where, `is not valid YAML: ${e.reason ?? firstLine(e.message ?? String(err))}`);
    }
    if (ALIAS.test(text)) {
        // js-yaml shares aliased nodes instead of copying them; expanding them, as a Kubernetes decoder does, is
        // what an alias bomb attacks, so count the expansion here.
        try {
            places.tree().doc.toJS({ maxAliasCount: opts.maxAliasCount ?? 100 });
        }
        catch (err) {
            if (err instanceof RangeError && /call stack/i.test(err.message))
                return problem(fallback, 'is nested too deeply to read');
            return problem(fallback, `cannot be read: ${firstLine(err instanceof Error ? err.message : String(err))}`);
        }
    }
    if (!isPlainObject(body))
        return; // scalars and sequences are not Kubernetes objects
    const make = (value, itemIndex, basePath, position) => {
        const apiVersion = value['apiVersion'];
        const kind = value['kind'];
        if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
            // Something that looks like an object (has metadata) but lacks a usable apiVersion/kind is broken;
            // anything else (Chart.yaml, tool configs) is simply not a Kubernetes object.
            if (isPlainObject(value['metadata']) && (apiVersion !== undefined || kind !== undefined)) {
                const at = places.keyAt(basePath, 'apiVersion') ?? places.keyAt(basePath, 'kind') ?? places.placeOf(places.nodeAt(basePath)) ?? fallback;
                problem(at, `has ${typeof apiVersion === 'string' ? 'no string kind' : 'no string apiVersion'}`);
            }
            return;
        }
        const metadata = isPlainObject(value['metadata']) ? value['metadata'] : {};
        let cached = null;
        documents.push({
            docIndex,
            itemIndex,
            apiVersion,
            kind,
            name: typeof metadata['name'] === 'string' ? metadata['name'] : null,
            namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : null,
            get position() {
                cached ??= position();
                return cached;
            },
            body: value,
            locate: (path) => places.placeOf(places.nodeAt([...basePath, ...path])),
            lineText: (line) => places.lineText(line),
        });
    };
    // `kind: List` and the typed `*List` kinds carry their objects in `items`; the list itself is only a wrapper.
    const kind = body['kind'];
    if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(body['items'])) {
        body['items'].forEach((item, i) => {
            if (isPlainObject(item))
                make(item, i, ['items', i], () => places.keyAt(['items', i], 'apiVersion') ?? places.placeOf(places.nodeAt(['items', i])) ?? fallback);
        });
        return;
    }
    const top = opts.fast === false ? null : topApiVersionLine(text, body['apiVersion'], startLine);
    make(body, null, [], () => top ?? places.keyAt([], 'apiVersion') ?? fallback);
}
function loadYaml(text) {
    return load(text, { schema: SCHEMA, json: false, maxDepth: manifest_MAX_DEPTH });
}
/**
 * Places inside one YAML document of a file: the position-tracking parse runs at most once, and only when a place
 * below the top is asked for (or a document with aliases is checked for an alias bomb).
 */
class SegmentPlaces {
    text;
    startLine;
    full = null;
    lines = null;
    constructor(text, startLine) {
        this.text = text;
        this.startLine = startLine;
    }
    tree() {
        if (!this.full) {
            const lc = new dist/* LineCounter */.HN();
            this.full = { doc: (0,dist/* parseDocument */.Tp)(this.text, { lineCounter: lc, merge: true, uniqueKeys: false, strict: false }), lc };
        }
        return this.full;
    }
    placeOf(node) {
        if (!node?.range)
            return null;
        const p = this.tree().lc.linePos(node.range[0]);
        return { line: this.startLine + p.line, column: p.col };
    }
    nodeAt(path) {
        const { doc } = this.tree();
        return (path.length === 0 ? doc.contents : doc.getIn(path, true)) ?? null;
    }
    keyAt(path, key) {
        const node = this.nodeAt(path);
        if (!node || !(0,dist/* isMap */.jh)(node))
            return null;
        for (const pair of node.items)
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
                return this.placeOf(pair.key);
        return null;
    }
    lineText(line) {
        this.lines ??= this.text.split(/\r?\n/);
        return this.lines[line - this.startLine - 1];
    }
}
/**
 * A document the quick reader accepted: apiVersion, kind and its place are known; the body (and a name or namespace
 * the reader could not read) comes from the full parse on first use.
 */
class QuickDocument {
    places;
    head;
    docIndex;
    itemIndex = null;
    apiVersion;
    kind;
    position;
    parsed = null;
    constructor(places, head, docIndex) {
        this.places = places;
        this.head = head;
        this.docIndex = docIndex;
        this.apiVersion = head.apiVersion;
        this.kind = head.kind;
        this.position = { line: places.startLine + head.apiVersionLine + 1, column: head.apiVersionColumn };
    }
    get body() {
        if (!this.parsed) {
            let value;
            try {
                value = loadYaml(this.places.text);
            }
            catch {
                value = null; // not reached: the quick reader accepts only what js-yaml loads (property-tested)
            }
            this.parsed = isPlainObject(value) ? value : { apiVersion: this.apiVersion, kind: this.kind };
        }
        return this.parsed;
    }
    get name() {
        return this.head.name !== undefined ? this.head.name : this.metadataField('name');
    }
    get namespace() {
        return this.head.namespace !== undefined ? this.head.namespace : this.metadataField('namespace');
    }
    locate(path) {
        return this.places.placeOf(this.places.nodeAt(path));
    }
    lineText(line) {
        return this.places.lineText(line);
    }
    mentions(needle) {
        return this.places.text.includes(needle);
    }
    metadataField(key) {
        const metadata = this.body['metadata'];
        const v = isPlainObject(metadata) ? metadata[key] : undefined;
        return typeof v === 'string' ? v : null;
    }
}
/** The line of the document's top-level `apiVersion:` when exactly one line starts with it and holds the parsed value. */
function topApiVersionLine(text, apiVersion, startLine) {
    let found = null;
    for (const m of text.matchAll(TOP_API_VERSION)) {
        const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim().replace(/,$/, '').replace(/^(["'])(.*)\1$/, '$2');
        if (found || value !== apiVersion)
            return null;
        found = { line: startLine + lineOf(text, m.index ?? 0), column: 1 };
    }
    return found;
}
/** 1-based line number of an offset. */
function lineOf(text, offset) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function firstLine(s) {
    return (s.split('\n')[0] ?? s).trim();
}

;// CONCATENATED MODULE: ./src/parse/decode.ts
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { ok: false, reason: 'UTF-16 text; Kubernetes manifests must be UTF-8' };
    }
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        return { ok: false, reason: 'binary file (contains NUL bytes)' };
    try {
        return { ok: true, text: utf8.decode(bytes) };
    }
    catch {
        return { ok: false, reason: 'not valid UTF-8 text' };
    }
}

;// CONCATENATED MODULE: ./src/app/scan-file.ts
/**
 * One file of the plain scan: decode → parse → document rules. The same function runs on the main thread and in
 * the scan workers, so a file gives the same findings wherever it is checked.
 */



/**
 * Checks one file's bytes (or the error reading it) and returns how many documents it held. `onDocument` sees each
 * Kubernetes object of the file (for the declared clusters' upgrade paths).
 */
function scanFile(rel, bytes, engine, onDocument) {
    if (bytes instanceof Error) {
        engine.skipped({ reason: `cannot be read (${bytes.message})`, severity: 'warning' }, rel);
        return 0;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
        engine.skipped({ reason: decoded.reason, severity: 'warning' }, rel);
        return 0;
    }
    let documents = 0;
    const parsed = parseManifestText(decoded.text);
    for (const p of parsed.problems)
        engine.problem(p, rel);
    for (const doc of parsed.documents) {
        documents++;
        engine.document(doc, rel);
        onDocument?.(doc);
    }
    // Host files (k3s/RKE2 configs, systemd units, env files) and component settings that cannot be read.
    const host = componentInputs(rel, decoded.text, parsed.documents);
    for (const p of host.problems)
        engine.problem(p, rel);
    for (const doc of host.documents) {
        documents++;
        engine.document(doc, rel);
    }
    return documents;
}

;// CONCATENATED MODULE: ./src/rules/engine.ts

function createEngine(rules, opts, emit) {
    // The gate and component-config catalogs are loaded when a rule first asks for them: most scans have no gate.
    let featureGates = opts.featureGates;
    let componentConfig = opts.componentConfig;
    // The place is computed only when a finding is reported: most documents report nothing, and finding the
    // line of a document can cost a position-tracking parse.
    const contextFor = (rule, placeOf, extraData) => ({
        target: opts.target,
        current: opts.current,
        catalog: opts.catalog,
        get featureGates() {
            return (featureGates ??= loadFeatureGateCatalog());
        },
        get componentConfig() {
            return (componentConfig ??= loadComponentConfigCatalog());
        },
        report(r) {
            const allowed = rule.meta.severities ?? [rule.meta.defaultSeverity];
            const severity = r.severity ?? rule.meta.defaultSeverity;
            if (!allowed.includes(severity))
                throw new Error(`rule ${rule.meta.id} reported severity ${severity}, not in its meta`);
            const place = placeOf();
            const extra = typeof extraData === 'function' ? extraData() : extraData;
            emit({
                ruleId: rule.meta.id,
                severity,
                message: r.message,
                file: place.file,
                line: r.line !== undefined ? r.line : place.line,
                column: r.column !== undefined ? r.column : place.column,
                object: r.object ?? null,
                data: { ...(r.data ?? {}), ...(extra ?? {}) },
            });
        },
    });
    const byScope = (scope) => rules.filter((r) => r.scope === scope);
    const documentRules = byScope('document');
    const problemRules = byScope('problem');
    const skippedRules = byScope('skipped');
    const runRules = byScope('run');
    const clusterRules = byScope('cluster');
    const advisorySourceRules = byScope('advisory-source');
    const renderRules = byScope('render');
    // Documents are many: each document rule keeps one context, told which document it is checking (rules run
    // synchronously, one document at a time).
    let current = null;
    const documentPlace = () => {
        const { doc, file, at } = current;
        return at ? { file, ...at } : { file, line: doc.position.line, column: doc.position.column };
    };
    const documentContexts = documentRules.map((r) => [r, contextFor(r, documentPlace, () => current?.extraData)]);
    return {
        document(doc, file, extraData, at) {
            current = { doc, file, extraData, at };
            try {
                for (const [r, ctx] of documentContexts)
                    r.check(doc, ctx);
            }
            finally {
                current = null;
            }
        },
        problem(problem, file, extraData, at) {
            const place = () => (at ? { file, ...at } : { file, line: problem.position.line, column: problem.position.column });
            for (const r of problemRules)
                r.check(problem, contextFor(r, place, extraData));
        },
        render(event, place) {
            for (const r of renderRules)
                r.check(event, contextFor(r, () => place));
        },
        skipped(skipped, file) {
            for (const r of skippedRules)
                r.check(skipped, contextFor(r, () => ({ file, line: null, column: null })));
        },
        run(facts) {
            for (const r of runRules)
                r.check(facts, contextFor(r, () => ({ file: null, line: null, column: null })));
        },
        cluster(evaluation, place) {
            const at = () => ({ file: place?.file ?? null, line: place?.line ?? null, column: null });
            for (const r of clusterRules)
                r.check(evaluation, contextFor(r, at, { cluster: evaluation.spec.name }));
        },
        advisorySource(facts) {
            for (const r of advisorySourceRules)
                r.check(facts, contextFor(r, () => ({ file: null, line: null, column: null })));
        },
    };
}

;// CONCATENATED MODULE: ./src/rules/types.ts
function objectRef(doc) {
    return { apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace };
}

;// CONCATENATED MODULE: ./src/rules/api-rules.ts

const removedApi = {
    meta: {
        id: 'removed-api',
        description: 'The object uses an apiVersion/kind that the target Kubernetes release no longer serves.',
        defaultSeverity: 'error',
    },
    scope: 'document',
    check(doc, ctx) {
        const status = ctx.catalog.status(doc.apiVersion, doc.kind, ctx.target);
        if (status.state !== 'removed')
            return;
        const e = status.entry;
        const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${e.removedIn}`].filter(Boolean).join(', ');
        ctx.report({
            message: `${describe(doc)} uses ${doc.apiVersion}, which Kubernetes ${ctx.target} no longer serves (${when}). ${advice(e, ctx)}`,
            object: objectRef(doc),
            data: facts(e, ctx),
        });
    },
};
const deprecatedApi = {
    meta: {
        id: 'deprecated-api',
        description: 'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated.',
        defaultSeverity: 'warning',
    },
    scope: 'document',
    check(doc, ctx) {
        const status = ctx.catalog.status(doc.apiVersion, doc.kind, ctx.target);
        if (status.state !== 'deprecated')
            return;
        const e = status.entry;
        const removal = e.plannedRemovalIn ? `; removal is planned for ${e.plannedRemovalIn}` : '';
        ctx.report({
            message: `${describe(doc)} uses ${doc.apiVersion}, deprecated since Kubernetes ${e.deprecatedIn}${removal}. ${advice(e, ctx)}`,
            object: objectRef(doc),
            data: facts(e, ctx),
        });
    },
};
function describe(doc) {
    const ns = doc.namespace ? `${doc.namespace}/` : '';
    return doc.name ? `${doc.kind} "${ns}${doc.name}"` : `${doc.kind} (unnamed)`;
}
function advice(e, ctx) {
    const r = e.replacement;
    if (!r)
        return e.noReplacement ? `There is no replacement API: ${e.noReplacement}` : 'There is no replacement API.';
    const same = r.kind === e.kind ? '' : ` ${r.kind}`;
    let text = `Migrate to ${r.apiVersion}${same}.`;
    if (ctx.current) {
        const rep = ctx.catalog.lookup(r.apiVersion, r.kind);
        const servedNow = rep ? ctx.catalog.isServed(rep, ctx.current) : false;
        text += servedNow
            ? ` The current release ${ctx.current} already serves ${r.apiVersion}: migrate before the upgrade.`
            : ` The current release ${ctx.current} does not serve ${r.apiVersion} yet: migrate during the upgrade window.`;
    }
    return text;
}
function facts(e, ctx) {
    const data = {
        deprecatedIn: e.deprecatedIn,
        removedIn: e.removedIn,
        replacement: e.replacement?.apiVersion ?? null,
        replacementKind: e.replacement?.kind ?? null,
        target: ctx.target,
    };
    if (e.plannedRemovalIn)
        data['plannedRemovalIn'] = e.plannedRemovalIn;
    if (e.noReplacement)
        data['noReplacement'] = e.noReplacement;
    if (ctx.current && e.replacement) {
        const rep = ctx.catalog.lookup(e.replacement.apiVersion, e.replacement.kind);
        data['replacementServedByCurrent'] = rep ? ctx.catalog.isServed(rep, ctx.current) : false;
    }
    return data;
}

;// CONCATENATED MODULE: ./src/rules/input-rules.ts
const invalidManifest = {
    meta: {
        id: 'invalid-manifest',
        description: 'A document that looks like a Kubernetes object cannot be parsed; the other documents of the file are still checked.',
        defaultSeverity: 'warning',
    },
    scope: 'problem',
    check(problem, ctx) {
        ctx.report({
            message: `Document ${problem.docIndex + 1} ${problem.message}`,
            data: { document: problem.docIndex + 1 },
        });
    },
};
const skippedFile = {
    meta: {
        id: 'skipped-file',
        description: 'A file or link was not scanned (binary, not UTF-8, over the size limit, or a link the scan will not follow).',
        defaultSeverity: 'warning',
        severities: ['warning', 'notice'],
    },
    scope: 'skipped',
    check(skipped, ctx) {
        ctx.report({ message: `Not scanned: ${skipped.reason}.`, severity: skipped.severity, data: { reason: skipped.reason } });
    },
};
const noManifests = {
    meta: {
        id: 'no-manifests',
        description: 'The scan matched no Kubernetes documents, so it proves nothing.',
        defaultSeverity: 'warning',
    },
    scope: 'run',
    check(facts, ctx) {
        if (facts.documents > 0)
            return;
        ctx.report({
            message: `No Kubernetes manifests found in ${facts.paths.join(', ')} (${facts.files} YAML/JSON file${facts.files === 1 ? '' : 's'} read). Check the paths and include/exclude patterns.`,
            data: { files: facts.files, paths: [...facts.paths] },
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/render-rules.ts
const renderFailed = {
    meta: {
        id: 'render-failed',
        description: 'A Helm chart or Kustomize overlay could not be rendered offline (template error, missing dependency, remote base, timeout), so what it would produce was not checked.',
        defaultSeverity: 'warning',
        severities: ['warning', 'notice'],
    },
    scope: 'render',
    check(e, ctx) {
        if (e.type !== 'render-failed')
            return;
        const what = e.renderer === 'helm' ? `Helm chart ${e.subject}` : `Kustomize overlay ${e.subject}`;
        const values = e.values === undefined ? '' : e.values === null ? ' with its default values' : ` with values ${e.values}`;
        let message;
        if (e.dependency) {
            const d = e.dependency;
            message = `${what}: dependency "${d.name}"${d.version ? ` ${d.version}` : ''}${d.repository ? ` from ${d.repository}` : ''} is not vendored in charts/ ` +
                `and no chart of that name${d.version ? ' and version' : ''} is in the repository; it is never downloaded, so its templates were not checked ` +
                `(the chart was rendered without it)` + (/needed by the subchart "([^"]+)"/.exec(e.reason) ? `; it is needed by the subchart "${/needed by the subchart "([^"]+)"/.exec(e.reason)?.[1]}".` : '.');
        }
        else if (e.timedOut) {
            message = `${what} did not render${values} within the time limit (${e.reason}); its objects were not checked.`;
        }
        else {
            message = `${what} could not be rendered${values}: ${e.reason}` + (e.partial ? ' Other values files of the chart rendered and were checked.' : ' Its objects were not checked.');
        }
        ctx.report({
            message: message.trim(),
            severity: e.partial ? 'notice' : 'warning',
            data: {
                source: e.renderer,
                [e.renderer === 'helm' ? 'chart' : 'kustomization']: e.subject,
                ...(e.values !== undefined ? { values: e.values } : {}),
                reason: e.reason,
                ...(e.dependency ? { dependency: e.dependency.name, dependencyVersion: e.dependency.version, dependencyRepository: e.dependency.repository } : {}),
                ...(e.timedOut ? { timedOut: true } : {}),
                ...(e.data ?? {}),
            },
        });
    },
};
const rendererMissing = {
    meta: {
        id: 'renderer-missing',
        description: 'Helm charts or Kustomize overlays were found but the program that renders them (helm, kubectl or kustomize) is not available, so they were not checked.',
        defaultSeverity: 'warning',
    },
    scope: 'render',
    check(e, ctx) {
        if (e.type !== 'renderer-missing')
            return;
        const things = e.renderer === 'helm' ? (e.count === 1 ? 'Helm chart' : 'Helm charts') : e.count === 1 ? 'Kustomize overlay' : 'Kustomize overlays';
        const how = e.renderer === 'helm' ? 'install helm 3 or 4 or point --helm-path (action input helm-path) at it' : 'install kubectl or kustomize or point --kubectl-path (action input kubectl-path) at it';
        ctx.report({
            message: `${e.count} ${things} not rendered and not checked: ${e.reason}. To check them, ${how}.`,
            data: { renderer: e.renderer, count: e.count, reason: e.reason, [e.renderer === 'helm' ? 'charts' : 'kustomizations']: e.subjects },
        });
    },
};
const chartKubeVersion = {
    meta: {
        id: 'chart-kube-version',
        description: "A chart's Chart.yaml kubeVersion constraint excludes the target release, so Helm refuses to install it there.",
        defaultSeverity: 'error',
    },
    scope: 'render',
    check(e, ctx) {
        if (e.type !== 'chart-kube-version')
            return;
        const message = e.error
            ? `Chart "${e.chartName}" has a kubeVersion constraint "${e.constraint}" that cannot be read (${e.error}); Helm refuses to install it.`
            : `Chart "${e.chartName}" requires kubeVersion "${e.constraint}", which excludes Kubernetes ${e.target}: Helm refuses to install or upgrade it there. ` +
                `Widen the constraint once the chart works on ${e.target} (its templates were still rendered and checked).`;
        ctx.report({ message, data: { source: 'helm', chart: e.chart, constraint: e.constraint, target: e.target } });
    },
};
const capabilitiesRemovedApi = {
    meta: {
        id: 'capabilities-removed-api',
        description: "A template branches on .Capabilities.APIVersions.Has of an API the target no longer serves; Helm's built-in API list still contains it offline, so the branch was taken in the render although a real cluster would not take it.",
        defaultSeverity: 'notice',
    },
    scope: 'render',
    check(e, ctx) {
        if (e.type !== 'capabilities-removed-api')
            return;
        ctx.report({
            message: `The template checks .Capabilities.APIVersions.Has "${e.apiVersion}". Kubernetes ${e.target} does not serve ${e.apiVersion}, ` +
                `but Helm's built-in API list contains it and an offline render cannot remove it, so this condition was true here and would be false on a ${e.target} cluster. ` +
                `Findings from objects this branch renders describe the offline render.`,
            data: { source: 'helm', chart: e.chart, apiVersion: e.apiVersion, target: e.target },
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/config-rules.ts
/**
 * removed-config-api, deprecated-config-api, removed-flag: config files whose apiVersion the target's component no
 * longer reads (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver config files, kubeconfig exec plugins),
 * and command-line flags or admission plugins the target's component rejects at start-up.
 */



/** Who reads the file, and the verb's form ("kubeadm 1.30 no longer reads", "kubectl and client-go 1.30 no longer read"). */
const READER = {
    'kube-apiserver': ['kube-apiserver', 'reads'],
    'kube-controller-manager': ['kube-controller-manager', 'reads'],
    'kube-scheduler': ['kube-scheduler', 'reads'],
    kubelet: ['the kubelet', 'reads'],
    'kube-proxy': ['kube-proxy', 'reads'],
    kubeadm: ['kubeadm', 'reads'],
    client: ['kubectl and client-go', 'read'],
};
function objectOf(doc) {
    return doc.apiVersion ? objectRef(doc) : null;
}
function subject(u) {
    const what = u.kind ? `${u.kind} ${u.apiVersion}` : u.apiVersion;
    return u.source === 'document' ? what : `${what} (${u.via})`;
}
function migrate(e, alternatives, target) {
    const to = alternatives[0];
    if (!to)
        return 'Move the file to a version the target reads.';
    if (e.component === 'kubeadm')
        return `Migrate it to ${to}: \`kubeadm config migrate\` of a kubeadm release that reads both versions rewrites it.`;
    if (e.component === 'client')
        return `The exec credential plugin must speak ${to}; update the plugin and the kubeconfig's exec apiVersion.`;
    return `Migrate it to ${to}${alternatives.length > 1 ? ` (${target} also reads ${alternatives.slice(1).join(', ')})` : ''}.`;
}
function apiData(u, e, alternatives, ctx) {
    const data = {
        apiVersion: u.apiVersion,
        kind: u.kind,
        component: e.component,
        source: u.source,
        via: u.via,
        target: ctx.target,
        introducedIn: e.introducedIn,
        deprecatedIn: e.deprecatedIn,
        removedIn: e.removedIn,
        plannedRemovalIn: e.plannedRemovalIn,
        replacement: alternatives[0] ?? null,
        evidence: e.evidence,
    };
    if (ctx.current) {
        const cur = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.current);
        if (cur)
            data['currentState'] = cur.state;
    }
    return data;
}
const removedConfigApi = {
    meta: {
        id: 'removed-config-api',
        description: 'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver, kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
        defaultSeverity: 'error',
    },
    scope: 'document',
    check(doc, ctx) {
        for (const u of settingsOf(doc).configApis) {
            const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
            if (!st || st.state !== 'removed')
                continue;
            const e = st.entry;
            const when = [e.deprecatedIn ? `deprecated in ${e.deprecatedIn}` : null, `removed in ${e.removedIn}`].filter(Boolean).join(', ');
            const place = u.place();
            ctx.report({
                message: `${subject(u)}: ${READER[e.component][0]} ${ctx.target} no longer ${READER[e.component][1]} ${u.apiVersion} (${when}), so the file fails to load. ${migrate(e, st.alternatives, ctx.target)}`,
                line: place.line,
                column: place.column,
                object: objectOf(doc),
                data: apiData(u, e, st.alternatives, ctx),
            });
        }
    },
};
const deprecatedConfigApi = {
    meta: {
        id: 'deprecated-config-api',
        description: 'A config file uses an apiVersion the target release still reads but has deprecated.',
        defaultSeverity: 'warning',
    },
    scope: 'document',
    check(doc, ctx) {
        for (const u of settingsOf(doc).configApis) {
            const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
            if (!st || st.state !== 'deprecated')
                continue;
            const e = st.entry;
            const removal = e.plannedRemovalIn ? `; its removal is planned for ${e.plannedRemovalIn} (draft release notes)` : '';
            const place = u.place();
            ctx.report({
                message: `${subject(u)}: ${u.apiVersion} is deprecated since ${e.deprecatedIn}${removal}. ${migrate(e, st.alternatives, ctx.target)}`,
                line: place.line,
                column: place.column,
                object: objectOf(doc),
                data: apiData(u, e, st.alternatives, ctx),
            });
        }
    },
};
const removedFlagRule = {
    meta: {
        id: 'removed-flag',
        description: 'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release no longer has; it refuses to start.',
        defaultSeverity: 'error',
    },
    scope: 'document',
    check(doc, ctx) {
        const s = settingsOf(doc);
        for (const f of s.flags) {
            const e = removedFlag(ctx.componentConfig, f.component, f.flag, ctx.target);
            if (!e)
                continue;
            const still = ctx.current && removedFlag(ctx.componentConfig, f.component, f.flag, ctx.current) === null ? ` Kubernetes ${ctx.current} still accepts it: delete it before the upgrade.` : '';
            const place = f.place();
            ctx.report({
                message: `--${f.flag} was removed from ${f.component} in Kubernetes ${e.removedIn}: ${f.component} ${ctx.target} refuses to start with it ("unknown flag"). ` +
                    `Delete it from ${f.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
                line: place.line,
                column: place.column,
                object: objectOf(doc),
                data: { flag: f.flag, component: f.component, value: f.value, source: f.source, via: f.via, target: ctx.target, removedIn: e.removedIn, replacement: e.replacement, evidence: e.evidence },
            });
        }
        for (const a of s.admissionPlugins) {
            const e = removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.target);
            if (!e)
                continue;
            const still = ctx.current && removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.current) === null ? ` Kubernetes ${ctx.current} still has it: remove it before the upgrade.` : '';
            const place = a.place();
            ctx.report({
                message: `Admission plugin ${a.plugin} was removed in Kubernetes ${e.removedIn}${e.deprecatedIn ? ` (deprecated in ${e.deprecatedIn})` : ''}: kube-apiserver ${ctx.target} refuses to start when --${a.flag} names it. ` +
                    `Remove it from ${a.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
                line: place.line,
                column: place.column,
                object: objectOf(doc),
                data: { admissionPlugin: a.plugin, flag: a.flag, component: 'kube-apiserver', source: a.source, via: a.via, target: ctx.target, deprecatedIn: e.deprecatedIn, removedIn: e.removedIn, replacement: e.replacement, evidence: e.evidence },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/gate-rules.ts
/**
 * removed-feature-gate, locked-feature-gate, deprecated-feature-gate, unknown-feature-gate: what the target release
 * makes of each feature gate a Kubernetes component (or kubeadm) is given — where the component reads it (see
 * src/components/), never where the word `--feature-gates` merely appears.
 *
 * Each gate setting gets at most one finding, decided by `judgeGate`:
 *  - not a gate of any covered release → unknown (error), with the closest known name;
 *  - known but not accepted by the target (removed, or not introduced yet) → removed / unknown (error);
 *  - locked in the target (`locked: true`): set to the default → locked (warning: a no-op that fails once the gate is
 *    removed), set to the other value → locked (error: the component refuses it);
 *  - GA or deprecated with an unrecorded lock (`locked: null`) and set against its default → locked (warning: GA
 *    gates are normally locked, and the setting fails once the gate is removed); set to its default → nothing, as
 *    the catalog cannot say it is locked;
 *  - deprecated → deprecated (warning).
 * kubeadm's own gates are judged against the cited kubeadm list of the component-config catalog; a kubeadm gate it
 * does not list is never reported (its lifecycle is unknown, and it is not a Kubernetes component gate).
 */




function who(s) {
    if (s.component === null)
        return 'every Kubernetes component';
    return s.component;
}
/** "kube-apiserver 1.30 refuses" / "the components of Kubernetes 1.30 refuse". */
function refuses(s, release) {
    if (s.component === null)
        return `the components of Kubernetes ${release} refuse`;
    return `${s.component} ${release} refuses`;
}
function baseData(s, ctx) {
    const data = {
        gate: s.gate,
        component: s.component,
        value: s.value,
        setting: s.raw,
        source: s.source,
        via: s.via,
        target: ctx.target,
        gateSet: s.component === 'kubeadm' ? 'kubeadm' : 'kubernetes',
    };
    if (s.component === null)
        data['appliesTo'] = [...KUBE_COMPONENTS];
    return data;
}
function lifecycle(st) {
    return {
        stage: st.stage,
        default: st.default,
        locked: st.locked,
        introducedIn: st.introducedIn,
        gaIn: st.gaIn,
        deprecatedIn: st.deprecatedIn,
        removedIn: st.removedIn,
        lastAcceptedIn: st.lastAcceptedIn,
        plannedRemovalIn: st.plannedRemovalIn,
    };
}
function gate_rules_history(st) {
    const parts = [st.gaIn ? `GA in ${st.gaIn}` : null, st.deprecatedIn ? `deprecated in ${st.deprecatedIn}` : null, st.lastAcceptedIn ? `last accepted in ${st.lastAcceptedIn}` : null];
    const text = parts.filter(Boolean).join(', ');
    return text ? ` (${text})` : '';
}
function removalPhrase(st, target) {
    if (st.removedIn)
        return `when the gate is removed in ${st.removedIn}`;
    if (st.plannedRemovalIn)
        return `when the gate is removed (planned for ${st.plannedRemovalIn})`;
    return `when the gate is removed in a release after ${target}`;
}
function currentFacts(catalog, gate, current) {
    if (!current)
        return { data: null, status: null };
    const st = gateStatus(catalog, gate, current);
    if (st === 'unknown')
        return { data: { release: current, state: 'unknown' }, status: null };
    return { data: { release: current, state: st.state, stage: st.stage, default: st.default, locked: st.locked }, status: st };
}
/** The closest known gate name: same letters ignoring case and `-`/`_`, else one or two edits away (unique). */
function closestGate(catalog, name) {
    const folded = suggestGate(catalog, name);
    if (folded)
        return folded;
    const want = name.toLowerCase();
    const limit = Math.max(1, Math.min(3, Math.floor(want.length / 6)));
    let best = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const known of Object.keys(catalog.gates)) {
        if (Math.abs(known.length - want.length) > limit)
            continue;
        const d = editDistance(want, known.toLowerCase(), limit);
        if (d < bestDistance) {
            best = known;
            bestDistance = d;
            tie = false;
        }
        else if (d === bestDistance)
            tie = true;
    }
    return best !== null && bestDistance <= limit && !tie ? best : null;
}
/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`. */
function editDistance(a, b, limit) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The one finding (if any) a gate setting gets in the target release. */
function judgeGate(s, ctx) {
    if (s.component === 'kubeadm')
        return judgeKubeadmGate(s, ctx);
    const target = ctx.target;
    const data = baseData(s, ctx);
    const fix = `Delete ${s.raw} from ${s.via}.`;
    const cur = currentFacts(ctx.featureGates, s.gate, ctx.current);
    if (cur.data)
        data['current'] = cur.data;
    const st = gateStatus(ctx.featureGates, s.gate, target);
    if (st === 'unknown') {
        const suggestion = closestGate(ctx.featureGates, s.gate);
        const releases = ctx.featureGates.releases;
        data['suggestion'] = suggestion;
        const hint = suggestion
            ? ` Did you mean ${suggestion}?`
            : ' If it is a gate of another program, it does not belong in the feature gates of a Kubernetes component.';
        return {
            rule: 'unknown-feature-gate',
            severity: 'error',
            message: `${s.gate} is not a Kubernetes feature gate: no release from ${releases[0]} to ${ctx.featureGates.newestRelease} has it, and ${refuses(s, target)} to start with an unrecognized feature gate.` +
                `${hint} Fix or delete ${s.raw} in ${s.via}.`,
            data,
        };
    }
    Object.assign(data, lifecycle(st));
    if (st.state === 'not-yet-introduced') {
        return {
            rule: 'unknown-feature-gate',
            severity: 'error',
            message: `Feature gate ${s.gate} does not exist yet in Kubernetes ${target} (first accepted in ${st.introducedIn ?? 'a later release'}): ${refuses(s, target)} to start with an unrecognized feature gate. ${fix}`,
            data,
        };
    }
    if (st.state === 'removed') {
        let message = `Feature gate ${s.gate} was removed in Kubernetes ${st.removedIn ?? 'a release before ' + target}${gate_rules_history(st)}: ${refuses(s, target)} to start with it ("unrecognized feature gate"). ${fix}`;
        if (cur.status?.known)
            message += ` Kubernetes ${ctx.current} still accepts it: delete it before the upgrade.`;
        return { rule: 'removed-feature-gate', severity: 'error', message, data };
    }
    // Accepted by the target.
    if (st.locked === true && st.default !== null) {
        const stage = st.stage === 'deprecated' ? `deprecated since ${st.deprecatedIn}` : `GA since ${st.gaIn ?? st.introducedIn ?? '?'}`;
        if (s.value === st.default) {
            return {
                rule: 'locked-feature-gate',
                severity: 'warning',
                message: `Feature gate ${s.gate} is locked to ${st.default} in Kubernetes ${target} (${stage}): setting it does nothing, and it becomes an error ${removalPhrase(st, target)}. ${fix}`,
                data,
            };
        }
        if (s.value !== null) {
            return {
                rule: 'locked-feature-gate',
                severity: 'error',
                message: `Feature gate ${s.gate} is locked to ${st.default} in Kubernetes ${target} (${stage}): ${refuses(s, target)} to start with ${s.raw}, because the feature can no longer be turned ${st.default ? 'off' : 'on'}. ${fix}`,
                data,
            };
        }
    }
    if (st.locked === null && (st.stage === 'ga' || st.stage === 'deprecated') && st.default !== null && s.value !== null && s.value !== st.default) {
        return {
            rule: 'locked-feature-gate',
            severity: 'warning',
            message: `Feature gate ${s.gate} is ${st.stage === 'ga' ? 'GA' : 'deprecated'} in Kubernetes ${target} with default ${st.default}, and ${s.raw} turns it ${st.default ? 'off' : 'on'}. ` +
                `Such gates are usually locked to their default, which makes ${who(s)} refuse to start; the catalog does not record whether ${target} locks ${s.gate}. ` +
                `The setting fails at the latest ${removalPhrase(st, target)}. ${fix}`,
            data,
        };
    }
    if (st.stage === 'deprecated') {
        const removal = st.removedIn ?? st.plannedRemovalIn;
        return {
            rule: 'deprecated-feature-gate',
            severity: 'warning',
            message: `Feature gate ${s.gate} is deprecated in Kubernetes ${target}${st.deprecatedIn && st.deprecatedIn !== target ? ` (since ${st.deprecatedIn})` : ''}${removal ? ` and will be removed in ${removal}` : ' and will be removed in a later release'}; setting it then stops ${who(s)} from starting. ${fix}`,
            data,
        };
    }
    return null;
}
function kubeadmFacts(e) {
    return { deprecatedIn: e.deprecatedIn, lockedIn: e.lockedIn, lockedValue: e.lockedValue, removedIn: e.removedIn, plannedRemovalIn: e.plannedRemovalIn, evidence: e.evidence };
}
function judgeKubeadmGate(s, ctx) {
    const target = ctx.target;
    const { state, entry } = kubeadmGateStatus(ctx.componentConfig, s.gate, target);
    if (!entry || state === 'accepted' || state === 'unknown')
        return null;
    const data = { ...baseData(s, ctx), ...kubeadmFacts(entry) };
    const fix = `Delete ${s.raw} from ${s.via}.`;
    if (state === 'removed') {
        return {
            rule: 'removed-feature-gate',
            severity: 'error',
            message: `kubeadm feature gate ${s.gate} was removed in kubeadm ${entry.removedIn}${entry.lockedIn ? ` (locked to ${entry.lockedValue} since ${entry.lockedIn})` : ''}: kubeadm ${target} rejects a configuration that sets it. ${fix}`,
            data,
        };
    }
    if (state === 'locked' && entry.lockedValue !== null) {
        const removal = entry.plannedRemovalIn ? `; its removal is planned for ${entry.plannedRemovalIn}` : '';
        if (s.value === entry.lockedValue) {
            return {
                rule: 'locked-feature-gate',
                severity: 'warning',
                message: `kubeadm feature gate ${s.gate} is locked to ${entry.lockedValue} since kubeadm ${entry.lockedIn}: setting it does nothing, and it becomes an error when the gate is removed${removal}. ${fix}`,
                data,
            };
        }
        if (s.value !== null) {
            return {
                rule: 'locked-feature-gate',
                severity: 'error',
                message: `kubeadm feature gate ${s.gate} is locked to ${entry.lockedValue} since kubeadm ${entry.lockedIn}: kubeadm ${target} rejects ${s.raw}. ${fix}`,
                data,
            };
        }
        return null;
    }
    if (state === 'deprecated') {
        return {
            rule: 'deprecated-feature-gate',
            severity: 'warning',
            message: `kubeadm feature gate ${s.gate} is deprecated since kubeadm ${entry.deprecatedIn} and will be removed in a later release. ${fix}`,
            data,
        };
    }
    return null;
}
function gate_rules_objectOf(doc) {
    return doc.apiVersion ? objectRef(doc) : null;
}
function gateRule(id, description, defaultSeverity, severities) {
    return {
        meta: { id, description, defaultSeverity, severities },
        scope: 'document',
        check(doc, ctx) {
            const gates = settingsOf(doc).gates;
            if (gates.length === 0)
                return;
            for (const s of gates) {
                const j = judgeGate(s, ctx);
                if (!j || j.rule !== id)
                    continue;
                const place = s.place();
                ctx.report({ message: j.message, severity: j.severity, line: place.line, column: place.column, object: gate_rules_objectOf(doc), data: j.data });
            }
        },
    };
}
const removedFeatureGate = gateRule('removed-feature-gate', 'A Kubernetes component (or kubeadm) is given a feature gate that the target release no longer has; it refuses to start.', 'error', ['error']);
const lockedFeatureGate = gateRule('locked-feature-gate', 'A feature gate is locked to its default in the target release: setting it to the default does nothing and fails once the gate is removed (warning); setting it to the other value stops the component (error).', 'warning', ['warning', 'error']);
const deprecatedFeatureGate = gateRule('deprecated-feature-gate', 'A Kubernetes component (or kubeadm) is given a feature gate that the target release has deprecated.', 'warning', ['warning']);
const unknownFeatureGate = gateRule('unknown-feature-gate', 'A Kubernetes component is given a feature gate that no Kubernetes release has (a typo, or a gate of another program) or that the target does not have yet; it refuses to start.', 'error', ['error']);

;// CONCATENATED MODULE: ./src/rules/cluster-rules.ts
/** The line of a key in the cluster's declaration (falls back to its `name:`), or null when declared by flags. */
function cluster_rules_lineOf(c, key) {
    if (c.spec.file === null)
        return null;
    return c.spec.lines[key] ?? c.spec.lines['name'] ?? c.spec.lines[''] ?? null;
}
const MANAGED = { eks: 'EKS', gke: 'GKE', aks: 'AKS' };
function providerNote(c) {
    const p = c.spec.provider ? MANAGED[c.spec.provider] : undefined;
    return p ? ` ${p} publishes its own support calendar (extended support may apply); this check uses upstream's.` : '';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function sentence(text) {
    const t = text.trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
const clusterAdvisory = {
    meta: {
        id: 'cluster-advisory',
        description: 'A security advisory affects the declared version of a cluster component; the finding names the fixed versions and the smallest fixed, supported target.',
        defaultSeverity: 'warning',
        severities: ['error', 'warning', 'notice'],
    },
    scope: 'cluster',
    check(c, ctx) {
        for (const hit of c.hits) {
            ctx.report({
                message: advisoryMessage(c, hit),
                severity: hit.severity,
                line: cluster_rules_lineOf(c, hit.lineKey),
                data: advisoryData(c, hit),
            });
        }
    },
};
function advisoryMessage(c, hit) {
    const a = hit.advisory;
    const rating = a.severity ? `${a.severity.severity} ${a.severity.baseScore}` : 'no CVSS rating';
    const where = hit.pools.length > 0 ? ` (node pool${hit.pools.length === 1 ? '' : 's'} ${hit.pools.join(', ')})` : '';
    const parts = [`Cluster ${c.spec.name}: ${a.id} (${rating}) affects ${hit.component} ${hit.version}${where}${a.title ? `: ${a.title.trim()}` : ''}.`];
    if (hit.live)
        parts.push('(Read live from the official CVE feed.)');
    const fixed = Object.values(a.fixedByMinor);
    const t = hit.target;
    if (t.kind === 'upgrade') {
        const how = t.sameMinor ? `a patch upgrade within ${t.minor}` : `${plural(t.minorsAhead, 'minor upgrade')} ahead, one minor at a time`;
        parts.push(`Fixed in ${fixed.join(', ') || 'later releases'}. Smallest fixed, supported target on ${c.asOf}: ${t.target} (${how}).`);
    }
    else if (t.kind === 'no-fix') {
        parts.push('No fixed release exists: upgrading does not remove it.');
    }
    else if (t.kind === 'no-supported-target') {
        parts.push(`Fixed in ${fixed.join(', ') || 'no listed release'}, but no minor upstream still patches on ${c.asOf} has a released fix.`);
    }
    if (a.conditions)
        parts.push(`Exploitable when: ${sentence(a.conditions)}`);
    if (a.mitigation)
        parts.push(`${t.kind === 'upgrade' ? 'Until upgraded' : 'Mitigation'}: ${sentence(a.mitigation)}`);
    if (a.issueUrl)
        parts.push(`Details: ${a.issueUrl}`);
    return parts.join(' ');
}
function advisoryData(c, hit) {
    const a = hit.advisory;
    const t = hit.target;
    return {
        cluster: c.spec.name,
        cve: a.id,
        component: hit.component,
        version: hit.version,
        ...(hit.pools.length > 0 ? { nodePools: hit.pools } : {}),
        cvss: a.severity ? { score: a.severity.baseScore, severity: a.severity.severity, vector: a.severity.vector } : null,
        fix: a.fix,
        fixedVersions: Object.values(a.fixedByMinor),
        smallestFixedTarget: t.kind === 'upgrade' ? t.target : null,
        targetMinorsAhead: t.kind === 'upgrade' ? t.minorsAhead : null,
        conditions: a.conditions,
        mitigation: a.mitigation,
        source: hit.live ? 'live' : 'embedded',
        asOf: c.asOf,
    };
}
const unsupportedVersion = {
    meta: {
        id: 'unsupported-version',
        description: 'The cluster runs a minor release upstream no longer patches on the evaluation date (error), or one that reaches end of life soon, a component or target out of support (warning).',
        defaultSeverity: 'error',
        severities: ['error', 'warning'],
    },
    scope: 'cluster',
    check(c, ctx) {
        const s = c.support;
        const name = c.spec.name;
        const recommend = c.recommendedTarget
            ? ` Recommended secure target: ${c.recommendedTarget} (the smallest supported release without a known fixable advisory${c.recommendedNewestPatch && c.recommendedNewestPatch !== c.recommendedTarget ? `; newest patch of its minor: ${c.recommendedNewestPatch}` : ''}).`
            : '';
        const data = (extra) => ({
            cluster: name,
            minor: s.status.minor,
            status: s.status.status,
            endOfLife: s.endOfLife,
            daysLeft: s.daysLeft,
            asOf: c.asOf,
            recommendedTarget: c.recommendedTarget,
            ...extra,
        });
        if (s.status.status === 'end-of-life') {
            ctx.report({
                message: `Cluster ${name} runs Kubernetes ${s.status.minor} (${c.spec.versionAsWritten}), which ${s.endOfLife ? `reached end of life on ${s.endOfLife}` : 'is out of support'}: ` +
                    `upstream ships no more patches for it, security fixes included.${recommend}${providerNote(c)}`,
                severity: 'error',
                line: cluster_rules_lineOf(c, 'version'),
                data: data({ component: 'kube-apiserver', version: c.spec.version }),
            });
        }
        else if (s.status.status === 'unknown' || s.status.status === 'unreleased') {
            ctx.report({
                message: s.status.status === 'unreleased'
                    ? `Cluster ${name} runs ${c.spec.versionAsWritten}, but Kubernetes ${s.status.minor} is not released on ${c.asOf} per the release catalog: check the version or the date.`
                    : `Cluster ${name} runs ${c.spec.versionAsWritten}; the release catalog has no support dates for ${s.status.minor}: update kube-upgrade-gate to check it.`,
                severity: 'warning',
                line: cluster_rules_lineOf(c, 'version'),
                data: data({ component: 'kube-apiserver', version: c.spec.version }),
            });
        }
        else if (s.daysLeft !== null && s.daysLeft <= c.eolWarningDays) {
            ctx.report({
                message: `Cluster ${name} runs Kubernetes ${s.status.minor} (${c.spec.versionAsWritten}), which reaches end of life on ${s.endOfLife} ` +
                    `(${plural(s.daysLeft, 'day')} after ${c.asOf}${s.status.status === 'maintenance' ? `; in maintenance mode since ${s.status.since}` : ''}). Plan the upgrade.${providerNote(c)}`,
                severity: 'warning',
                line: cluster_rules_lineOf(c, 'version'),
                data: data({ component: 'kube-apiserver', version: c.spec.version }),
            });
        }
        for (const f of c.componentSupport) {
            const what = f.components.map((x) => `${x.component} ${x.version}`).join(', ');
            const who = f.label !== f.component ? `${f.label} (${what})` : what;
            ctx.report({
                message: `Cluster ${name}: ${who} runs Kubernetes ${f.status.minor}, ${f.endOfLife ? `out of upstream support since ${f.endOfLife}` : 'out of upstream support'}: upgrade it along with the control plane.`,
                severity: 'warning',
                line: cluster_rules_lineOf(c, f.lineKey),
                data: data({
                    component: f.component, version: f.version, components: f.components, minor: f.status.minor, status: f.status.status,
                    endOfLife: f.endOfLife, daysLeft: f.daysLeft, ...(f.label.startsWith('node pool ') ? { nodePool: f.label.slice('node pool '.length) } : {}),
                }),
            });
        }
        const t = c.targetSupport;
        if (c.spec.target !== c.spec.minor && (t.status === 'end-of-life' || t.status === 'unreleased')) {
            ctx.report({
                message: t.status === 'end-of-life'
                    ? `Cluster ${name}: the upgrade target ${c.spec.target} is itself out of upstream support on ${c.asOf} (end of life ${t.since ?? 'passed'}); target a supported release${c.recommendedTarget ? ` such as ${c.recommendedTarget}` : ''}.`
                    : `Cluster ${name}: the upgrade target ${c.spec.target} is not released on ${c.asOf}.`,
                severity: 'warning',
                line: cluster_rules_lineOf(c, 'target'),
                data: data({ component: 'kube-apiserver', version: c.spec.version, target: c.spec.target, targetStatus: t.status }),
            });
        }
    },
};
const versionSkew = {
    meta: {
        id: 'version-skew',
        description: 'Declared component versions break the version-skew policy (error), moving the control plane to the target would (warning: the pool must move first or along), or a pool will be at the limit after the upgrade (notice).',
        defaultSeverity: 'error',
        severities: ['error', 'warning', 'notice'],
    },
    scope: 'cluster',
    check(c, ctx) {
        for (const p of c.skew) {
            ctx.report({
                message: `Cluster ${c.spec.name}: ${p.message}.`,
                severity: p.kind === 'current' ? 'error' : p.kind === 'plan' ? 'warning' : 'notice',
                line: cluster_rules_lineOf(c, p.lineKey),
                data: {
                    cluster: c.spec.name,
                    kind: p.kind,
                    component: p.component,
                    version: p.version,
                    ...(p.pool !== null ? { nodePool: p.pool } : {}),
                    relativeTo: p.relativeTo,
                    relativeVersion: p.relativeVersion,
                    skew: p.skew,
                    maxNewerMinors: p.maxNewer,
                    maxOlderMinors: p.maxOlder,
                    policyRule: p.rule,
                    requiredMinor: p.requiredMinor,
                    blocksAt: p.blocksAt,
                    target: c.spec.target,
                },
            });
        }
    },
};
const MAX_LISTED_REMOVALS = 5;
function describeRemoval(r) {
    const ns = r.namespace ? `${r.namespace}/` : '';
    const obj = r.name ? `${r.kind} "${ns}${r.name}"` : r.kind;
    return `${obj} ${r.apiVersion}${r.replacement ? ` (→ ${r.replacement})` : ''} at ${r.file}${r.line !== null ? `:${r.line}` : ''}`;
}
function describeStep(step) {
    const listed = step.removals.slice(0, MAX_LISTED_REMOVALS).map(describeRemoval).join('; ');
    const more = step.removals.length > MAX_LISTED_REMOVALS ? `; and ${step.removals.length - MAX_LISTED_REMOVALS} more` : '';
    return `${step.minor} removes ${listed}${more}`;
}
const upgradePath = {
    meta: {
        id: 'upgrade-path',
        description: 'The target is more than one minor ahead: the ordered upgrade steps, each with the API removals it brings for the manifests mapped to the cluster (error when a removal is beyond the scan target and so not reported per file).',
        defaultSeverity: 'warning',
        severities: ['error', 'warning'],
    },
    scope: 'cluster',
    check(c, ctx) {
        const from = c.spec.minor;
        const to = c.spec.target;
        const multi = c.path.length > 2;
        const unreported = c.steps.reduce((n, s) => n + s.unreported, 0);
        if (!multi && unreported === 0)
            return;
        const steps = c.path.length - 1;
        const head = multi
            ? `Cluster ${c.spec.name}: ${from} → ${to} takes ${plural(steps, 'upgrade')}, one minor at a time (kube-apiserver must not skip minors): ${c.path.join(' → ')}.`
            : `Cluster ${c.spec.name}: the upgrade ${from} → ${to} removes APIs its manifests use.`;
        const withRemovals = c.steps.filter((s) => s.removals.length > 0);
        const perStep = c.spec.paths.length === 0
            ? ' No paths are mapped to the cluster, so its manifests were not checked per step.'
            : withRemovals.length === 0
                ? ` No step removes an API used by the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}).`
                : ` For the ${plural(c.documents, 'document')} mapped to the cluster (${c.spec.paths.join(', ')}): ${withRemovals.map(describeStep).join('. ')}.`;
        const tail = unreported > 0
            ? ` ${plural(unreported, 'removal')} lie beyond the scan target ${c.scanTarget} and are not reported per file: migrate them before the step that removes them.`
            : '';
        ctx.report({
            message: head + perStep + tail,
            severity: unreported > 0 ? 'error' : 'warning',
            line: cluster_rules_lineOf(c, c.spec.lines['target'] !== undefined ? 'target' : 'version'),
            data: {
                cluster: c.spec.name,
                from,
                to,
                path: c.path,
                steps: c.steps.map((s) => ({ minor: s.minor, removals: s.removals.slice(0, 200) })),
                unreportedRemovals: unreported,
            },
        });
    },
};
const advisoryFeed = {
    meta: {
        id: 'advisory-feed',
        description: 'Where advisories came from: a live feed that failed (warning; the embedded catalog is used), new CVEs from the live feed that could not be matched, or an embedded catalog older than 30 days (notice).',
        defaultSeverity: 'notice',
        severities: ['warning', 'notice'],
    },
    scope: 'advisory-source',
    check(src, ctx) {
        const live = src.live;
        for (const f of live?.failures ?? []) {
            ctx.report({
                message: f.source === 'official-cve-feed'
                    ? `Live advisories: the official Kubernetes CVE feed could not be used (${f.reason}; ${f.url}). Falling back to the embedded catalog ${src.catalogVersion}.`
                    : `Live advisories: an OSV record could not be used (${f.reason}; ${f.url}); its CVE is listed without version matching.`,
                severity: 'warning',
                data: { source: f.source, url: f.url, reason: f.reason, fallback: f.source === 'official-cve-feed' ? 'embedded' : 'unmatched' },
            });
        }
        for (const u of live?.unmatched ?? []) {
            ctx.report({
                message: `${u.cve} (feed status: ${u.status}) is in the official Kubernetes CVE feed but not in the embedded catalog${u.summary ? `: ${u.summary}` : ''}. ` +
                    `It was not matched against cluster versions (${u.detail ?? u.reason}); check it by hand${u.url ? `: ${u.url}` : ''}.`,
                severity: 'notice',
                data: { cve: u.cve, status: u.status, reason: u.reason, url: u.url, published: u.published },
            });
        }
        if (live?.feedOk && live.added.length > 0) {
            ctx.report({
                message: `Live advisories: ${plural(live.added.length, 'CVE')} not in the embedded catalog matched from their OSV records: ${live.added.map((a) => a.id).join(', ')}.`,
                severity: 'notice',
                data: { source: 'osv', added: live.added.map((a) => a.id), feedUpdatedAt: live.feedUpdatedAt },
            });
        }
        const liveOk = src.mode === 'live' && live?.feedOk === true;
        if (!liveOk && src.ageDays !== null && src.ageDays > src.staleAfterDays) {
            ctx.report({
                message: `The embedded advisory catalog ${src.catalogVersion} (data up to ${src.catalogDate}) is ${plural(src.ageDays, 'day')} old on ${src.asOf}: ` +
                    `advisories published since may be missing. Run with --advisories live (action input advisories: live) or update kube-upgrade-gate.`,
                severity: 'notice',
                data: { source: 'embedded', catalogVersion: src.catalogVersion, catalogDate: src.catalogDate, ageDays: src.ageDays, asOf: src.asOf },
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/ids.ts
/**
 * The closed list of rule ids. Every finding the engine emits carries one of these; reporters, SARIF rule
 * metadata, documentation and tests are all keyed on this list. Adding a rule means adding it here first.
 */
const RULE_IDS = [
    'removed-api',
    'deprecated-api',
    'invalid-manifest',
    'no-manifests',
    'skipped-file',
    'render-failed',
    'renderer-missing',
    'chart-kube-version',
    'capabilities-removed-api',
    'removed-feature-gate',
    'locked-feature-gate',
    'deprecated-feature-gate',
    'unknown-feature-gate',
    'removed-config-api',
    'deprecated-config-api',
    'removed-flag',
    'cluster-advisory',
    'unsupported-version',
    'version-skew',
    'upgrade-path',
    'advisory-feed',
];
function isRuleId(value) {
    return RULE_IDS.includes(value);
}

;// CONCATENATED MODULE: ./src/rules/index.ts
/** Every rule, in one list. The engine runs them; docs and SARIF metadata are derived from their meta. */







const RULES = [
    removedApi,
    deprecatedApi,
    invalidManifest,
    skippedFile,
    noManifests,
    renderFailed,
    rendererMissing,
    chartKubeVersion,
    capabilitiesRemovedApi,
    removedFeatureGate,
    lockedFeatureGate,
    deprecatedFeatureGate,
    unknownFeatureGate,
    removedConfigApi,
    deprecatedConfigApi,
    removedFlagRule,
    clusterAdvisory,
    unsupportedVersion,
    versionSkew,
    upgradePath,
    advisoryFeed,
];
function ruleMeta(id) {
    return RULES.find((r) => r.meta.id === id)?.meta;
}
// Fail fast if a rule id is used twice or a listed id has no rule.
{
    const ids = RULES.map((r) => r.meta.id);
    if (new Set(ids).size !== ids.length)
        throw new Error('duplicate rule id');
    for (const id of RULE_IDS)
        if (!ids.includes(id))
            throw new Error(`rule id ${id} has no rule`);
}

;// CONCATENATED MODULE: ./src/platform/scan-worker.ts
/**
 * The FileScanPool port on worker threads. A worker runs the same bundle as its parent (entry points check
 * `isScanWorker()` first), reads its files itself and checks them with the embedded catalogs.
 */






const ROLE = 'kube-upgrade-gate/scan-worker';
/**
 * Below this many bytes of files a scan stays on the main thread: starting a worker (loading the bundle and its
 * catalog) costs about 100 ms, and a new worker runs cold code. On a 2-CPU machine the bundled CLI took 0.73 s
 * without a worker and 0.90 s with one on 10 MB of manifests, and 1.28 s and 1.21 s on 20 MB.
 */
const POOL_MIN_BYTES = 32 * 1024 * 1024;
/** Whether this thread was started as a scan worker. */
function isScanWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === ROLE;
}
/** The worker's side: answers batches until its parent closes it. */
function runScanWorker() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        throw new Error('runScanWorker needs a parent thread');
    const catalog = loadApiCatalog();
    let sink = [];
    const engines = new Map();
    port.on('message', (req) => {
        let reply;
        try {
            const key = `${req.target}\0${req.current ?? ''}`;
            let engine = engines.get(key);
            if (!engine) {
                engine = createEngine(RULES, { target: req.target, current: req.current, catalog }, (f) => sink.push(f));
                engines.set(key, engine);
            }
            sink = [];
            let documents = 0;
            for (const f of req.files) {
                let bytes;
                try {
                    bytes = readRegularFile(f.abs);
                }
                catch (err) {
                    bytes = err instanceof Error ? err : new Error(String(err));
                }
                documents += scanFile(f.rel, bytes, engine);
            }
            reply = { id: req.id, ok: true, outcome: { findings: sink, documents } };
        }
        catch (err) {
            reply = { id: req.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
        }
        port.postMessage(reply);
    });
}
/** A pool of scan workers, started on first use. */
function workerScanPool(opts) {
    let workers = null;
    const idle = [];
    const waiting = [];
    let nextId = 1;
    const start = () => {
        workers = Array.from({ length: opts.workers }, () => {
            const w = new external_node_worker_threads_namespaceObject.Worker(opts.script, { workerData: { role: ROLE }, ...(opts.execArgv ? { execArgv: opts.execArgv } : {}) });
            w.unref();
            return w;
        });
        idle.push(...workers);
    };
    const take = () => {
        if (!workers)
            start();
        const w = idle.pop();
        return w ? Promise.resolve(w) : new Promise((r) => waiting.push(r));
    };
    const give = (w) => {
        const next = waiting.shift();
        if (next)
            next(w);
        else
            idle.push(w);
    };
    return {
        minBytes: opts.minBytes,
        lanes: opts.workers,
        async scan(job, files) {
            const w = await take();
            const id = nextId++;
            try {
                return await new Promise((resolve, reject) => {
                    const onMessage = (reply) => {
                        if (reply.id !== id)
                            return;
                        cleanup();
                        if (reply.ok)
                            resolve(reply.outcome);
                        else
                            reject(new Error(`scan worker failed: ${reply.error}`));
                    };
                    const onError = (err) => {
                        cleanup();
                        reject(err);
                    };
                    const onExit = (code) => {
                        cleanup();
                        reject(new Error(`scan worker stopped (exit code ${code})`));
                    };
                    const cleanup = () => {
                        w.off('message', onMessage);
                        w.off('error', onError);
                        w.off('exit', onExit);
                    };
                    w.on('message', onMessage);
                    w.on('error', onError);
                    w.on('exit', onExit);
                    w.postMessage({ id, target: job.target, current: job.current, files: [...files] });
                });
            }
            finally {
                give(w);
            }
        },
        async close() {
            const all = workers ?? [];
            workers = null;
            idle.length = 0;
            await Promise.all(all.map((w) => w.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/discovery/discover.ts
/**
 * Finds the files to scan under the workspace, and the Helm charts and Kustomize overlays beside them.
 * Never leaves the workspace: symbolic links that point outside it or back into a directory already walked are
 * reported as skipped, not followed.
 */



class DiscoveryError extends Error {
}
/** Directories never walked: version control, dependencies and vendored code. */
const DEFAULT_EXCLUDED_DIRS = new Set([
    '.git', '.hg', '.svn', 'node_modules', 'vendor', 'third_party', 'bower_components', '.terraform', '.venv', '__pycache__',
]);
const MANIFEST_EXT = /\.(ya?ml|json)$/i;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Files of a chart that are not plain manifests (templates are rendered by Helm, the rest is chart metadata). */
const CHART_META = /^(Chart\.ya?ml|Chart\.lock|requirements\.ya?ml|requirements\.lock|values[^/]*\.(ya?ml|json)|values\.schema\.json)$/;
const CHART_NON_MANIFEST_DIRS = new Set(['templates', 'ci']);
const GLOB_CHARS = /[*?[\]{}!]/;
/** How many file sizes are asked for at once. */
const STAT_BATCH = 64;
/** How many directories are read at once. */
const DIR_CONCURRENCY = 16;
async function discover(fs, opts) {
    const realRoot = await fs.realpath(opts.root);
    const result = { files: [], charts: [], kustomizations: [], skipped: [] };
    const include = opts.include.length > 0 ? picomatch_default()(opts.include, { dot: true }) : null;
    const exclude = opts.exclude.length > 0 ? picomatch_default()(opts.exclude, { dot: true }) : null;
    const seenFiles = new Set();
    const seenCharts = new Set();
    const seenKustomizations = new Set();
    const visitedDirs = new Set();
    const toRel = (abs) => (0,external_node_path_namespaceObject.relative)(opts.root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
    const inside = (real) => real === realRoot || real.startsWith(realRoot + external_node_path_namespaceObject.sep);
    const excluded = (rel) => exclude !== null && (exclude(rel) || exclude(`${rel}/`));
    /** Whether a file at `rel` is one to scan (its size is checked afterwards, by addFile). */
    const wanted = (rel, pathFilter) => {
        if (seenFiles.has(rel))
            return false;
        if (!MANIFEST_EXT.test(rel) && !isHostConfigPath(rel))
            return false; // host files: systemd units, env files of the components
        if (pathFilter && !pathFilter(rel))
            return false;
        if (include && !include(rel))
            return false;
        return !excluded(rel);
    };
    const addFile = (abs, rel, size, pathFilter) => {
        if (!wanted(rel, pathFilter))
            return;
        seenFiles.add(rel);
        if (size > opts.maxFileBytes) {
            result.skipped.push({ rel, severity: 'notice', reason: `larger than the size limit (${size} bytes > ${opts.maxFileBytes})` });
            return;
        }
        result.files.push({ abs, rel, size });
    };
    /** Symbolic links to directories, followed after the plain tree so that "already scanned" does not depend on timing. */
    let linkedDirs = [];
    const visit = async (task, more) => {
        const { dir, pathFilter, inChart } = task;
        let real = task.real;
        if (real === null) {
            try {
                real = await fs.realpath(dir);
            }
            catch (err) {
                result.skipped.push({ rel: toRel(dir), severity: 'warning', reason: `cannot be read (${err.message})` });
                return;
            }
        }
        if (visitedDirs.has(real))
            return;
        visitedDirs.add(real);
        let entries;
        try {
            entries = await fs.readdir(dir);
        }
        catch (err) {
            result.skipped.push({ rel: toRel(dir), severity: 'warning', reason: `cannot be read (${err.message})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const names = new Set(entries.map((e) => e.name));
        const relDir = toRel(dir);
        const isChart = names.has('Chart.yaml') || names.has('Chart.yml');
        if (isChart && !seenCharts.has(relDir)) {
            seenCharts.add(relDir);
            result.charts.push(relDir);
        }
        if (KUSTOMIZATION_FILES.some((k) => names.has(k)) && !seenKustomizations.has(relDir)) {
            seenKustomizations.add(relDir);
            result.kustomizations.push(relDir);
        }
        // Sizes of this directory's plain files are asked for together (one stat each, overlapping).
        const files = [];
        for (const e of entries) {
            const abs = (0,external_node_path_namespaceObject.join)(dir, e.name);
            // The entry's path from its directory's (path.relative for every entry costs more than the listing).
            const rel = relDir === '.' ? e.name : `${relDir}/${e.name}`;
            let isDir = e.isDirectory;
            let isFile = e.isFile;
            let size = -1;
            if (e.isSymbolicLink) {
                let target;
                try {
                    target = await fs.realpath(abs);
                }
                catch {
                    result.skipped.push({ rel, severity: 'notice', reason: 'symbolic link that cannot be resolved (dangling or a loop)' });
                    continue;
                }
                if (!inside(target)) {
                    result.skipped.push({ rel, severity: 'warning', reason: 'symbolic link to a path outside the workspace (not followed)' });
                    continue;
                }
                const st = await fs.stat(abs);
                if (st.isDirectory) {
                    if (!(DEFAULT_EXCLUDED_DIRS.has(e.name) || excluded(rel) || (isChart && CHART_NON_MANIFEST_DIRS.has(e.name)))) {
                        linkedDirs.push({ dir: abs, real: target, pathFilter, inChart: inChart || isChart, rel, target });
                    }
                    continue;
                }
                isDir = false;
                isFile = st.isFile;
                size = st.size;
            }
            if (isDir) {
                if (DEFAULT_EXCLUDED_DIRS.has(e.name) || excluded(rel))
                    continue;
                if (isChart && CHART_NON_MANIFEST_DIRS.has(e.name))
                    continue; // rendered by Helm, not read as YAML
                more({ dir: abs, real: (0,external_node_path_namespaceObject.join)(real, e.name), pathFilter, inChart: inChart || isChart });
            }
            else if (isFile) {
                if (isChart && CHART_META.test(e.name))
                    continue;
                if (size >= 0)
                    addFile(abs, rel, size, pathFilter);
                else if (wanted(rel, pathFilter))
                    files.push({ abs, rel });
            }
        }
        for (let i = 0; i < files.length; i += STAT_BATCH) {
            const batch = files.slice(i, i + STAT_BATCH);
            const sizes = await Promise.all(batch.map(async (f) => (await fs.lstat(f.abs)).size));
            batch.forEach((f, k) => addFile(f.abs, f.rel, sizes[k], pathFilter));
        }
    };
    /**
     * Walks a tree, several directories at a time (a repository of many small directories is otherwise bound by one
     * round trip per directory). Results are sorted afterwards, so the order of visits does not show.
     */
    const walkTree = async (root) => {
        const queue = [root];
        let active = 0;
        await new Promise((done, fail) => {
            const pump = () => {
                while (active < DIR_CONCURRENCY && queue.length > 0) {
                    const task = queue.shift();
                    active++;
                    visit(task, (t) => queue.push(t)).then(() => {
                        active--;
                        if (active === 0 && queue.length === 0)
                            done();
                        else
                            pump();
                    }, fail);
                }
            };
            pump();
        });
        // Then the linked directories, in name order: a link to a directory already walked is reported, not walked again.
        while (linkedDirs.length > 0) {
            const links = linkedDirs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
            linkedDirs = [];
            for (const link of links) {
                if (visitedDirs.has(link.target)) {
                    result.skipped.push({ rel: link.rel, severity: 'notice', reason: 'symbolic link to a directory already scanned (loop or duplicate)' });
                    continue;
                }
                await walkTree({ dir: link.dir, real: link.target, pathFilter: link.pathFilter, inChart: link.inChart });
            }
        }
    };
    for (const p of opts.paths) {
        if (GLOB_CHARS.test(p) && !(0,external_node_path_namespaceObject.isAbsolute)(p)) {
            const match = picomatch_default()(p.replace(/^\.\//, ''), { dot: true });
            await walkTree({ dir: opts.root, real: realRoot, pathFilter: (rel) => match(rel), inChart: false });
            continue;
        }
        const abs = (0,external_node_path_namespaceObject.resolve)(opts.root, p);
        let real;
        try {
            real = await fs.realpath(abs);
        }
        catch {
            throw new DiscoveryError(`path "${p}" does not exist`);
        }
        if (!inside(real))
            throw new DiscoveryError(`path "${p}" is outside the workspace ${opts.root}; refusing to scan it`);
        const st = await fs.stat(abs);
        if (st.isDirectory)
            await walkTree({ dir: abs, real, pathFilter: null, inChart: await isInChart(fs, abs, opts.root) });
        else if (st.isFile)
            addFile(abs, toRel(abs), st.size, null);
    }
    result.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    result.charts.sort();
    result.kustomizations.sort();
    result.skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return result;
}
/** Whether `dir` sits inside a chart (some ancestor up to the root has a Chart.yaml). */
async function isInChart(fs, dir, root) {
    let d = dir;
    while (d.startsWith(root) && d !== root) {
        d = (0,external_node_path_namespaceObject.resolve)(d, '..');
        try {
            const st = await fs.stat((0,external_node_path_namespaceObject.join)(d, 'Chart.yaml'));
            if (st.isFile)
                return true;
        }
        catch {
            // no chart here
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/findings/types.ts
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function compareFindings(a, b) {
    // Run-scope findings (no file) come first, then by file, line, column, rule, message.
    if (a.file !== b.file) {
        if (a.file === null)
            return -1;
        if (b.file === null)
            return 1;
        return a.file < b.file ? -1 : 1;
    }
    const la = a.line ?? 0;
    const lb = b.line ?? 0;
    if (la !== lb)
        return la - lb;
    const ca = a.column ?? 0;
    const cb = b.column ?? 0;
    if (ca !== cb)
        return ca - cb;
    if (a.ruleId !== b.ruleId)
        return a.ruleId < b.ruleId ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function summarize(findings, files, documents) {
    let errors = 0;
    let warnings = 0;
    let notices = 0;
    for (const f of findings) {
        if (f.severity === 'error')
            errors++;
        else if (f.severity === 'warning')
            warnings++;
        else
            notices++;
    }
    return { files, documents, errors, warnings, notices };
}
function atOrAbove(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

;// CONCATENATED MODULE: ./src/shard/shard.ts
const SHARD_RE = /^(\d+)\/(\d+)$/;
/** Parses "I/N" (1 ≤ I ≤ N); null when the text is not of that form. */
function parseShard(text) {
    const m = SHARD_RE.exec(text.trim());
    if (!m)
        return null;
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || index < 1 || index > count || count > 1000)
        return null;
    return { index, count };
}
/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        h ^= byte;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
/** The shard (1-based) a workspace-relative path belongs to. */
function shardOf(path, count) {
    return (fnv1a(path) % count) + 1;
}
/** A predicate for "this path is scanned by this shard"; everything belongs to the only shard of an unsharded run. */
function shardFilter(shard) {
    if (!shard || shard.count === 1)
        return () => true;
    return (path) => shardOf(path, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * The one typed settings module: raw strings from the CLI or the action inputs in, validated settings out.
 * Every error names the bad value, the flag or input it came from, and what is expected.
 */



const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_RENDER_SETTINGS = {
    helmPath: null,
    kubectlPath: null,
    releaseName: 'release-name',
    namespace: 'default',
    valuesFiles: [],
    renderTimeoutSec: 60,
    renderWorkers: null,
    rendered: null,
};
class SettingsError extends Error {
}
function resolveScanSettings(raw, catalog, names) {
    if (raw.target === undefined || raw.target.trim() === '') {
        throw new SettingsError(`${names.target} is required: the Kubernetes release to check against, e.g. ${catalog.newestRelease}`);
    }
    const target = settings_release(raw.target, names.target, catalog);
    const current = raw.current === undefined || raw.current.trim() === '' ? null : settings_release(raw.current, names.current, catalog);
    if (current !== null && version_compareReleases(current, target) > 0) {
        throw new SettingsError(`${names.current} ${current} is newer than ${names.target} ${target}; the target must be the same release or newer`);
    }
    const failOn = resolveFailOn(raw.failOn, names.failOn);
    let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    if (raw.maxFileBytes !== undefined && raw.maxFileBytes.trim() !== '') {
        const n = Number(raw.maxFileBytes);
        if (!Number.isInteger(n) || n <= 0) {
            throw new SettingsError(`${names.maxFileBytes} "${raw.maxFileBytes}" is not valid; expected a positive whole number of bytes`);
        }
        maxFileBytes = n;
    }
    const paths = raw.paths.map((p) => p.trim()).filter((p) => p !== '');
    return {
        root: raw.root,
        paths: paths.length > 0 ? paths : ['.'],
        target,
        current,
        failOn,
        include: clean(raw.include),
        exclude: clean(raw.exclude),
        maxFileBytes,
        render: resolveRenderSettings(raw, names),
        shard: resolveShard(raw.shard, names.shard ?? 'shard'),
    };
}
function resolveFailOn(text, name) {
    const failOn = (text ?? 'error').trim() || 'error';
    if (!FAIL_ON_VALUES.includes(failOn)) {
        throw new SettingsError(`${name} "${failOn}" is not valid; expected one of ${FAIL_ON_VALUES.join(', ')}`);
    }
    return failOn;
}
function resolveShard(text, name) {
    if (text === undefined || text.trim() === '')
        return null;
    const shard = parseShard(text);
    if (!shard)
        throw new SettingsError(`${name} "${text}" is not valid; expected I/N with 1 ≤ I ≤ N, e.g. 2/4`);
    return shard;
}
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function resolveRenderSettings(raw, names) {
    const text = (v) => (v === undefined || v.trim() === '' ? null : v.trim());
    const releaseName = text(raw.releaseName) ?? DEFAULT_RENDER_SETTINGS.releaseName;
    if (!RELEASE_NAME.test(releaseName) || releaseName.length > 53) {
        throw new SettingsError(`${names.releaseName ?? 'release name'} "${releaseName}" is not a valid Helm release name; expected lower-case letters, digits and dashes (at most 53)`);
    }
    const namespace = text(raw.namespace) ?? DEFAULT_RENDER_SETTINGS.namespace;
    if (!RELEASE_NAME.test(namespace) || namespace.length > 63) {
        throw new SettingsError(`${names.namespace ?? 'namespace'} "${namespace}" is not a valid namespace; expected lower-case letters, digits and dashes (at most 63)`);
    }
    const inside = (p, what) => {
        const abs = (0,external_node_path_namespaceObject.resolve)(raw.root, p);
        const rel = (0,external_node_path_namespaceObject.relative)(raw.root, abs);
        if (rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel))
            throw new SettingsError(`${names.values ?? 'values'} ${what} "${p}" is outside the workspace ${raw.root}`);
        return rel.split(external_node_path_namespaceObject.sep).join('/') || '.';
    };
    const valuesFiles = [];
    for (const pair of clean(raw.values)) {
        const eq = pair.indexOf('=');
        const chart = eq > 0 ? pair.slice(0, eq).trim() : '';
        const file = eq > 0 ? pair.slice(eq + 1).trim() : '';
        if (chart === '' || file === '') {
            throw new SettingsError(`${names.values ?? 'values'} "${pair}" is not valid; expected CHART=FILE, e.g. charts/web=deploy/prod-values.yaml`);
        }
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) {
            throw new SettingsError(`${names.values ?? 'values'} "${pair}": values must be a file in the workspace, not a URL (nothing is downloaded)`);
        }
        valuesFiles.push({ chart: inside(chart, 'chart'), file: inside(file, 'file') });
    }
    let renderTimeoutSec = DEFAULT_RENDER_SETTINGS.renderTimeoutSec;
    const timeout = text(raw.renderTimeout);
    if (timeout !== null) {
        const n = Number(timeout);
        if (!Number.isFinite(n) || n <= 0) {
            throw new SettingsError(`${names.renderTimeout ?? 'render timeout'} "${timeout}" is not valid; expected a positive number of seconds`);
        }
        renderTimeoutSec = n;
    }
    let renderWorkers = null;
    const workers = text(raw.renderWorkers);
    if (workers !== null) {
        const n = Number(workers);
        if (!Number.isInteger(n) || n <= 0) {
            throw new SettingsError(`${names.renderWorkers ?? 'render workers'} "${workers}" is not valid; expected a positive whole number`);
        }
        renderWorkers = n;
    }
    return {
        helmPath: text(raw.helmPath),
        kubectlPath: text(raw.kubectlPath),
        releaseName,
        namespace,
        valuesFiles,
        renderTimeoutSec,
        renderWorkers,
        rendered: text(raw.rendered),
    };
}
function settings_release(text, name, catalog) {
    if (text.trim().toLowerCase() === 'latest')
        return catalog.newestRelease;
    const parsed = parseRelease(text);
    if (!parsed) {
        throw new SettingsError(`${name} "${text}" is not a Kubernetes release; expected MAJOR.MINOR such as ${catalog.newestRelease}, or latest`);
    }
    const r = formatRelease(parsed);
    if (version_compareReleases(r, catalog.newestRelease) > 0) {
        throw new SettingsError(`${name} ${r} is newer than the newest release in the API catalog (${catalog.newestRelease}, catalog ${catalog.version}); ` +
            `results for it would be guesses. Use ${catalog.newestRelease} or update kube-upgrade-gate`);
    }
    // Releases older than the catalog's served-API data are still answerable: deprecation and removal releases are
    // known for every kind the catalog lists, which is all that removed-api and deprecated-api need.
    if (parsed.major !== 1) {
        throw new SettingsError(`${name} ${r} is not a Kubernetes 1.x release; expected MAJOR.MINOR such as ${catalog.newestRelease}`);
    }
    return r;
}
function clean(list) {
    return (list ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
/** Splits an action input or repeated flag value on newlines and commas. */
function settings_splitList(text) {
    return (text ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

;// CONCATENATED MODULE: ./src/render/chart.ts
/** Chart metadata: what Chart.yaml (and a v1 chart's requirements.yaml) say, with the lines they say it on. */

class ChartError extends Error {
}
/**
 * Metadata already read, by file text. A chart's Chart.yaml is read up to four times in a scan (is it a library, its
 * name for dependencies, its render, its copy), and each read of even a three-line file costs about half a
 * millisecond of CPU, CPU that parallel helm processes need. The results are frozen, so sharing them is safe.
 */
const known = new Map();
const KNOWN_MAX = 1024;
/** Reads Chart.yaml text (and requirements.yaml text for apiVersion v1 charts). The result is frozen. */
function readChartMeta(chartYaml, requirementsYaml) {
    const key = requirementsYaml === null ? chartYaml : `${chartYaml}\0${requirementsYaml}`;
    const hit = known.get(key);
    if (hit)
        return hit;
    const meta = parseChartMeta(chartYaml, requirementsYaml);
    if (known.size >= KNOWN_MAX)
        known.clear();
    known.set(key, meta);
    return meta;
}
function parseChartMeta(chartYaml, requirementsYaml) {
    const { doc, lc } = chart_load(chartYaml, 'Chart.yaml');
    const data = doc.toJS();
    if (!chart_isRecord(data))
        throw new ChartError('Chart.yaml is not a mapping');
    const name = data['name'];
    if (typeof name !== 'string' || name === '')
        throw new ChartError('Chart.yaml has no name');
    const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
    let dependencies = dependencyList(doc, lc);
    let dependenciesFile = 'Chart.yaml';
    if (dependencies.length === 0 && requirementsYaml !== null) {
        const req = chart_load(requirementsYaml, 'requirements.yaml');
        dependencies = dependencyList(req.doc, req.lc);
        dependenciesFile = 'requirements.yaml';
    }
    return Object.freeze({
        name,
        version: str(data['version']),
        type: str(data['type']),
        kubeVersion: str(data['kubeVersion']),
        kubeVersionLine: keyLine(doc, lc, 'kubeVersion'),
        dependencies: Object.freeze(dependencies.map((d) => Object.freeze(d))),
        dependenciesFile,
    });
}
/** The text with top-level keys removed and dependency entries (by index) dropped. */
function rewriteChartYaml(text, opts) {
    const { doc } = chart_load(text, 'Chart.yaml');
    for (const k of opts.dropKeys ?? [])
        doc.delete(k);
    const drop = new Set(opts.dropDependencies ?? []);
    if (drop.size > 0) {
        const deps = doc.get('dependencies', true);
        if ((0,dist/* isSeq */.oP)(deps))
            deps.items = deps.items.filter((_item, i) => !drop.has(i));
    }
    return doc.toString();
}
function chart_load(text, what) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0)
        throw new ChartError(`${what} is not valid YAML: ${(doc.errors[0]?.message ?? '').split('\n')[0]}`);
    return { doc, lc };
}
function dependencyList(doc, lc) {
    const seq = doc.get('dependencies', true);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    const out = [];
    seq.items.forEach((item, index) => {
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const v = item.toJSON();
        if (typeof v['name'] !== 'string')
            return;
        const s = (x) => (typeof x === 'string' && x !== '' ? x : typeof x === 'number' ? String(x) : null);
        out.push({
            name: v['name'],
            version: s(v['version']),
            repository: s(v['repository']),
            alias: s(v['alias']),
            index,
            line: item.range ? lc.linePos(item.range[0]).line : null,
        });
    });
    return out;
}
function keyLine(doc, lc, key) {
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return null;
    for (const pair of root.items) {
        const k = pair.key;
        if (k && k.value === key && k.range)
            return lc.linePos(k.range[0]).line;
    }
    return null;
}
function chart_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/render/markers.ts
/**
 * Line markers: the way a rendered document is traced back to the template line of its `apiVersion:`.
 *
 * Helm reports no line numbers, so before rendering every top-level `apiVersion:` line of a temporary copy of the
 * templates gets a YAML comment appended — ` #kug.<token>.<file>.<line>` — naming the file and line it came from.
 * The comment travels with the line through `include`, `define` and `nindent`, and is cut out of the output again
 * before parsing, which restores the output byte for byte: the comment is not whitespace, so Go template trimming
 * (`{{-`) never reaches past it, and lines where it could change the render are left unmarked:
 *   - a line that ends inside an action (`{{ ... ` continued on the next line) or starts inside one;
 *   - a line ending in `-}}`, whose trimming would otherwise eat the space before the comment.
 * The token is random per run, so chart text can never be mistaken for a marker.
 */
const TOP_LEVEL_API_VERSION = /^apiVersion[ \t]*:/;
/** Appends markers to the top-level `apiVersion:` lines of one template. Returns the new text and the lines marked. */
function markTemplate(text, token, fileIndex) {
    const lines = text.split('\n');
    const states = actionStates(text);
    const marked = [];
    const out = lines.map((line, i) => {
        const state = states[i];
        if (!state || state.startsInside || state.endsInside)
            return line;
        if (!TOP_LEVEL_API_VERSION.test(line))
            return line;
        const cr = line.endsWith('\r') ? '\r' : '';
        const body = cr ? line.slice(0, -1) : line;
        if (/-\}\}\s*$/.test(body))
            return line;
        marked.push(i + 1);
        return `${body} #kug.${token}.${fileIndex}.${i + 1}${cr}`;
    });
    return { text: out.join('\n'), marked };
}
/**
 * Cuts every marker out of rendered text. Returns the text as it would have rendered without markers and, by
 * 1-based output line, the marker found there. A marker left alone on its line (the value before it ended in a
 * newline) belongs to the nearest non-blank line above.
 */
function stripMarkers(output, token) {
    const re = new RegExp(` ?#kug\\.${escapeRe(token)}\\.(\\d+)\\.(\\d+)`, 'g');
    const hits = new Map();
    if (!output.includes(`#kug.${token}.`))
        return { text: output, hits };
    const lines = output.split('\n');
    let lastContent = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let first = null;
        const stripped = line.replace(re, (_m, f, l) => {
            first ??= { file: Number(f), line: Number(l) };
            return '';
        });
        lines[i] = stripped;
        if (first !== null) {
            const alone = stripped.trim() === '';
            const at = alone && lastContent >= 0 ? lastContent : i;
            if (!hits.has(at + 1))
                hits.set(at + 1, first);
        }
        if (stripped.trim() !== '')
            lastContent = i;
    }
    return { text: lines.join('\n'), hits };
}
/**
 * For each line, whether it starts or ends inside a template action (`{{ ... }}`). Strings, raw strings,
 * character constants and comments inside actions are skipped, so a `}}` in a string does not end the action.
 */
function actionStates(text) {
    const states = [];
    let inside = false;
    let lineStartInside = false;
    let i = 0;
    const n = text.length;
    const endLine = () => {
        states.push({ startsInside: lineStartInside, endsInside: inside });
        lineStartInside = inside;
    };
    while (i < n) {
        const c = text[i];
        if (c === '\n') {
            endLine();
            i++;
            continue;
        }
        if (!inside) {
            if (c === '{' && text[i + 1] === '{') {
                inside = true;
                i += 2;
                continue;
            }
            i++;
            continue;
        }
        // inside an action
        if (c === '}' && text[i + 1] === '}') {
            inside = false;
            i += 2;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? n : end + 2;
            for (let j = i; j < stop; j++)
                if (text[j] === '\n')
                    endLine();
            i = stop;
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < n && text[j] !== c && text[j] !== '\n')
                j += text[j] === '\\' && text[j + 1] !== '\n' ? 2 : 1;
            i = j < n && text[j] === c ? j + 1 : j;
            continue;
        }
        if (c === '`') {
            const end = text.indexOf('`', i + 1);
            const stop = end < 0 ? n : end + 1;
            for (let j = i; j < stop; j++)
                if (text[j] === '\n')
                    endLine();
            i = stop;
            continue;
        }
        i++;
    }
    endLine();
    return states;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/render/semver.ts
/**
 * Semantic versions and the version-constraint language Helm uses for `kubeVersion` and dependency `version`
 * fields: comparators (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~`, `~>`, `^`), wildcards (`1.2.x`, `*`), partial
 * versions (`>=1.19`), hyphen ranges (`1.2 - 1.4`), AND by comma or space and OR by `||`.
 * A version with a pre-release part only satisfies comparators that carry one (so `>=1.19.0-0` admits `1.19.3-eks`).
 */
const VERSION_RE = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Parses `1.2.3`, `v1.2`, `1.25.0-0`, `1.2.3+build`; missing minor/patch count as 0. */
function parseSemver(text) {
    const m = VERSION_RE.exec(text.trim());
    if (!m)
        return null;
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? 0 : Number(m[2]),
        patch: m[3] === undefined ? 0 : Number(m[3]),
        prerelease: m[4] === undefined ? [] : m[4].split('.'),
    };
}
function compareSemver(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
    // A release sorts after its pre-releases: 1.25.0-0 < 1.25.0.
    if (a.prerelease.length === 0)
        return b.prerelease.length === 0 ? 0 : 1;
    if (b.prerelease.length === 0)
        return -1;
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny)
            return Math.sign(Number(x) - Number(y));
        if (nx)
            return -1;
        if (ny)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
const COMPARATOR_RE = /^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*(v?[0-9xX*]+(?:\.[0-9xX*]+)?(?:\.[0-9xX*]+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
class ConstraintError extends Error {
}
/** Whether `version` satisfies `constraint`. Throws ConstraintError when either cannot be read. */
function satisfies(version, constraint) {
    const v = parseSemver(version);
    if (!v)
        throw new ConstraintError(`"${version}" is not a version`);
    const alternatives = parseConstraint(constraint);
    return alternatives.some((all) => all.every((i) => matches(v, i)));
}
/** Parses a constraint into OR-ed groups of AND-ed intervals. */
function parseConstraint(constraint) {
    const text = constraint.trim();
    if (text === '')
        throw new ConstraintError('empty constraint');
    return text.split('||').map((alt) => {
        const group = alt.trim();
        if (group === '')
            throw new ConstraintError(`"${constraint}" has an empty alternative`);
        const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(group);
        if (hyphen)
            return [...comparator(`>=${hyphen[1]}`), ...comparator(`<=${hyphen[2]}`)];
        // Operators may be separated from their version by spaces (">= 1.19"): glue them before splitting.
        const tokens = group.replace(/(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+/g, '$1').split(/[\s,]+/).filter((t) => t !== '');
        return tokens.flatMap(comparator);
    });
}
function comparator(token) {
    const m = COMPARATOR_RE.exec(token);
    if (!m)
        throw new ConstraintError(`"${token}" is not a version comparator`);
    const op = m[1] ?? '=';
    const raw = m[2].replace(/^v/, '').replace(/\+.*$/, '');
    const [corePart, pre] = splitPrerelease(raw);
    const parts = corePart.split('.');
    const wild = (p) => p === undefined || p === 'x' || p === 'X' || p === '*';
    const nums = [0, 1, 2].map((i) => (wild(parts[i]) ? null : Number(parts[i])));
    const prerelease = pre === null ? [] : pre.split('.');
    const allowsPrerelease = prerelease.length > 0;
    // Number of leading components given before the first wildcard.
    const given = nums.findIndex((n) => n === null) === -1 ? 3 : nums.findIndex((n) => n === null);
    const at = (major, minor, patch, pr = []) => ({ major, minor, patch, prerelease: pr });
    const base = at(nums[0] ?? 0, given > 1 ? (nums[1] ?? 0) : 0, given > 2 ? (nums[2] ?? 0) : 0, given === 3 ? prerelease : []);
    // The first version after every version that matches the partial: 1.2 → 1.3.0-0, 1 → 2.0.0-0.
    const next = () => given === 1 ? at(base.major + 1, 0, 0, ['0']) : given === 2 ? at(base.major, base.minor + 1, 0, ['0']) : at(base.major, base.minor, base.patch + 1, ['0']);
    const iv = (lo, hi, negate = false) => ({ lo, hi, negate, allowsPrerelease });
    if (given === 0)
        return op === '!=' ? [iv(null, null, true)] : [iv(null, null)];
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
            let hi;
            if (base.major > 0 || given === 1)
                hi = at(base.major + 1, 0, 0, ['0']);
            else if (base.minor > 0 || given === 2)
                hi = at(0, base.minor + 1, 0, ['0']);
            else
                hi = at(0, 0, base.patch + 1, ['0']);
            return [iv({ v: base, inclusive: true }, { v: hi, inclusive: false })];
        }
        default:
            throw new ConstraintError(`"${token}" has an unknown operator`);
    }
}
function splitPrerelease(raw) {
    const i = raw.indexOf('-');
    return i < 0 ? [raw, null] : [raw.slice(0, i), raw.slice(i + 1)];
}
function matches(v, i) {
    if (v.prerelease.length > 0 && !i.allowsPrerelease)
        return i.negate;
    const aboveLo = i.lo === null || (i.lo.inclusive ? compareSemver(v, i.lo.v) >= 0 : compareSemver(v, i.lo.v) > 0);
    const belowHi = i.hi === null || (i.hi.inclusive ? compareSemver(v, i.hi.v) <= 0 : compareSemver(v, i.hi.v) < 0);
    const inside = aboveLo && belowHi;
    return i.negate ? !inside : inside;
}

;// CONCATENATED MODULE: ./src/render/tar.ts
/**
 * Reads the regular files of a gzip-compressed tar archive (a packaged Helm chart, `charts/*.tgz`) in memory.
 * Understands ustar names with prefixes, PAX `path` records and GNU long names; refuses absolute paths, `..`
 * segments and archives that unpack beyond a size limit.
 */

class TarError extends Error {
}
const BLOCK = 512;
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
// node:zlib is loaded when a packaged chart is first read, not at start-up.
const tar_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let zlib;
function readTgz(bytes, maxBytes = MAX_UNPACKED_BYTES) {
    let tar;
    try {
        zlib ??= tar_require('node:zlib');
        tar = zlib.gunzipSync(bytes, { maxOutputLength: maxBytes });
    }
    catch (err) {
        throw new TarError(`not a readable gzip archive (${err.message})`);
    }
    return readTar(tar);
}
function readTar(tar) {
    const entries = [];
    const decoder = new TextDecoder();
    let offset = 0;
    let longName = null;
    let paxPath = null;
    while (offset + BLOCK <= tar.length) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((b) => b === 0))
            break;
        const field = (start, len) => {
            const raw = header.subarray(start, start + len);
            const end = raw.indexOf(0);
            return decoder.decode(end < 0 ? raw : raw.subarray(0, end));
        };
        const sizeText = field(124, 12).trim();
        const size = sizeText === '' ? 0 : parseInt(sizeText, 8);
        if (!Number.isFinite(size) || size < 0)
            throw new TarError(`bad entry size at offset ${offset}`);
        const type = String.fromCharCode(header[156] ?? 0);
        const magic = field(257, 6);
        const prefix = magic.startsWith('ustar') ? field(345, 155) : '';
        let name = field(0, 100);
        if (prefix)
            name = `${prefix}/${name}`;
        const dataStart = offset + BLOCK;
        const dataEnd = dataStart + size;
        if (dataEnd > tar.length)
            throw new TarError('archive is truncated');
        const data = tar.subarray(dataStart, dataEnd);
        offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L') {
            longName = decoder.decode(data).replace(/\0+$/, '');
            continue;
        }
        if (type === 'x') {
            paxPath = paxRecord(decoder.decode(data), 'path');
            continue;
        }
        if (type === 'g')
            continue;
        if (longName !== null)
            name = longName;
        if (paxPath !== null)
            name = paxPath;
        longName = null;
        paxPath = null;
        if (type !== '0' && type !== '\0' && type !== '7')
            continue; // directories, links, devices: not needed
        const path = name.replace(/^\.\//, '');
        if (path.startsWith('/') || path.split('/').includes('..'))
            throw new TarError(`unsafe path "${path}" in archive`);
        entries.push({ path, data: data.slice() });
    }
    return entries;
}
function paxRecord(text, key) {
    let i = 0;
    while (i < text.length) {
        const space = text.indexOf(' ', i);
        if (space < 0)
            break;
        const len = Number(text.slice(i, space));
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = text.slice(space + 1, i + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0 && record.slice(0, eq) === key)
            return record.slice(eq + 1);
        i += len;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/render/prepare.ts
/**
 * Builds the temporary copy of a chart that Helm renders: templates marked (markers.ts), packaged subcharts
 * unpacked so their templates can be marked too, and dependencies that are not vendored resolved offline from the
 * repository — `file://` paths and charts of the same name (and a matching version) elsewhere in the workspace.
 * What cannot be resolved is dropped from the copy's dependency list and reported; nothing is ever downloaded.
 */





const prepare_MAX_DEPTH = 8;
/** Reads a workspace chart's metadata. */
async function readRepoChart(fs, absDir) {
    const text = async (name) => {
        try {
            return new TextDecoder().decode(await fs.readFile((0,external_node_path_namespaceObject.join)(absDir, name)));
        }
        catch {
            return null;
        }
    };
    const chartYaml = (await text('Chart.yaml')) ?? (await text('Chart.yml'));
    if (chartYaml === null)
        throw new ChartError('Chart.yaml cannot be read');
    return readChartMeta(chartYaml, await text('requirements.yaml'));
}
/** Copies the chart at `chartRel` into a new temporary directory, ready to render. The caller removes `scratch`. */
async function prepareChart(chartRel, opts, ctx) {
    const scratch = await ctx.temp.mkdtemp('kug-helm-');
    try {
        const state = { ctx, files: [], missing: [], resolved: [], notes: [], made: new Set() };
        const chartDir = (0,external_node_path_namespaceObject.join)(scratch, 'chart');
        const abs = (0,external_node_path_namespaceObject.resolve)(ctx.root, chartRel);
        const source = repoSource(ctx, abs, chartRel);
        const { node, meta } = await copyChart(state, source, chartDir, 0, [await ctx.fs.realpath(abs)], opts.dropKubeVersion);
        return { scratch, chartDir, meta, files: state.files, tree: node, missing: state.missing, resolved: state.resolved, notes: state.notes };
    }
    catch (err) {
        await ctx.temp.rm(scratch);
        throw err;
    }
}
async function write(state, path, data) {
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    if (!state.made.has(dir)) {
        await state.ctx.temp.mkdir(dir);
        state.made.add(dir);
    }
    await state.ctx.temp.writeFile(path, data);
}
async function copyChart(state, source, dest, depth, chain, dropKubeVersion) {
    const files = await source.files();
    const byPath = new Map(files.map((f) => [f.path, f]));
    const textOf = async (p) => {
        const f = byPath.get(p);
        return f ? new TextDecoder().decode(await f.read()) : null;
    };
    const chartYaml = await textOf('Chart.yaml');
    if (chartYaml === null)
        throw new ChartError(`${prepare_describe(source)} has no Chart.yaml`);
    const requirements = await textOf('requirements.yaml');
    const meta = readChartMeta(chartYaml, requirements);
    const node = { names: [meta.name], origin: source.origin, files: new Map(), children: [] };
    const subDirs = new Map();
    const archives = [];
    for (const f of files) {
        if (f.path === 'Chart.yaml' || f.path === 'requirements.yaml')
            continue; // written last, maybe rewritten
        if (f.path.startsWith('charts/')) {
            const rest = f.path.slice('charts/'.length);
            const slash = rest.indexOf('/');
            if (slash < 0) {
                if (/\.tgz$/.test(rest))
                    archives.push(f);
                else
                    await write(state, (0,external_node_path_namespaceObject.join)(dest, f.path), await f.read());
            }
            else {
                const seg = rest.slice(0, slash);
                const list = subDirs.get(seg) ?? [];
                list.push({ path: rest.slice(slash + 1), read: f.read });
                subDirs.set(seg, list);
            }
            continue;
        }
        const data = await f.read();
        const markable = f.path.startsWith('templates/') || (f.path.startsWith('crds/') && /\.ya?ml$/i.test(f.path));
        const text = markable ? prepare_utf8(data) : null;
        if (text === null) {
            await write(state, (0,external_node_path_namespaceObject.join)(dest, f.path), data);
            continue;
        }
        const index = state.files.length;
        state.files.push({ origin: fileOrigin(source, f.path), text });
        node.files.set(f.path, index);
        await write(state, (0,external_node_path_namespaceObject.join)(dest, f.path), markTemplate(text, state.ctx.token, index).text);
    }
    for (const [seg, list] of subDirs) {
        const subDest = (0,external_node_path_namespaceObject.join)(dest, 'charts', seg);
        if (!list.some((f) => f.path === 'Chart.yaml')) {
            for (const f of list)
                await write(state, (0,external_node_path_namespaceObject.join)(subDest, f.path), await f.read());
            continue;
        }
        const sub = subSource(source, seg, list);
        const child = await copyChart(state, sub, subDest, depth + 1, chain, false);
        node.children.push(child.node);
    }
    for (const a of archives) {
        const name = external_node_path_namespaceObject.posix.basename(a.path);
        const archiveRel = source.origin.kind === 'repo' ? join2(source.origin.dir, a.path) : null;
        let entries;
        try {
            entries = readTgz(await a.read());
        }
        catch (err) {
            if (!(err instanceof TarError))
                throw err;
            state.notes.push(`${archiveRel ?? name}: ${err.message}; left for Helm to read`);
            await write(state, (0,external_node_path_namespaceObject.join)(dest, a.path), await a.read());
            continue;
        }
        const top = entries[0]?.path.split('/')[0] ?? '';
        const inner = entries
            .filter((e) => e.path.startsWith(`${top}/`))
            .map((e) => ({ path: e.path.slice(top.length + 1), read: async () => e.data }));
        if (archiveRel === null || !inner.some((f) => f.path === 'Chart.yaml')) {
            // A package inside a package, or not a chart: Helm reads it as it is.
            await write(state, (0,external_node_path_namespaceObject.join)(dest, a.path), await a.read());
            continue;
        }
        const sub = {
            origin: { kind: 'archive', archive: archiveRel, prefix: `${top}/` },
            abs: null,
            files: async () => inner,
        };
        const child = await copyChart(state, sub, (0,external_node_path_namespaceObject.join)(dest, 'charts', `${name.replace(/\.tgz$/, '')}-unpacked`), depth + 1, chain, false);
        node.children.push(child.node);
    }
    // Dependencies: present (vendored), resolvable in the workspace, or missing.
    const dropped = [];
    for (const dep of meta.dependencies) {
        let child = node.children.find((c) => c.names[0] === dep.name);
        if (!child) {
            const found = depth < prepare_MAX_DEPTH ? await resolveDependency(state, source, dep, chain) : null;
            if (found) {
                const real = await state.ctx.fs.realpath((0,external_node_path_namespaceObject.resolve)(state.ctx.root, found));
                const copied = await copyChart(state, repoSource(state.ctx, (0,external_node_path_namespaceObject.resolve)(state.ctx.root, found), found), (0,external_node_path_namespaceObject.join)(dest, 'charts', dep.name), depth + 1, [...chain, real], false);
                child = copied.node;
                node.children.push(child);
                state.resolved.push({ chart: meta.name, dependency: dep.name, from: found });
            }
            else {
                dropped.push(dep.index);
                state.missing.push({ file: listingFile(source, meta), line: dep.line, dependency: dep, chart: meta.name });
                continue;
            }
        }
        if (dep.alias && !child.names.includes(dep.alias))
            child.names.push(dep.alias);
    }
    const depsInRequirements = meta.dependenciesFile === 'requirements.yaml';
    const dropKeys = dropKubeVersion && meta.kubeVersion !== null ? ['kubeVersion'] : [];
    const newChart = dropKeys.length > 0 || (dropped.length > 0 && !depsInRequirements)
        ? rewriteChartYaml(chartYaml, { dropKeys, dropDependencies: depsInRequirements ? [] : dropped })
        : chartYaml;
    await write(state, (0,external_node_path_namespaceObject.join)(dest, 'Chart.yaml'), newChart);
    if (requirements !== null) {
        await write(state, (0,external_node_path_namespaceObject.join)(dest, 'requirements.yaml'), depsInRequirements && dropped.length > 0 ? rewriteChartYaml(requirements, { dropDependencies: dropped }) : requirements);
    }
    return { node, meta };
}
async function resolveDependency(state, source, dep, chain) {
    const { ctx } = state;
    const repo = dep.repository ?? '';
    if (repo.startsWith('file://')) {
        if (source.abs === null)
            return null;
        const abs = (0,external_node_path_namespaceObject.resolve)(source.abs, repo.slice('file://'.length));
        let real;
        try {
            real = await ctx.fs.realpath(abs);
        }
        catch {
            return null;
        }
        if (real !== ctx.realRoot && !real.startsWith(ctx.realRoot + external_node_path_namespaceObject.sep))
            return null;
        if (chain.includes(real))
            return null;
        try {
            const meta = await readRepoChart(ctx.fs, abs);
            if (meta.name !== dep.name)
                return null;
        }
        catch {
            return null;
        }
        return toRel(ctx.root, abs);
    }
    // By name (and version) among the workspace's charts: sibling charts published from the same repository.
    const candidates = [];
    for (const c of await ctx.chartsNamed(dep.name)) {
        const real = await ctx.fs.realpath((0,external_node_path_namespaceObject.resolve)(ctx.root, c.dir)).catch(() => null);
        if (real === null || chain.includes(real))
            continue;
        if (dep.version !== null && !versionMatches(c.version, dep.version))
            continue;
        candidates.push({ ...c, v: c.version === null ? null : parseSemver(c.version) });
    }
    candidates.sort((a, b) => (a.v && b.v ? compareSemver(b.v, a.v) : a.v ? -1 : b.v ? 1 : 0) || (a.dir < b.dir ? -1 : 1));
    return candidates[0]?.dir ?? null;
}
function versionMatches(version, constraint) {
    if (version === null)
        return false;
    try {
        return satisfies(version, constraint);
    }
    catch (err) {
        if (err instanceof ConstraintError)
            return version === constraint;
        throw err;
    }
}
function repoSource(ctx, abs, rel) {
    return {
        origin: { kind: 'repo', dir: rel },
        abs,
        files: () => walk(ctx, abs),
    };
}
function subSource(parent, seg, list) {
    const origin = parent.origin.kind === 'repo'
        ? { kind: 'repo', dir: join2(parent.origin.dir, `charts/${seg}`) }
        : { kind: 'archive', archive: parent.origin.archive, prefix: `${parent.origin.prefix}charts/${seg}/` };
    return { origin, abs: parent.abs === null ? null : (0,external_node_path_namespaceObject.join)(parent.abs, 'charts', seg), files: async () => list };
}
function fileOrigin(source, path) {
    return source.origin.kind === 'repo'
        ? { kind: 'repo', file: join2(source.origin.dir, path) }
        : { kind: 'archive', archive: source.origin.archive, entry: `${source.origin.prefix}${path}` };
}
function listingFile(source, meta) {
    return source.origin.kind === 'repo' ? join2(source.origin.dir, meta.dependenciesFile) : source.origin.archive;
}
function prepare_describe(source) {
    return source.origin.kind === 'repo' ? source.origin.dir : `${source.origin.archive} (${source.origin.prefix})`;
}
/** Every file under a workspace chart directory, following symbolic links that stay inside the workspace. */
async function walk(ctx, absDir) {
    const out = [];
    const seen = new Set();
    const visit = async (dir, prefix) => {
        const real = await ctx.fs.realpath(dir);
        if (seen.has(real))
            return;
        seen.add(real);
        const entries = await ctx.fs.readdir(dir);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const abs = (0,external_node_path_namespaceObject.join)(dir, e.name);
            const path = prefix ? `${prefix}/${e.name}` : e.name;
            let isDir = e.isDirectory;
            let isFile = e.isFile;
            if (e.isSymbolicLink) {
                const target = await ctx.fs.realpath(abs).catch(() => null);
                if (target === null || (target !== ctx.realRoot && !target.startsWith(ctx.realRoot + external_node_path_namespaceObject.sep)))
                    continue;
                const st = await ctx.fs.stat(abs);
                isDir = st.isDirectory;
                isFile = st.isFile;
            }
            if (isDir)
                await visit(abs, path);
            else if (isFile)
                out.push({ path, read: () => ctx.fs.readFile(abs) });
        }
    };
    await visit(absDir, '');
    return out;
}
function prepare_utf8(data) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(data);
    }
    catch {
        return null;
    }
}
function join2(dir, rest) {
    return dir === '.' || dir === '' ? rest : `${dir}/${rest}`;
}
function toRel(root, abs) {
    return (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./src/render/source-map.ts
/**
 * Where rendered text came from: the table of marked template files, the tree of charts as Helm names them in
 * `# Source:` headers (subcharts by alias), and the lookup from a rendered document back to a repository file and line.
 */

/** Resolves a `# Source:` path (e.g. `shop/charts/api/templates/ingress.yaml`) against the chart tree. */
function resolveSourcePath(tree, source) {
    const parts = source.split('/');
    if (parts.length < 2 || !tree.names.includes(parts[0]))
        return null;
    let node = tree;
    let i = 1;
    while (parts[i] === 'charts' && i + 2 < parts.length) {
        const name = parts[i + 1];
        const child = node.children.find((c) => c.names.includes(name));
        if (!child)
            return null;
        node = child;
        i += 2;
    }
    return { node, rest: parts.slice(i).join('/') };
}
/** The repository place of a path inside a chart of the tree, with an optional line in that file. */
function source_map_placeOf(node, rest, line, located) {
    if (node.origin.kind === 'repo') {
        const file = node.origin.dir === '.' ? rest : `${node.origin.dir}/${rest}`;
        return { file, line, located };
    }
    return { file: node.origin.archive, line: null, located, archiveEntry: `${node.origin.prefix}${rest}`, archiveLine: line };
}
function placeOfFile(origin, line, located) {
    if (origin.kind === 'repo')
        return { file: origin.file, line, located };
    return { file: origin.archive, line: null, located, archiveEntry: origin.entry, archiveLine: line };
}
function readRendered(output, token) {
    const { text, hits } = token === null ? { text: output, hits: new Map() } : stripMarkers(output, token);
    const headers = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^# Source: (.+?)\s*$/.exec(lines[i]);
        if (m)
            headers.push({ line: i + 1, source: m[1] });
    }
    return {
        text,
        hits,
        sourceAt(line) {
            let found = null;
            for (const h of headers) {
                if (h.line > line)
                    break;
                found = h.source;
            }
            return found;
        },
    };
}
/**
 * Finds a document's `apiVersion:` line by text when no marker came through: in the template named by its
 * `# Source:` header, else in the chart's helper templates (`_*.tpl`, `_*.yaml`: never rendered on their own,
 * they hold the `define` blocks that other templates include). Only a single candidate counts (see candidateLines).
 * `taken(file)` lists lines whose markers did come through for other documents of the same render.
 */
function locateByText(tree, files, source, apiVersion, taken = () => new Set()) {
    const resolved = resolveSourcePath(tree, source);
    if (!resolved)
        return null;
    const { node, rest } = resolved;
    const index = node.files.get(rest);
    const text = index === undefined ? undefined : files[index]?.text;
    if (apiVersion !== null && index !== undefined && text !== undefined) {
        const here = candidateLines(text, apiVersion, taken(index));
        if (here.length === 1)
            return source_map_placeOf(node, rest, here[0], 'text');
        if (here.length === 0) {
            const helpers = [];
            for (const [path, i] of node.files) {
                if (!/^templates\/(?:.*\/)?_[^/]*$/.test(path))
                    continue;
                for (const line of candidateLines(files[i]?.text ?? '', apiVersion, taken(i)))
                    helpers.push({ path, line });
            }
            const only = helpers.length === 1 ? helpers[0] : undefined;
            if (only)
                return source_map_placeOf(node, only.path, only.line, 'text');
        }
    }
    return source_map_placeOf(node, rest, null, 'none');
}
/**
 * The top-level `apiVersion:` lines of a template that could have produced `apiVersion`: those that say it
 * literally (quoted or not) and those whose value is computed (`{{ … }}`), less the lines in `taken`.
 */
function candidateLines(templateText, apiVersion, taken = new Set()) {
    const lines = templateText.split('\n');
    const esc = apiVersion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const literal = new RegExp(`^apiVersion[ \\t]*:[ \\t]*(["']?)${esc}\\1[ \\t]*(#.*)?\\r?$`);
    const computed = /^apiVersion[ \t]*:.*\{\{/;
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (taken.has(i + 1))
            continue;
        if (literal.test(line) || computed.test(line))
            out.push(i + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/types.ts
/**
 * The garbage collector of each helm or kubectl process. A render is short-lived, and Go's default (GOGC=100, from a
 * 4 MB heap) collects many times while helm loads a chart: on the bench's charts, about a quarter of helm's CPU time.
 * GOGC=400 collects when the heap has grown by 4× its live size instead of 1×. Measured on this project's 2-CPU
 * machine, helm 4 rendering the bench's 24 charts one after another: 1.22 s of user CPU instead of 1.67 s; a
 * 10,000-document chart peaked at 115 MB instead of 83 MB; `kubectl kustomize` of a small overlay used 179 ms of user
 * CPU instead of 219 ms. GOMEMLIMIT makes a very large render collect as usual again before its heap reaches 1 GiB.
 */
const GO_GC_ENV = { GOGC: '400', GOMEMLIMIT: '1GiB' };
/**
 * The environment every renderer runs in: nothing inherited, no configuration, no network, no plugins, and the
 * collector settings above. `goMaxProcs` caps the threads of helm's or kubectl's Go runtime: when several renders run
 * at once, each gets its share of the CPUs instead of all of them, so their garbage collectors do not compete for the
 * same cores.
 */
function isolatedEnv(scratch, goMaxProcs) {
    const dead = 'http://127.0.0.1:9';
    return {
        ...(goMaxProcs !== undefined ? { GOMAXPROCS: String(goMaxProcs) } : {}),
        ...GO_GC_ENV,
        PATH: '',
        HOME: scratch,
        TMPDIR: scratch,
        XDG_CACHE_HOME: `${scratch}/cache`,
        XDG_CONFIG_HOME: `${scratch}/config`,
        XDG_DATA_HOME: `${scratch}/data`,
        HELM_CACHE_HOME: `${scratch}/helm/cache`,
        HELM_CONFIG_HOME: `${scratch}/helm/config`,
        HELM_DATA_HOME: `${scratch}/helm/data`,
        HELM_PLUGINS: `${scratch}/helm/plugins`,
        HELM_REGISTRY_CONFIG: `${scratch}/helm/registry.json`,
        HELM_REPOSITORY_CONFIG: `${scratch}/helm/repositories.yaml`,
        HELM_REPOSITORY_CACHE: `${scratch}/helm/repository`,
        KUBECONFIG: `${scratch}/no-kubeconfig`,
        // Anything that still tries the network goes to a closed local port and fails at once.
        HTTP_PROXY: dead,
        HTTPS_PROXY: dead,
        ALL_PROXY: dead,
        http_proxy: dead,
        https_proxy: dead,
        all_proxy: dead,
        NO_PROXY: '',
        no_proxy: '',
    };
}
/**
 * The error a program printed, on one line and without Helm's "Error: " prefix: from the first `Error:` line to the
 * end (helm 4 spreads one error over several indented lines), or the last line when there is no `Error:` line.
 */
function firstErrorLine(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^Use --debug flag/.test(l));
    const start = lines.findIndex((l) => /^Error:/i.test(l));
    const picked = start < 0 ? lines.slice(-1) : lines.slice(start);
    const text = picked.join(' ').replace(/^Error:\s*/i, '').replace(/\s+/g, ' ');
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
/** Each render's share of the CPUs when `renders` run at once (at least one). */
function cpuShare(cpus, renders) {
    return Math.max(1, Math.floor(cpus / Math.max(1, renders)));
}

;// CONCATENATED MODULE: ./src/render/helm.ts
/**
 * Renders Helm charts with the real `helm template`, for the target release, and maps what it produced back to the
 * template lines. Works with helm 3 and 4: only flags both accept are used.
 *
 * For each chart: its kubeVersion is checked against the target (and dropped from the temporary copy so the chart
 * still renders), the copy is prepared (prepare.ts), and it is rendered once with its default values, once per
 * `ci/*-values.yaml` and once per configured values file. Capabilities are those of the target: `--kube-version`
 * and `--api-versions` with every group/version and group/version/Kind the target serves.
 */







const VERSION = /v?(\d+)\.(\d+)\.(\d+)/;
/** Finds out which helm this is and what it assumes offline. Returns an error text when it cannot be used. */
async function detectHelm(path, deps) {
    const scratch = await deps.temp.mkdtemp('kug-helm-probe-');
    try {
        const env = isolatedEnv(scratch);
        // One tiny chart that prints helm's version and its default API list: a single process for the set-up every
        // scan with charts pays. `helm version` runs only when that render does not give a version (an old or
        // broken helm), for its message.
        const chart = (0,external_node_path_namespaceObject.join)(scratch, 'probe');
        await deps.temp.mkdir((0,external_node_path_namespaceObject.join)(chart, 'templates'));
        await deps.temp.writeFile((0,external_node_path_namespaceObject.join)(chart, 'Chart.yaml'), 'apiVersion: v2\nname: probe\nversion: 0.0.0\n');
        await deps.temp.writeFile((0,external_node_path_namespaceObject.join)(chart, 'templates', 'probe.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\ndata:\n  helm: {{ .Capabilities.HelmVersion.Version | quote }}\n  versions: {{ toJson .Capabilities.APIVersions | quote }}\n');
        const p = await deps.process.run(path, ['template', 'probe', chart], { cwd: scratch, env, timeoutMs: 30_000 });
        const data = p.exitCode === 0 ? parseManifestText(p.stdout).documents[0]?.body['data'] : undefined;
        let m = typeof data?.['helm'] === 'string' ? VERSION.exec(data['helm']) : null;
        if (!m) {
            const v = await deps.process.run(path, ['version', '--short'], { cwd: scratch, env, timeoutMs: 30_000 });
            m = v.exitCode === 0 ? VERSION.exec(v.stdout) : null;
            if (!m)
                return { error: `${path} did not report a version (${v.spawnError ?? (firstErrorLine(v.stderr || v.stdout) || 'no output')})` };
        }
        const major = Number(m[1]);
        const version = `v${m[1]}.${m[2]}.${m[3]}`;
        if (major < 3 || (major === 3 && Number(m[2]) < 6))
            return { error: `helm ${version} is too old; helm 3.6 or later (or helm 4) is needed for --kube-version` };
        const defaults = new Set();
        try {
            const list = JSON.parse(String(data?.['versions'] ?? '[]'));
            if (Array.isArray(list))
                for (const x of list)
                    if (typeof x === 'string')
                        defaults.add(x);
        }
        catch {
            // unknown defaults: no capability notices
        }
        return { path, version, major, defaults };
    }
    finally {
        await deps.temp.rm(scratch);
    }
}
const apiVersionLists = new WeakMap();
/** Every group/version and group/version/Kind the target serves, for `--api-versions` (computed once per target). */
function targetApiVersions(catalog, target) {
    let byTarget = apiVersionLists.get(catalog);
    if (!byTarget)
        apiVersionLists.set(catalog, (byTarget = new Map()));
    const known = byTarget.get(target);
    if (known)
        return known;
    const list = servedApiVersions(catalog, target);
    byTarget.set(target, list);
    return list;
}
function servedApiVersions(catalog, target) {
    const out = new Set();
    for (const e of catalog.servedIn(target)) {
        out.add(e.apiVersion);
        out.add(`${e.apiVersion}/${e.kind}`);
    }
    return [...out].sort();
}
/** Renders one chart with each of its values files. Never throws for a chart problem: those become items. */
async function renderChart(chart, opts, ctx) {
    const result = { items: [], documents: 0, renders: 0, failures: 0 };
    const chartFile = `${chart === '.' ? '' : `${chart}/`}Chart.yaml`;
    const abs = (0,external_node_path_namespaceObject.join)(ctx.prepare.root, chart);
    const fail = (reason, place = { file: chartFile, line: null }) => {
        result.failures++;
        result.items.push({ kind: 'event', event: { type: 'render-failed', renderer: 'helm', subject: chart, reason }, place: { ...place, column: null } });
    };
    let meta;
    try {
        meta = await readRepoChart(ctx.fs, abs);
    }
    catch (err) {
        fail(`${err.message}.`);
        return result;
    }
    if (meta.type === 'library')
        return result; // not installable: rendered as part of the charts that use it
    let dropKubeVersion = false;
    if (meta.kubeVersion !== null) {
        let excludes = false;
        let error;
        try {
            excludes = !satisfies(`${opts.target}.0`, meta.kubeVersion);
        }
        catch (err) {
            if (!(err instanceof ConstraintError))
                throw err;
            excludes = true;
            error = err.message;
        }
        if (excludes) {
            dropKubeVersion = true;
            result.items.push({
                kind: 'event',
                event: { type: 'chart-kube-version', chart, chartName: meta.name, constraint: meta.kubeVersion, target: opts.target, ...(error ? { error } : {}) },
                place: { file: chartFile, line: meta.kubeVersionLine, column: meta.kubeVersionLine === null ? null : 1 },
            });
        }
    }
    const token = Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex');
    let prepared;
    try {
        prepared = await prepareChart(chart, { dropKubeVersion }, { ...ctx.prepare, token });
    }
    catch (err) {
        if (err instanceof ChartError) {
            fail(`${err.message}.`);
            return result;
        }
        throw err;
    }
    try {
        for (const m of prepared.missing) {
            result.items.push({
                kind: 'event',
                event: {
                    type: 'render-failed',
                    renderer: 'helm',
                    subject: chart,
                    reason: `dependency "${m.dependency.name}" is neither vendored nor in the workspace` + (m.chart === meta.name ? '' : ` (needed by the subchart "${m.chart}")`),
                    dependency: { name: m.dependency.name, version: m.dependency.version, repository: m.dependency.repository },
                },
                place: { file: m.file, line: m.file.endsWith('.tgz') ? null : m.line, column: m.line === null || m.file.endsWith('.tgz') ? null : 1 },
            });
        }
        const configured = [];
        for (const v of opts.values) {
            const exists = await ctx.fs.stat((0,external_node_path_namespaceObject.join)(ctx.prepare.root, v)).then((st) => st.isFile, () => false);
            if (exists)
                configured.push(v);
            else
                result.items.push({ kind: 'event', event: { type: 'render-failed', renderer: 'helm', subject: chart, reason: `the values file ${v} does not exist.`, values: v }, place: { file: chartFile, line: null, column: null } });
        }
        const valuesList = [null, ...(await ciValues(ctx.fs, abs, chart)), ...configured];
        const apiVersions = targetApiVersions(ctx.catalog, opts.target).join(',');
        const runs = await Promise.all(valuesList.map((values) => ctx.limit(() => renderOnce(chart, values, prepared, token, apiVersions, opts, ctx))));
        const ok = runs.filter((r) => r.ok).length;
        result.renders = runs.length;
        for (const r of runs) {
            if (r.ok) {
                result.items.push(...r.items);
                result.documents += r.documents;
            }
            else {
                result.failures++;
                for (const item of r.items) {
                    if (item.kind === 'event' && item.event.type === 'render-failed' && ok > 0)
                        item.event.partial = true;
                    result.items.push(item);
                }
            }
        }
        if (ok > 0) {
            const tool = await ctx.tool.probe;
            if (!('missing' in tool))
                result.items.push(...capabilityNotices(chart, prepared, opts.target, tool.defaults, ctx));
        }
    }
    finally {
        await ctx.deps.temp.rm(prepared.scratch);
    }
    return result;
}
async function ciValues(fs, abs, chart) {
    try {
        const entries = await fs.readdir((0,external_node_path_namespaceObject.join)(abs, 'ci'));
        return entries
            .filter((e) => (e.isFile || e.isSymbolicLink) && /-values\.ya?ml$/.test(e.name))
            .map((e) => `${chart === '.' ? '' : `${chart}/`}ci/${e.name}`)
            .sort();
    }
    catch {
        return [];
    }
}
/** The `helm template` command line for one render: the target's version and APIs, CRDs included. */
function templateArgs(chartDir, opts, apiVersions, valuesFile) {
    return [
        'template', opts.releaseName, chartDir,
        '--namespace', opts.namespace,
        '--kube-version', `v${opts.target}.0`,
        ...(apiVersions === '' ? [] : ['--api-versions', apiVersions]),
        '--include-crds',
        ...(valuesFile === null ? [] : ['--values', valuesFile]),
    ];
}
async function renderOnce(chart, values, prepared, token, apiVersions, opts, ctx) {
    const args = templateArgs(prepared.chartDir, opts, apiVersions, values === null ? null : (0,external_node_path_namespaceObject.join)(ctx.prepare.root, values));
    // HOME, TMPDIR and helm's own directories point into the chart's private scratch directory: `helm template` of a
    // local chart writes nothing there, so the renders of one chart's values files can share it.
    const started = ctx.deps.now();
    const r = await ctx.deps.process.run(ctx.tool.path, args, { cwd: prepared.scratch, env: isolatedEnv(prepared.scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
    const clean = (s) => s.split(prepared.chartDir).join(chart).split(prepared.scratch).join('<tmp>').split(`${ctx.prepare.root}${external_node_path_namespaceObject.sep}`).join('').replace(new RegExp(` ?#kug\\.${token}\\.\\d+\\.\\d+`, 'g'), '');
    const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
    const log = {
        renderer: 'helm',
        subject: chart,
        values,
        command: `helm template ${opts.releaseName} ${chart} --namespace ${opts.namespace} --kube-version v${opts.target}.0 --api-versions <${apiVersions.split(',').length} served by ${opts.target}> --include-crds${values === null ? '' : ` --values ${values}`}`,
        durationMs: Math.round(ctx.deps.now() - started),
        ok,
        timedOut: r.timedOut,
        stderr: clean(r.stderr),
    };
    ctx.deps.observer?.rendered?.(log);
    if (!ok) {
        const reason = r.timedOut
            ? `timed out after ${Math.round(opts.timeoutMs / 1000)} s`
            : r.spawnError !== undefined
                ? `helm could not be started (${r.spawnError})`
                : clean(firstErrorLine(r.stderr)) || `helm exited with code ${r.exitCode}`;
        const place = errorPlace(r.stderr, prepared) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' };
        return {
            ok: false,
            documents: 0,
            items: [{
                    kind: 'event',
                    event: { type: 'render-failed', renderer: 'helm', subject: chart, reason: reason.endsWith('.') ? reason : `${reason}.`, values, ...(r.timedOut ? { timedOut: true } : {}) },
                    place: { file: place.file, line: place.line, column: place.line === null ? null : 1 },
                }],
        };
    }
    return mapOutput(r.stdout, chart, values, prepared, token, opts);
}
/** Maps every document of a successful render to its template line. */
function mapOutput(stdout, chart, values, prepared, token, opts) {
    const rendered = readRendered(stdout, token);
    const parsed = parseManifestText(rendered.text);
    const items = [];
    let documents = 0;
    // Lines whose markers came through: not candidates when another document's line is searched by text.
    const taken = new Map();
    for (const doc of parsed.documents) {
        const hit = rendered.hits.get(doc.position.line);
        if (!hit)
            continue;
        const set = taken.get(hit.file) ?? new Set();
        set.add(hit.line);
        taken.set(hit.file, set);
    }
    const takenIn = (file) => taken.get(file) ?? new Set();
    for (const doc of parsed.documents) {
        const source = rendered.sourceAt(doc.position.line);
        const hit = rendered.hits.get(doc.position.line);
        const file = hit ? prepared.files[hit.file] : undefined;
        let place;
        if (hit && file)
            place = placeOfFile(file.origin, hit.line, 'marker');
        else
            place = placeBySource(prepared, source, doc.apiVersion, takenIn) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' };
        if (opts.plainFiles.has(place.file) || opts.excluded(place.file))
            continue; // CRDs the plain scan read; excluded files
        documents++;
        items.push({
            kind: 'document',
            doc,
            place: { file: place.file, line: place.line, column: place.line === null ? null : doc.position.column },
            data: helmData(chart, values, source, place),
        });
    }
    for (const problem of parsed.problems) {
        const source = rendered.sourceAt(problem.position.line);
        const place = placeBySource(prepared, source, null) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' };
        if (opts.excluded(place.file))
            continue;
        items.push({
            kind: 'problem',
            problem,
            place: { file: place.file, line: null, column: null },
            data: { ...helmData(chart, values, source, { ...place, line: null }), renderedLine: problem.position.line },
        });
    }
    return { ok: true, items, documents };
}
function placeBySource(prepared, source, apiVersion, taken) {
    return source === null ? null : locateByText(prepared.tree, prepared.files, source, apiVersion, taken);
}
function helmData(chart, values, source, place) {
    const data = { source: 'helm', chart, values, valuesFiles: [values], template: source, located: place.located };
    if (place.line === null) {
        data['lineUnknown'] = true;
        if (place.archiveEntry === undefined)
            data['lineNote'] = 'the apiVersion line could not be traced to the template; the finding names the template file only';
    }
    if (place.archiveEntry !== undefined) {
        data['archiveEntry'] = place.archiveEntry;
        data['archiveLine'] = place.archiveLine ?? null;
    }
    return data;
}
/**
 * Helm names the template (and mostly the line) of an error: `parse error at (shop/templates/x.yaml:2)`,
 * `execution error at (…:4:11)`, `template: …:6:17:` (helm 3), `Error: …:6:17` (helm 4), `YAML parse error on …`
 * (a line in the rendered document, not the template: not used).
 */
function errorPlace(stderr, prepared) {
    const m = /(YAML parse error on )?([A-Za-z0-9_.-]+(?:\/charts\/[A-Za-z0-9_.-]+)*\/(?:templates|crds)\/[^\s:()"]+)(?::(\d+))?/.exec(stderr);
    if (!m)
        return null;
    const resolved = resolveSourcePath(prepared.tree, m[2]);
    if (!resolved)
        return null;
    const line = m[3] !== undefined && m[1] === undefined ? Number(m[3]) : null;
    return source_map_placeOf(resolved.node, resolved.rest, line, line === null ? 'none' : 'text');
}
const HAS_CALL = /\.Capabilities\.APIVersions\.Has\s+(?:"([^"\n]+)"|`([^`\n]+)`)/g;
/** Notices for `.Capabilities.APIVersions.Has "X"` where X is in Helm's defaults but not served by the target. */
function capabilityNotices(chart, prepared, target, defaults, ctx) {
    const served = new Set(targetApiVersions(ctx.catalog, target));
    const known = new Set(ctx.catalog.data.apis.map((e) => e.apiVersion));
    const items = [];
    const seen = new Set();
    prepared.files.forEach((file) => {
        const lines = file.text.split('\n');
        lines.forEach((line, i) => {
            for (const m of line.matchAll(HAS_CALL)) {
                const api = (m[1] ?? m[2]);
                const gv = api.split('/').length === 3 || (api.split('/').length === 2 && /^[A-Z]/.test(api.split('/')[1])) ? api.slice(0, api.lastIndexOf('/')) : api;
                if (!defaults.has(api) || served.has(api) || !known.has(gv))
                    continue;
                const place = placeOfFile(file.origin, i + 1, 'text');
                const key = `${place.file}:${place.archiveEntry ?? ''}:${i + 1}:${api}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                items.push({
                    kind: 'event',
                    event: { type: 'capabilities-removed-api', chart, apiVersion: api, target },
                    place: { file: place.file, line: place.line, column: place.line === null ? null : (m.index ?? 0) + 1 },
                });
            }
        });
    });
    return items;
}

;// CONCATENATED MODULE: ./src/render/kustomize.ts
/**
 * Renders Kustomize overlays with `kubectl kustomize` or `kustomize build`, and maps each resource back to the
 * file and `apiVersion:` line it came from.
 *
 * Kustomize output carries no comments, so the overlay is built through a temporary kustomization that lists it as
 * its only resource and asks for `buildMetadata: [originAnnotations]`: every resource then names its source file,
 * and the resource is found in that file by kind and name (name prefixes and suffixes allowed).
 *
 * Which kustomizations are rendered: those no other kustomization of the scan uses as a base. A base is rendered
 * through its overlays (its files are also read as plain manifests), and on its own only when every overlay that
 * uses it fails to render. Remote bases and `helmCharts:` are never fetched: such an overlay is `render-failed`.
 */




const kustomize_KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|[a-z0-9.-]+\.(?:com|org|io|net)\/)|\?ref=|\?version=/i;
async function readKustomization(fs, root, dir) {
    const abs = (0,external_node_path_namespaceObject.resolve)(root, dir);
    const info = { dir, file: dir === '.' ? 'kustomization.yaml' : `${dir}/kustomization.yaml`, bases: [], remote: [], helmChartsLine: null, isComponent: false, error: null };
    let text = null;
    for (const name of kustomize_KUSTOMIZATION_FILES) {
        try {
            text = new TextDecoder().decode(await fs.readFile((0,external_node_path_namespaceObject.join)(abs, name)));
            info.file = dir === '.' ? name : `${dir}/${name}`;
            break;
        }
        catch {
            // try the next name
        }
    }
    if (text === null) {
        info.error = 'the kustomization file cannot be read';
        return info;
    }
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        info.error = `the kustomization file is not valid YAML${doc.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`;
        return info;
    }
    const kind = doc.get('kind');
    info.isComponent = kind === 'Component';
    for (const pair of doc.contents.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'helmCharts' && pair.key.range)
            info.helmChartsLine = lc.linePos(pair.key.range[0]).line;
    }
    for (const field of ['resources', 'bases', 'components']) {
        const seq = doc.get(field, true);
        if (!(0,dist/* isSeq */.oP)(seq))
            continue;
        for (const item of seq.items) {
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string')
                continue;
            const entry = item.value;
            const line = item.range ? lc.linePos(item.range[0]).line : null;
            if (REMOTE.test(entry)) {
                info.remote.push({ entry, line });
                continue;
            }
            const target = (0,external_node_path_namespaceObject.resolve)(abs, entry);
            try {
                if (!(await fs.stat(target)).isDirectory)
                    continue;
            }
            catch {
                continue; // a missing path: kustomize reports it
            }
            for (const name of kustomize_KUSTOMIZATION_FILES) {
                try {
                    if ((await fs.stat((0,external_node_path_namespaceObject.join)(target, name))).isFile) {
                        info.bases.push(kustomize_toRel(root, target));
                        break;
                    }
                }
                catch {
                    // not this name
                }
            }
        }
    }
    return info;
}
async function planKustomizations(fs, root, dirs) {
    const infos = new Map();
    for (const d of dirs)
        infos.set(d, await readKustomization(fs, root, d));
    const usedAsBase = new Set();
    for (const info of infos.values())
        for (const b of info.bases)
            if (b !== info.dir)
                usedAsBase.add(b);
    const roots = [...infos.values()].filter((i) => !usedAsBase.has(i.dir) && !i.isComponent).map((i) => i.dir);
    return { infos, roots };
}
/** Renders one kustomization. Never throws for an overlay problem: those become items. */
async function renderOverlay(info, tool, opts, deps, fs, root) {
    const fail = (reason, line = null, data, timedOut = false) => ({
        ok: false,
        documents: 0,
        items: [{
                kind: 'event',
                event: { type: 'render-failed', renderer: 'kustomize', subject: info.dir, reason, ...(data ? { data } : {}), ...(timedOut ? { timedOut } : {}) },
                place: { file: info.file, line, column: line === null ? null : 1 },
            }],
    });
    if (info.error)
        return fail(`${info.error}.`);
    const remote = info.remote[0];
    if (remote) {
        return fail(`it uses the remote resource "${remote.entry}", and nothing is downloaded; render it where the network is allowed, or vendor the base.`, remote.line, { remote: remote.entry });
    }
    if (info.helmChartsLine !== null) {
        return fail('it inflates Helm charts (helmCharts:), which would download them; scan the chart itself instead.', info.helmChartsLine);
    }
    const scratch = await deps.temp.mkdtemp('kug-kustomize-');
    try {
        const build = (0,external_node_path_namespaceObject.join)(scratch, 'build');
        await deps.temp.mkdir(build);
        const abs = (0,external_node_path_namespaceObject.resolve)(root, info.dir);
        const rel = (0,external_node_path_namespaceObject.relative)(build, abs).split(external_node_path_namespaceObject.sep).join('/');
        await deps.temp.writeFile((0,external_node_path_namespaceObject.join)(build, 'kustomization.yaml'), `resources:\n  - ${JSON.stringify(rel)}\nbuildMetadata: [originAnnotations]\n`);
        const args = tool.mode === 'kubectl' ? ['kustomize', build] : ['build', build];
        const started = deps.now();
        const r = await deps.process.run(tool.path, args, { cwd: scratch, env: isolatedEnv(scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
        const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
        // Workspace paths as the user knows them: relative to the workspace root.
        const clean = (s) => s.split(`${rel}`).join(info.dir).split(build).join('<build>').split(`${root}${external_node_path_namespaceObject.sep}`).join('').split(root).join('.');
        deps.observer?.rendered?.({
            renderer: 'kustomize',
            subject: info.dir,
            command: `${tool.mode === 'kubectl' ? 'kubectl kustomize' : 'kustomize build'} ${info.dir} (with origin annotations)`,
            durationMs: Math.round(deps.now() - started),
            ok,
            timedOut: r.timedOut,
            stderr: clean(r.stderr),
        });
        if (!ok) {
            if (r.timedOut)
                return fail(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`, null, undefined, true);
            const reason = r.spawnError !== undefined ? `the program could not be started (${r.spawnError})` : clean(firstErrorLine(r.stderr)) || `exit code ${r.exitCode}`;
            return fail(reason.endsWith('.') ? reason : `${reason}.`);
        }
        return kustomize_mapOutput(r.stdout, info, build, opts, fs, root);
    }
    finally {
        await deps.temp.rm(scratch);
    }
}
async function kustomize_mapOutput(stdout, info, build, opts, fs, root) {
    const parsed = parseManifestText(stdout);
    const items = [];
    const sources = new Map();
    const sourceDocs = async (file) => {
        if (!sources.has(file)) {
            try {
                sources.set(file, parseManifestText(new TextDecoder().decode(await fs.readFile((0,external_node_path_namespaceObject.resolve)(root, file)))).documents);
            }
            catch {
                sources.set(file, null);
            }
        }
        return sources.get(file) ?? null;
    };
    let documents = 0;
    for (const doc of parsed.documents) {
        const origin = originOf(doc);
        let file = info.file;
        let line = null;
        let column = null;
        const data = { source: 'kustomize', kustomization: info.dir };
        if (origin?.path && !origin.repo) {
            const abs = (0,external_node_path_namespaceObject.resolve)(build, origin.path);
            const rel = (0,external_node_path_namespaceObject.relative)(root, abs);
            if (!rel.startsWith('..') && !rel.startsWith(external_node_path_namespaceObject.sep)) {
                file = rel.split(external_node_path_namespaceObject.sep).join('/');
                const match = pickSource(await sourceDocs(file), doc);
                if (match) {
                    line = match.position.line;
                    column = match.position.column;
                }
            }
        }
        else if (origin?.configuredIn) {
            const rel = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(build, origin.configuredIn));
            if (!rel.startsWith('..'))
                file = rel.split(external_node_path_namespaceObject.sep).join('/');
            data['generatedBy'] = origin.configuredBy ?? null;
        }
        if (line === null) {
            data['lineUnknown'] = true;
            data['lineNote'] = 'the resource could not be matched to a document of its source file';
        }
        if (opts.excluded(file))
            continue;
        documents++;
        items.push({ kind: 'document', doc, place: { file, line, column }, data });
    }
    for (const problem of parsed.problems) {
        items.push({ kind: 'problem', problem, place: { file: info.file, line: null, column: null }, data: { source: 'kustomize', kustomization: info.dir, renderedLine: problem.position.line, lineUnknown: true } });
    }
    return { ok: true, items, documents };
}
function originOf(doc) {
    const metadata = doc.body['metadata'];
    if (!isPlainObject(metadata))
        return null;
    const annotations = metadata['annotations'];
    if (!isPlainObject(annotations))
        return null;
    const text = annotations['config.kubernetes.io/origin'];
    if (typeof text !== 'string')
        return null;
    try {
        const v = (0,dist/* parseDocument */.Tp)(text).toJS();
        return isPlainObject(v) ? v : null;
    }
    catch {
        return null;
    }
}
/** The document of the source file a rendered resource came from: same kind, and the name with any prefix or suffix. */
function pickSource(docs, rendered) {
    if (!docs)
        return null;
    const sameKind = docs.filter((d) => d.kind === rendered.kind);
    if (sameKind.length === 1)
        return sameKind[0] ?? null;
    const name = rendered.name ?? '';
    const exact = sameKind.find((d) => d.name === name);
    if (exact)
        return exact;
    const within = sameKind.filter((d) => d.name !== null && d.name !== '' && name.includes(d.name));
    within.sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0));
    return within[0] ?? null;
}
function kustomize_toRel(root, abs) {
    return (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./src/render/pool.ts
async function runPool(items, workers, job) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = { ok: true, value: await job(items[i], i) };
            }
            catch (error) {
                results[i] = { ok: false, error };
            }
        }
    };
    const n = Math.max(1, Math.min(Math.floor(workers) || 1, items.length));
    await Promise.all(Array.from({ length: n }, worker));
    return results;
}
/** At most `n` of the functions passed to the returned limiter run at once; the rest wait in order. */
function createLimiter(n) {
    let active = 0;
    const waiting = [];
    const max = Math.max(1, Math.floor(n) || 1);
    return async (fn) => {
        if (active >= max)
            await new Promise((r) => waiting.push(r));
        active++;
        try {
            return await fn();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}

;// CONCATENATED MODULE: ./src/render/rendered-input.ts



/** Scratch space that keeps nothing: prepareChart is used here only to learn a chart's tree and templates. */
const discard = {
    mkdtemp: async (prefix) => `/${prefix}unused`,
    mkdir: async () => { },
    writeFile: async () => { },
    rm: async () => { },
};
async function mapRenderedInput(text, 
/** Workspace-relative path of the input, or null for standard input or a file outside the workspace. */
inputFile, 
/** How the input is named in findings: the workspace-relative path, the path given, or "-". */
inputLabel, ctx, excluded) {
    const rendered = readRendered(text, null);
    const parsed = parseManifestText(rendered.text);
    const trees = new Map();
    const chartFor = async (name) => {
        if (!trees.has(name)) {
            const dir = (await ctx.chartsNamed(name))[0]?.dir ?? null;
            let value = null;
            if (dir !== null) {
                try {
                    value = { dir, prepared: await prepareChart(dir, { dropKubeVersion: false }, { ...ctx, temp: discard, token: 'none' }) };
                }
                catch {
                    value = null;
                }
            }
            trees.set(name, value);
        }
        return trees.get(name) ?? null;
    };
    const out = { items: [], documents: 0, charts: new Set() };
    const locate = async (source, apiVersion) => {
        if (source === null)
            return null;
        const chart = await chartFor(source.split('/')[0]);
        if (!chart)
            return null;
        const place = locateByText(chart.prepared.tree, chart.prepared.files, source, apiVersion);
        if (!place)
            return null;
        out.charts.add(chart.dir);
        return { chart: chart.dir, place };
    };
    for (const doc of parsed.documents) {
        const source = rendered.sourceAt(doc.position.line);
        const found = await locate(source, doc.apiVersion);
        const data = { source: 'rendered', template: source, renderedFile: inputLabel, renderedLine: doc.position.line };
        let file;
        let line;
        if (found) {
            file = found.place.file;
            line = found.place.line;
            data['chart'] = found.chart;
            if (found.place.archiveEntry !== undefined)
                data['archiveEntry'] = found.place.archiveEntry;
        }
        else {
            file = inputFile;
            line = inputFile === null ? null : doc.position.line;
        }
        if (line === null)
            data['lineUnknown'] = true;
        if (file !== null && excluded(file))
            continue;
        out.documents++;
        out.items.push({ kind: 'document', doc, place: { file, line, column: line === null ? null : doc.position.column }, data });
    }
    for (const problem of parsed.problems) {
        const found = await locate(rendered.sourceAt(problem.position.line), null);
        const file = found?.place.file ?? inputFile;
        const line = found ? null : inputFile === null ? null : problem.position.line;
        out.items.push({
            kind: 'problem',
            problem,
            place: { file, line, column: line === null ? null : problem.position.column },
            data: { source: 'rendered', renderedFile: inputLabel, renderedLine: problem.position.line, ...(line === null ? { lineUnknown: true } : {}) },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/dedupe.ts
function mergeFindings(findings) {
    const kept = [];
    const exact = new Map();
    const loose = new Map();
    for (const f of findings) {
        const e = exactKey(f);
        const same = exact.get(e);
        if (same) {
            absorb(same, f);
            continue;
        }
        const l = looseKey(f);
        if (f.data['source'] === 'kustomize' && l !== null) {
            const earlier = loose.get(l);
            if (earlier) {
                absorb(earlier, f);
                continue;
            }
        }
        const copy = { ...f, data: { ...f.data } };
        kept.push(copy);
        exact.set(e, copy);
        if (l !== null && !loose.has(l))
            loose.set(l, copy);
    }
    return kept;
}
function exactKey(f) {
    const o = f.object;
    const object = o ? `${o.apiVersion}|${o.kind}|${o.namespace ?? ''}|${o.name ?? ''}` : '';
    const reason = f.ruleId === 'render-failed' ? String(f.data['reason'] ?? '') : f.message;
    return [f.ruleId, f.severity, f.file ?? '', f.line ?? '', f.column ?? '', object, reason, String(f.data['dependency'] ?? '')].join('\u0000');
}
function looseKey(f) {
    if (f.file === null || f.line === null || !f.object)
        return null;
    return [f.ruleId, f.file, f.line, f.object.apiVersion, f.object.kind].join('\u0000');
}
function absorb(into, other) {
    listInto(into, other, 'values', 'valuesFiles');
    listInto(into, other, 'chart', 'charts');
    listInto(into, other, 'kustomization', 'kustomizations');
}
/**
 * Adds what `other` says of `key` (its `data[key]`, or its own `data[listKey]` when it was merged already) to
 * `into.data[listKey]` (seeded with `into.data[key]`), once each and sorted, so the result does not depend on the
 * order the findings arrived in (a sharded scan merges them in another order than a whole one).
 */
function listInto(into, other, key, listKey) {
    const incoming = Array.isArray(other.data[listKey]) ? other.data[listKey] : key in other.data ? [other.data[key]] : [];
    if (incoming.length === 0)
        return;
    const existing = Array.isArray(into.data[listKey]) ? [...into.data[listKey]] : key in into.data ? [into.data[key]] : [];
    for (const value of incoming)
        if (!existing.includes(value))
            existing.push(value);
    const order = (v) => (v === null ? '' : String(v)); // null (a chart's default values) first
    existing.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    // A chart list only says something when the finding came through more than one chart.
    if (listKey !== 'charts' || existing.length > 1)
        into.data[listKey] = existing;
}

;// CONCATENATED MODULE: ./src/render/index.ts
/**
 * Renders what the plain scan cannot read — Helm charts, Kustomize overlays, pre-rendered `helm template` output —
 * and runs the same rules over the result. Renders run in parallel (bounded), each with a time limit; one failing
 * or slow chart never stops the others. Everything a render leaves behind is removed.
 */













/**
 * Starts looking for helm and probing it (one probe render, about 50 ms) when the scan has charts to render, so that
 * the probe runs beside the plain scan and the first renders instead of before the first chart.
 */
function startHelmDetection(found, settings, deps, inShard = () => true) {
    if (!topLevelCharts(found.charts).some(inShard))
        return null;
    const rs = settings.render ?? DEFAULT_RENDER_SETTINGS;
    return findHelm(rs.helmPath, deps);
}
async function renderAll(input, deps) {
    const { found, settings, fs, logger } = input;
    const rs = settings.render ?? DEFAULT_RENDER_SETTINGS;
    const root = settings.root;
    const realRoot = await fs.realpath(root);
    const exclude = settings.exclude.length > 0 ? picomatch_default()(settings.exclude, { dot: true }) : null;
    const ctx = {
        input,
        deps,
        rs,
        realRoot,
        excluded: (file) => exclude !== null && exclude(file),
        chartsNamed: chartIndex(fs, root, found, settings),
    };
    const items = [];
    let documents = 0;
    // Pre-rendered input first: the charts it covers are not rendered again.
    const inShard = input.inShard ?? (() => true);
    const pre = rs.rendered !== null && input.first !== false ? await readPreRendered(rs.rendered, ctx) : null;
    if (pre) {
        items.push(...pre.items);
        documents += pre.documents;
    }
    const charts = [];
    for (const c of topLevelCharts(found.charts))
        if (inShard(c) && !pre?.charts.has(c) && !(await isLibraryChart(fs, root, c)))
            charts.push(c);
    for (const v of rs.valuesFiles) {
        if (!charts.includes(v.chart) && inShard(v.chart))
            logger.warn(`values file ${v.file} is for ${v.chart}, which is not a chart rendered in this scan`);
    }
    // Overlays and bases are planned over the whole repository, then each part renders its own overlays.
    const fullPlan = found.kustomizations.length > 0 ? await planKustomizations(fs, root, found.kustomizations) : null;
    const plan = fullPlan ? { ...fullPlan, roots: fullPlan.roots.filter(inShard) } : null;
    const overlays = plan?.roots ?? [];
    const helm = charts.length > 0 ? await (input.helm ?? findHelm(rs.helmPath, deps)) : null;
    const kustomize = overlays.length > 0 ? await findKustomize(rs.kubectlPath, deps) : null;
    if (helm && 'missing' in helm)
        items.push(missingItem('helm', helm.missing, charts));
    if (kustomize && 'missing' in kustomize)
        items.push(missingItem('kustomize', kustomize.missing, overlays));
    const helmTool = helm && !('missing' in helm) ? helm : null;
    const kustomizeTool = kustomize && !('missing' in kustomize) ? kustomize : null;
    if (deps && (helmTool || kustomizeTool)) {
        const r = await renderJobs(helmTool ? charts : [], kustomizeTool && plan ? { plan, tool: kustomizeTool } : null, helmTool, deps, ctx);
        items.push(...r.items);
        documents += r.documents;
        if (r.helmMissing !== null)
            items.push(missingItem('helm', r.helmMissing, charts));
    }
    return { findings: check(items, settings, input.catalog), documents };
}
/** Renders charts and overlays in parallel, then the bases of overlays that failed (see kustomize.ts). */
async function renderJobs(charts, kustomize, helm, deps, ctx) {
    const { input, rs, realRoot, excluded, chartsNamed } = ctx;
    const { settings, fs, logger } = input;
    const root = settings.root;
    const workers = rs.renderWorkers ?? deps.workers;
    const limit = createLimiter(workers);
    const goMaxProcs = cpuShare(deps.cpus ?? deps.workers, workers);
    const timeoutMs = rs.renderTimeoutSec * 1000;
    const jobs = [
        ...charts.map((dir) => ({ kind: 'chart', dir })),
        ...(kustomize ? kustomize.plan.roots.map((d) => ({ kind: 'overlay', info: kustomize.plan.infos.get(d) })) : []),
    ];
    let done = 0;
    let total = jobs.length;
    const started = deps.now();
    const runJob = async (job) => {
        try {
            if (job.kind === 'overlay') {
                return await limit(() => renderOverlay(job.info, kustomize.tool, { timeoutMs, excluded, goMaxProcs }, deps, fs, root));
            }
            const r = await renderChart(job.dir, {
                target: settings.target,
                releaseName: rs.releaseName,
                namespace: rs.namespace,
                timeoutMs,
                values: rs.valuesFiles.filter((v) => v.chart === job.dir).map((v) => v.file),
                plainFiles: input.plainFiles,
                excluded,
                goMaxProcs,
            }, { deps, fs, catalog: input.catalog, tool: helm, prepare: { fs, temp: deps.temp, root, realRoot, chartsNamed }, limit });
            return { items: r.items, documents: r.documents, ok: r.failures === 0 };
        }
        finally {
            done++;
            deps.observer?.progress?.(done, total, job.kind === 'chart' ? job.dir : job.info.dir);
        }
    };
    // One job more than processes: the next chart is copied and marked while the others render, so no helm slot waits
    // for that preparation (the limiter, not the pool, bounds the processes).
    const run = async (list) => (await runPool(list, workers + 1, runJob)).map((r, i) => settle(list[i], r));
    const results = await run(jobs);
    if (kustomize) {
        // A base is rendered on its own only when every overlay of the scan that uses it failed.
        const okOverlays = new Set(jobs.flatMap((j, i) => (j.kind === 'overlay' && results[i]?.ok ? [j.info.dir] : [])));
        const tried = new Set(kustomize.plan.roots);
        let failed = jobs.flatMap((j, i) => (j.kind === 'overlay' && !results[i]?.ok ? [j.info] : []));
        while (failed.length > 0) {
            const next = [];
            for (const b of new Set(failed.flatMap((f) => f.bases))) {
                const info = kustomize.plan.infos.get(b);
                if (!info || info.isComponent || tried.has(b))
                    continue;
                const users = [...kustomize.plan.infos.values()].filter((u) => u.bases.includes(b));
                if (users.some((u) => okOverlays.has(u.dir)))
                    continue;
                tried.add(b);
                next.push({ kind: 'overlay', info });
            }
            total += next.length;
            const more = await run(next);
            jobs.push(...next);
            results.push(...more);
            next.forEach((j, i) => {
                if (j.kind === 'overlay' && more[i]?.ok)
                    okOverlays.add(j.info.dir);
            });
            failed = next.flatMap((j, i) => (j.kind === 'overlay' && !more[i]?.ok ? [j.info] : []));
        }
    }
    // The renders did not wait for helm's probe. When it found helm unusable (too old, or no version), what the charts
    // gave is dropped and the charts are reported as not rendered, as if the probe had come first.
    const tool = helm ? await helm.probe : null;
    const helmMissing = tool && 'missing' in tool ? tool.missing : null;
    const kept = helmMissing === null ? results : results.filter((_, i) => jobs[i]?.kind !== 'chart');
    const items = kept.flatMap((r) => r.items);
    const documents = kept.reduce((n, r) => n + r.documents, 0);
    const chartJobs = jobs.filter((j) => j.kind === 'chart').length;
    logger.info(`Rendered ${helmMissing === null ? chartJobs : 0} Helm chart(s)${tool && !('missing' in tool) ? ` with helm ${tool.version}` : ''} and ${jobs.length - chartJobs} Kustomize overlay(s) ` +
        `in ${((deps.now() - started) / 1000).toFixed(1)} s; ${documents} rendered document(s) checked.`);
    return { items, documents, helmMissing };
}
/** A job that threw (a bug or an unexpected I/O error) is reported on its chart or overlay; the others go on. */
function settle(job, r) {
    if (r.ok)
        return r.value;
    const subject = job.kind === 'chart' ? job.dir : job.info.dir;
    const reason = `internal error while rendering (${r.error instanceof Error ? r.error.message : String(r.error)}).`;
    const event = { type: 'render-failed', renderer: job.kind === 'chart' ? 'helm' : 'kustomize', subject, reason };
    const file = job.kind === 'chart' ? render_join2(job.dir, 'Chart.yaml') : job.info.file;
    return { items: [{ kind: 'event', event, place: { file, line: null, column: null } }], documents: 0, ok: false };
}
/** `--rendered FILE|-`: helm template output made elsewhere. */
async function readPreRendered(rendered, ctx) {
    const { fs, logger, settings } = ctx.input;
    const root = settings.root;
    const fromStdin = rendered === '-';
    let text;
    try {
        if (fromStdin) {
            if (!ctx.deps?.readStdin) {
                logger.warn('--rendered -: this run cannot read standard input');
                return null;
            }
            text = await ctx.deps.readStdin();
        }
        else {
            text = new TextDecoder().decode(await fs.readFile((0,external_node_path_namespaceObject.resolve)(root, rendered)));
        }
    }
    catch (err) {
        logger.warn(`cannot read rendered input ${rendered}: ${err.message}`);
        return null;
    }
    const inputFile = fromStdin ? null : relPath(root, (0,external_node_path_namespaceObject.resolve)(root, rendered));
    return await mapRenderedInput(text, inputFile, inputFile ?? rendered, { fs, root, realRoot: ctx.realRoot, chartsNamed: ctx.chartsNamed }, ctx.excluded);
}
/** Runs the rules over rendered items, reporting each at its place in the workspace (the template line). */
function check(items, settings, catalog) {
    const findings = [];
    const engine = createEngine(RULES, { target: settings.target, current: settings.current, catalog }, (f) => findings.push(f));
    for (const item of items) {
        const { file, line, column } = item.place;
        const at = { line, column: line === null ? null : column };
        if (item.kind === 'document')
            engine.document(item.doc, file, item.data, at);
        else if (item.kind === 'problem')
            engine.problem(item.problem, file, item.data, at);
        else
            engine.render(item.event, item.place);
    }
    return findings;
}
function missingItem(renderer, reason, subjects) {
    return { kind: 'event', event: { type: 'renderer-missing', renderer, count: subjects.length, reason, subjects }, place: { file: null, line: null, column: null } };
}
/** Looks for helm and starts its probe; renders need only the path, the probe's result is awaited after them. */
async function findHelm(setting, deps) {
    if (!deps)
        return { missing: 'this run cannot start programs, so helm was not looked for' };
    let path;
    try {
        path = await deps.findExecutable(setting ?? 'helm');
    }
    catch (err) {
        return { missing: `helm could not be looked for (${err instanceof Error ? err.message : String(err)})` };
    }
    if (path === null)
        return { missing: setting === null ? 'helm was not found on PATH' : `the helm path "${setting}" is not an executable file` };
    const probe = detectHelm(path, deps).then((tool) => ('error' in tool ? { missing: tool.error } : tool), (err) => ({ missing: `helm could not be probed (${err instanceof Error ? err.message : String(err)})` }));
    return { path, probe };
}
async function findKustomize(setting, deps) {
    if (!deps)
        return { missing: 'this run cannot start programs, so kubectl and kustomize were not looked for' };
    const mode = (p) => (/kustomize[^/\\]*$/i.test(p) ? 'kustomize' : 'kubectl');
    if (setting !== null) {
        const path = await deps.findExecutable(setting);
        return path === null ? { missing: `the kubectl path "${setting}" is not an executable file` } : { path, mode: mode(path) };
    }
    const kustomize = await deps.findExecutable('kustomize');
    if (kustomize)
        return { path: kustomize, mode: 'kustomize' };
    const kubectl = await deps.findExecutable('kubectl');
    if (kubectl)
        return { path: kubectl, mode: 'kubectl' };
    return { missing: 'neither kustomize nor kubectl was found on PATH' };
}
/** Library charts are not installable: they render as part of the charts that use them. */
async function isLibraryChart(fs, root, dir) {
    try {
        return (await readRepoChart(fs, (0,external_node_path_namespaceObject.resolve)(root, dir))).type === 'library';
    }
    catch {
        return false; // reported when rendered
    }
}
/** Charts that are not inside another discovered chart's charts/ directory (those render with their parent). */
function topLevelCharts(charts) {
    return charts.filter((c) => !charts.some((p) => p !== c && c.startsWith(p === '.' ? 'charts/' : `${p}/charts/`)));
}
/**
 * Charts of the workspace by Chart.yaml name, for dependencies resolved by name and for `# Source:` headers: the
 * charts of the scan first; the whole workspace is searched only when a name is not among them.
 */
function chartIndex(fs, root, found, settings) {
    let scanned = null;
    let everywhere = null;
    const load = async (dirs) => {
        const out = [];
        for (const dir of dirs) {
            try {
                const meta = await readRepoChart(fs, (0,external_node_path_namespaceObject.resolve)(root, dir));
                out.push({ dir, name: meta.name, version: meta.version });
            }
            catch {
                // unreadable charts are reported when rendered
            }
        }
        return out;
    };
    return async (name) => {
        scanned ??= load(found.charts);
        const hits = (await scanned).filter((c) => c.name === name);
        if (hits.length > 0)
            return hits;
        everywhere ??= discover(fs, { root, paths: ['.'], include: [], exclude: settings.exclude, maxFileBytes: settings.maxFileBytes })
            .then((d) => load(d.charts))
            .catch(() => []);
        return (await everywhere).filter((c) => c.name === name);
    };
}
function relPath(root, abs) {
    const rel = abs.startsWith(root + external_node_path_namespaceObject.sep) ? abs.slice(root.length + 1) : null;
    return rel === null ? null : rel.split(external_node_path_namespaceObject.sep).join('/');
}
function render_join2(dir, name) {
    return dir === '.' ? name : (0,external_node_path_namespaceObject.join)(dir, name).split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/catalog/releases.ts
/**
 * Kubernetes release catalog (data/releases.json): minor releases with their support windows and
 * every patch release, plus the version-skew policy as data.
 *
 * Everything here is pure: functions take the parsed catalog object and, where time matters, the
 * date to evaluate at ("YYYY-MM-DD" or a Date, read as a UTC calendar day). No file system, no
 * clock.
 *
 * Upstream meaning of the dates (kubernetes/website data/releases/schedule.yaml, rendered on
 * https://kubernetes.io/releases/patch-releases/): a minor is fully supported from its release
 * date, enters maintenance mode (only critical/security fixes) on `maintenanceModeStart`, and
 * receives no more patches from `endOfLife`. A status changes on the listed day itself.
 */
const releases_VERSION_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const UPSTREAM_PRERELEASE_RE = /^(alpha|beta|rc)(\.\d+)?$/;
/**
 * Parses Kubernetes version strings as reported by clusters and providers:
 * `1.34.2`, `v1.34.2`, `1.34.2-eks-113cf36` (EKS), `v1.30.5-gke.1014001` (GKE),
 * `1.29.7+k3s1` / `v1.29.7+rke2r1` (build metadata), `v1.35.0-rc.1` (upstream pre-release), `1.34`.
 * Provider suffixes are not SemVer pre-releases: `1.30.5-gke.N` is a build of 1.30.5, not older
 * than it (see the version notes in the advisories data README). Returns null for anything else.
 */
function parseVersion(text) {
    const raw = text.trim();
    const m = releases_VERSION_RE.exec(raw);
    if (!m)
        return null;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    const patch = m[3] === undefined ? null : Number(m[3]);
    const dash = m[4] ?? null;
    const plus = m[5] ?? null;
    let prerelease = null;
    let providerBuild = null;
    if (dash !== null) {
        if (UPSTREAM_PRERELEASE_RE.test(dash) || /^(alpha|beta|rc)\.\d+\./.test(dash))
            prerelease = dash;
        else
            providerBuild = dash;
    }
    if (plus !== null)
        providerBuild = providerBuild === null ? plus : `${providerBuild}+${plus}`;
    const provider = providerBuild === null ? null : providerOf(providerBuild);
    return {
        major,
        minor,
        patch,
        prerelease,
        provider,
        providerBuild,
        release: `${major}.${minor}`,
        normalized: `${major}.${minor}.${patch ?? 0}`,
        raw,
    };
}
const KNOWN_PROVIDERS = ['rke2', 'k3s', 'eks', 'gke', 'aks'];
function providerOf(build) {
    const token = (build.split(/[-.+]/)[0] ?? '').toLowerCase();
    const known = KNOWN_PROVIDERS.find((p) => token.startsWith(p));
    if (known)
        return known;
    return token.replace(/\d+$/, '') || 'unknown';
}
/** Numeric [major, minor, patch] of a plain "x.y.z" / "x.y" / "0" string; null if not numeric. */
function versionTuple(v) {
    if (v === '0')
        return [0, 0, 0];
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(v.trim());
    if (!m)
        return null;
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
/** Compares plain versions ("1.9.3" < "1.16.0"; "0" is lowest). Throws on non-numeric input. */
function releases_compareVersions(a, b) {
    const ta = versionTuple(a);
    const tb = versionTuple(b);
    if (!ta || !tb)
        throw new Error(`not a plain version: ${ta ? b : a}`);
    return ta[0] - tb[0] || ta[1] - tb[1] || ta[2] - tb[2];
}
/** "1.34.2" → "1.34". */
function minorOf(version) {
    const t = versionTuple(version);
    if (!t)
        throw new Error(`not a plain version: ${version}`);
    return `${t[0]}.${t[1]}`;
}
/** Compares "major.minor" strings numerically. */
function compareMinors(a, b) {
    return releases_compareVersions(`${a}.0`, `${b}.0`);
}
/** Normalises an as-of date to "YYYY-MM-DD" (a Date is read as its UTC calendar day). */
function isoDay(asOf) {
    if (asOf instanceof Date) {
        if (Number.isNaN(asOf.getTime()))
            throw new Error('invalid date');
        return asOf.toISOString().slice(0, 10);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
        throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    return asOf;
}
// ---------------------------------------------------------------------------------------------
// Queries
function findMinor(catalog, minor) {
    const key = parseVersion(minor)?.release ?? minor;
    return catalog.minors.find((m) => m.minor === key) ?? null;
}
/**
 * Support state of a minor on a date. `minor` may be "1.33", "v1.33" or any version of that minor.
 * - unreleased: not released per the catalog, or the date is before its release date
 * - supported: released and before maintenance mode (or before end of life when no maintenance date is known)
 * - maintenance: on/after maintenance mode start and before end of life
 * - end-of-life: on/after end of life
 * - unknown: the catalog does not know the minor, or lacks an end-of-life date for it (a minor with
 *   no end-of-life date counts as end-of-life once a newer minor is, since branches close in order)
 */
function supportStatus(catalog, minor, asOf) {
    const day = isoDay(asOf);
    const key = parseVersion(minor)?.release ?? minor;
    const m = findMinor(catalog, key);
    if (!m)
        return { minor: key, status: 'unknown', since: null, until: null };
    if (!m.released || m.releaseDate === null || day < m.releaseDate) {
        return { minor: m.minor, status: 'unreleased', since: null, until: m.releaseDate ?? m.plannedReleaseDate };
    }
    if (m.endOfLife !== null && day >= m.endOfLife)
        return { minor: m.minor, status: 'end-of-life', since: m.endOfLife, until: null };
    if (m.maintenanceModeStart !== null && day >= m.maintenanceModeStart) {
        return { minor: m.minor, status: 'maintenance', since: m.maintenanceModeStart, until: m.endOfLife };
    }
    if (m.endOfLife === null) {
        // Branches close oldest first: a minor older than one that is already end-of-life is too.
        const newerClosed = catalog.minors.some((o) => compareMinors(o.minor, m.minor) > 0 && o.endOfLife !== null && day >= o.endOfLife);
        return newerClosed
            ? { minor: m.minor, status: 'end-of-life', since: null, until: null }
            : { minor: m.minor, status: 'unknown', since: m.releaseDate, until: null };
    }
    return { minor: m.minor, status: 'supported', since: m.releaseDate, until: m.maintenanceModeStart ?? m.endOfLife };
}
/** True when upstream still ships patches for the minor on the date (supported or maintenance). */
function receivesPatches(catalog, minor, asOf) {
    const s = supportStatus(catalog, minor, asOf).status;
    return s === 'supported' || s === 'maintenance';
}
/**
 * Newest patch of a minor; with `asOf`, the newest one tagged on or before that day.
 * Returns null when the minor is unknown or had no release yet.
 */
function latestPatch(catalog, minor, asOf) {
    const m = findMinor(catalog, minor);
    if (!m)
        return null;
    const day = asOf === undefined ? null : isoDay(asOf);
    const eligible = day === null ? m.patches : m.patches.filter((p) => p.date <= day);
    return eligible.at(-1) ?? null;
}
/** Patches of a minor released on or before the day (all when no day is given), ascending. */
function patchesOf(catalog, minor, asOf) {
    const m = findMinor(catalog, minor);
    if (!m)
        return [];
    const day = asOf === undefined ? null : isoDay(asOf);
    return day === null ? [...m.patches] : m.patches.filter((p) => p.date <= day);
}
/** Minors upstream patches on the day (supported or maintenance), ascending. */
function maintainedMinors(catalog, asOf) {
    return catalog.minors.filter((m) => receivesPatches(catalog, m.minor, asOf)).map((m) => m.minor);
}
/** True when the exact version (provider suffix ignored) is a tagged upstream patch in the catalog. */
function isKnownPatch(catalog, version) {
    const v = parseVersion(version);
    if (!v || v.patch === null)
        return false;
    return findMinor(catalog, v.release)?.patches.some((p) => p.version === v.normalized) ?? false;
}
/**
 * Allowed skew for `component` measured against `relativeTo` under the policy, taking the
 * "older than 1.25" style exceptions into account for the given component minor.
 * Returns null when the policy has no rule for that pair.
 */
function allowedSkew(policy, component, relativeTo, componentMinor) {
    const rule = policy.rules.find((r) => r.components.includes(component) && r.relativeTo === relativeTo);
    if (!rule)
        return null;
    const minor = parseVersion(componentMinor)?.release ?? componentMinor;
    for (const e of rule.exceptions) {
        if (compareMinors(minor, e.componentBelow) < 0)
            return { maxNewerMinors: e.maxNewerMinors, maxOlderMinors: e.maxOlderMinors, rule: rule.id };
    }
    return { maxNewerMinors: rule.maxNewerMinors, maxOlderMinors: rule.maxOlderMinors, rule: rule.id };
}

;// CONCATENATED MODULE: ./src/catalog/advisories.ts
/**
 * Kubernetes security advisory catalog (data/advisories.json) and pure queries over it.
 *
 * Two kinds of advisory live in the catalog:
 *  - core: a component shipped in a kubernetes/kubernetes release (kube-apiserver, kubelet, …);
 *    its ranges are Kubernetes release versions and can be matched against a cluster.
 *  - add-on: ingress-nginx, CSI drivers, image-builder, client libraries, … versioned by
 *    themselves (or, for a few historic add-ons, by the release that bundled their manifests).
 *    `matchesClusterVersion` is false for every add-on: they are never matched against a cluster
 *    version, only against the add-on's own version when the caller names that add-on.
 *
 * Range semantics (normalised from OSV-style data, see scripts/lib/advisories.ts):
 * a version v is affected by a range when introduced ≤ v, v < fixed (when set), v ≤ lastAffected
 * (when set) and v < limit (when set). `introduced: "0"` means "all earlier versions". All bounds
 * are GA versions "x.y.z": a fix first shipped in a pre-release (1.26.0-alpha.3) is recorded as the
 * GA of that minor (1.26.0). A range with `minor` set lies entirely inside that minor line.
 */

const CORE_COMPONENTS = [
    'kube-apiserver',
    'kube-controller-manager',
    'kube-scheduler',
    'kube-proxy',
    'kubelet',
    'kubectl',
];
/** Library shipped with (and versioned like) a Kubernetes release, but not a cluster component. */
const CORE_LIBRARIES = ['client-go'];
function isCoreComponent(name) {
    return CORE_COMPONENTS.includes(name);
}
// ---------------------------------------------------------------------------------------------
// Matching
/** Normalises a queried version to "x.y.z" (provider suffixes dropped; "1.34" → "1.34.0"). */
function plain(version) {
    if (version === '0')
        return '0';
    return parseVersion(version)?.normalized ?? null;
}
function rangeContains(range, version) {
    const v = plain(version);
    if (v === null)
        return false;
    if (range.introduced !== '0' && releases_compareVersions(v, range.introduced) < 0)
        return false;
    if (range.fixed !== null && releases_compareVersions(v, range.fixed) >= 0)
        return false;
    if (range.lastAffected !== null && releases_compareVersions(v, range.lastAffected) > 0)
        return false;
    if (range.limit !== null && releases_compareVersions(v, range.limit) >= 0)
        return false;
    return true;
}
/** True when `version` (any provider format) falls in one of the advisory's ranges. */
function isVersionAffected(advisory, version) {
    return advisory.affected.some((r) => rangeContains(r, version));
}
/**
 * Advisories affecting a component at a version, sorted by id.
 * - core component (kube-apiserver, kubelet, …, or the library client-go): core advisories whose
 *   components include it and whose Kubernetes-versioned ranges contain the version. Add-on
 *   advisories never match here, whatever their numbers say.
 * - any other name (an add-on such as "ingress-nginx"): add-on advisories for that add-on whose
 *   own-versioned ranges contain the version.
 * Versions without a patch ("1.34") are checked as the first patch of that minor.
 */
function advisoriesAffecting(catalog, component, version) {
    const name = component.trim();
    const core = isCoreComponent(name) || CORE_LIBRARIES.includes(name);
    return catalog.advisories
        .filter((a) => {
        if (!a.components.includes(name))
            return false;
        if (core)
            return a.kind === 'core' && a.matchesClusterVersion && a.versionScheme === 'kubernetes';
        return a.kind === 'add-on' && a.versionScheme === 'own';
    })
        .filter((a) => isVersionAffected(a, version))
        .sort((a, b) => a.id.localeCompare(b.id));
}
function findAdvisory(catalog, id) {
    const key = id.trim().toUpperCase();
    return catalog.advisories.find((a) => a.id === key || a.aliases.some((x) => x.toUpperCase() === key)) ?? null;
}
/**
 * Smallest fixed, supported upgrade target for a core advisory at `version` on `asOf`:
 * 1. the same minor, when upstream still patches it on that day and a released patch is unaffected;
 * 2. otherwise the next minor that upstream patches on that day, one minor at a time, taking its
 *    smallest released unaffected patch (released on or before `asOf`).
 * An advisory with no fix at all gives no target and points at its mitigation. Add-on advisories
 * and advisories without Kubernetes-versioned ranges are not applicable.
 */
function smallestFixedSupportedTarget(releases, advisory, version, asOf) {
    const day = isoDay(asOf);
    const parsed = parseVersion(version);
    if (!parsed)
        return { kind: 'not-applicable', version, reason: `not a Kubernetes version: ${version}` };
    const v = parsed.normalized;
    if (advisory.kind !== 'core' || !advisory.matchesClusterVersion || advisory.versionScheme !== 'kubernetes') {
        return { kind: 'not-applicable', version: v, reason: `${advisory.id} is not versioned by the Kubernetes release` };
    }
    if (advisory.affected.length === 0) {
        return { kind: 'not-applicable', version: v, reason: `${advisory.id} has no version data` };
    }
    if (!isVersionAffected(advisory, v))
        return { kind: 'not-affected', version: v };
    if (advisory.fix === 'none')
        return { kind: 'no-fix', version: v, mitigation: advisory.mitigation };
    const current = minorOf(v);
    const candidates = releases.minors.filter((m) => m.released && compareMinors(m.minor, current) >= 0).sort((a, b) => compareMinors(a.minor, b.minor));
    for (const m of candidates) {
        if (!receivesPatches(releases, m.minor, day))
            continue;
        const patch = patchesOf(releases, m.minor, day).find((p) => releases_compareVersions(p.version, v) > 0 && !isVersionAffected(advisory, p.version));
        if (!patch)
            continue;
        const [, cur] = current.split('.').map(Number);
        const [, tgt] = m.minor.split('.').map(Number);
        return {
            kind: 'upgrade',
            version: v,
            target: patch.version,
            minor: m.minor,
            sameMinor: m.minor === current,
            minorsAhead: (tgt ?? 0) - (cur ?? 0),
            targetSupport: supportStatus(releases, m.minor, day).status,
        };
    }
    return { kind: 'no-supported-target', version: v, mitigation: advisory.mitigation };
}
const SEVERITY_ORDER = (/* unused pure expression or super */ null && (['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']));
/** Orders severities (NONE < LOW < … < CRITICAL); unknown (null) sorts lowest. */
function compareSeverity(a, b) {
    return (a === null ? -1 : SEVERITY_ORDER.indexOf(a)) - (b === null ? -1 : SEVERITY_ORDER.indexOf(b));
}

;// CONCATENATED MODULE: ./src/advisories/cvss.ts
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 },
};
/** Parses "CVSS:3.1/AV:N/AC:L/…" and computes the base score; null for anything else (including CVSS 4.0). */
function cvssFromVector(vector, source) {
    const m = /^CVSS:(3\.[01])\/(.+)$/.exec(vector.trim());
    if (!m)
        return null;
    const metrics = new Map();
    for (const part of m[2].split('/')) {
        const [k, v] = part.split(':');
        if (!k || !v || metrics.has(k))
            return null;
        metrics.set(k, v);
    }
    const get = (table, key) => {
        const v = metrics.get(key);
        return v !== undefined && Object.prototype.hasOwnProperty.call(table, v) ? table[v] : null;
    };
    const av = get(WEIGHTS.AV, 'AV');
    const ac = get(WEIGHTS.AC, 'AC');
    const ui = get(WEIGHTS.UI, 'UI');
    const c = get(WEIGHTS.CIA, 'C');
    const i = get(WEIGHTS.CIA, 'I');
    const a = get(WEIGHTS.CIA, 'A');
    const scope = metrics.get('S');
    const prKey = metrics.get('PR');
    if (av === null || ac === null || ui === null || c === null || i === null || a === null)
        return null;
    if (scope !== 'U' && scope !== 'C')
        return null;
    const changed = scope === 'C';
    const pr = prKey === 'N' ? 0.85 : prKey === 'L' ? (changed ? 0.68 : 0.62) : prKey === 'H' ? (changed ? 0.5 : 0.27) : null;
    if (pr === null)
        return null;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    const base = impact <= 0 ? 0 : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
    return { version: m[1], vector: vector.trim(), baseScore: base, severity: severityOf(base), source };
}
function severityOf(score) {
    if (score === 0)
        return 'NONE';
    if (score < 4)
        return 'LOW';
    if (score < 7)
        return 'MEDIUM';
    if (score < 9)
        return 'HIGH';
    return 'CRITICAL';
}
/** The smallest number with one decimal that is at least the input (CVSS 3.1 Roundup, free of float error). */
function roundUp(x) {
    const n = Math.round(x * 100000);
    return n % 10000 === 0 ? n / 100000 : (Math.floor(n / 10000) + 1) / 10;
}

;// CONCATENATED MODULE: ./src/advisories/feed.ts
/**
 * Live advisories: the official Kubernetes CVE feed (JSON Feed 1.1) and, for CVEs the embedded catalog does not
 * know, their OSV records from kubernetes-sigs/cve-feed-osv. Everything goes through the HttpClient port with a
 * deadline and a size limit, and every response is validated before it is used.
 *
 * Nothing here throws: whatever fails (network, timeout, HTTP status, oversize, truncated or malformed bodies) is
 * returned as a failure, and the caller keeps the embedded catalog. The feed itself has no structured versions: a
 * new CVE is only matched against clusters when its OSV record gives Kubernetes-versioned ranges; otherwise it is
 * returned as unmatched, to be reported by name and status.
 */




const OFFICIAL_CVE_FEED_URL = 'https://kubernetes.io/docs/reference/issues-security/official-cve-feed/index.json';
const CVE_FEED_OSV_BASE_URL = 'https://raw.githubusercontent.com/kubernetes-sigs/cve-feed-osv/main/vulns/';
const DEFAULT_FEED_OPTIONS = {
    feedUrl: OFFICIAL_CVE_FEED_URL,
    osvBaseUrl: CVE_FEED_OSV_BASE_URL,
    timeoutMs: 10_000,
    maxFeedBytes: 8 * 1024 * 1024,
    maxRecordBytes: 1024 * 1024,
    maxRecords: 25,
    concurrency: 4,
};
/** Reads the feed and the OSV records of new CVEs, and merges them with `embedded`. Never rejects. */
async function loadLiveAdvisories(http, embedded, releases, options = {}) {
    const opts = { ...DEFAULT_FEED_OPTIONS, ...options };
    const out = {
        catalog: embedded,
        feedOk: false,
        feedUpdatedAt: null,
        feedCves: 0,
        skippedItems: 0,
        added: [],
        unmatched: [],
        failures: [],
    };
    const feed = await getJson(http, opts.feedUrl, opts, opts.maxFeedBytes);
    if (!feed.ok) {
        out.failures.push({ source: 'official-cve-feed', url: opts.feedUrl, reason: feed.reason });
        return out;
    }
    const parsed = parseFeed(feed.value);
    if (typeof parsed === 'string') {
        out.failures.push({ source: 'official-cve-feed', url: opts.feedUrl, reason: parsed });
        return out;
    }
    out.feedOk = true;
    out.feedUpdatedAt = parsed.updatedAt;
    out.skippedItems = parsed.skipped;
    // CVEs the embedded catalog does not know, once each, in feed order.
    const fresh = new Map();
    for (const item of parsed.items) {
        for (const cve of item.cves) {
            out.feedCves++;
            if (!findAdvisory(embedded, cve) && !fresh.has(cve))
                fresh.set(cve, item);
        }
    }
    const queue = [...fresh.entries()];
    const toFetch = opts.osvBaseUrl === null ? [] : queue.slice(0, opts.maxRecords);
    for (const [cve, item] of queue.slice(toFetch.length)) {
        out.unmatched.push(unmatched(cve, item, 'not-fetched', opts.osvBaseUrl === null ? 'OSV records are not read' : `more than ${opts.maxRecords} new CVEs; not looked up`));
    }
    // After a few requests that got no response at all, the source is taken to be down: the rest are not tried, so a
    // dead host costs a few timeouts, not one per CVE.
    let unreachable = 0;
    const results = await mapLimited(toFetch, opts.concurrency, async ([cve, item]) => {
        const url = `${opts.osvBaseUrl}${encodeURIComponent(cve)}.json`;
        if (unreachable >= MAX_UNREACHABLE) {
            return { cve, item, url, res: { ok: false, reason: 'not tried: the OSV source did not respond to earlier requests', status: null, skipped: true } };
        }
        const res = await getJson(http, url, opts, opts.maxRecordBytes);
        if (!res.ok && res.status === null && res.network)
            unreachable++;
        return { cve, item, url, res };
    });
    const added = [];
    let osvFailures = 0;
    for (const { cve, item, url, res } of results) {
        if (!res.ok) {
            if ('skipped' in res) {
                out.unmatched.push(unmatched(cve, item, 'not-fetched', res.reason));
                continue;
            }
            if (res.status === 404) {
                out.unmatched.push(unmatched(cve, item, 'no-versioned-record', 'no OSV record yet'));
            }
            else {
                osvFailures++;
                if (osvFailures <= 3)
                    out.failures.push({ source: 'osv', url, reason: res.reason });
                out.unmatched.push(unmatched(cve, item, 'record-unusable', res.reason));
            }
            continue;
        }
        const advisory = advisoryFromOsv(res.value, cve, item, releases);
        if (typeof advisory === 'string') {
            osvFailures++;
            if (osvFailures <= 3)
                out.failures.push({ source: 'osv', url, reason: advisory });
            out.unmatched.push(unmatched(cve, item, 'record-unusable', advisory));
            continue;
        }
        if (!advisory.matchesClusterVersion) {
            out.unmatched.push(unmatched(cve, item, 'add-on', `not a cluster component (${advisory.componentsAsPublished.join(', ') || 'no package'})`));
            continue;
        }
        added.push(advisory);
    }
    if (osvFailures > 3)
        out.failures.push({ source: 'osv', url: opts.osvBaseUrl ?? '', reason: `${osvFailures - 3} more OSV records failed` });
    out.added = added;
    if (added.length > 0)
        out.catalog = { ...embedded, advisories: [...embedded.advisories, ...added] };
    return out;
}
function unmatched(cve, item, reason, detail) {
    return { cve, status: item.status, summary: item.summary, url: item.url, published: item.published, reason, detail };
}
const MAX_UNREACHABLE = 3;
async function getJson(http, url, opts, maxBytes) {
    let res;
    try {
        res = await http.get(url, {
            timeoutMs: opts.timeoutMs,
            maxBytes,
            ...(opts.userAgent ? { headers: { 'user-agent': opts.userAgent } } : {}),
        });
    }
    catch (err) {
        const reason = err instanceof HttpError ? err.message : `request failed (${err instanceof Error ? err.message : String(err)})`;
        const network = !(err instanceof HttpError) || err.kind !== 'too-large';
        return { ok: false, reason, status: null, network };
    }
    if (res.status !== 200)
        return { ok: false, reason: `HTTP ${res.status}`, status: res.status };
    if (res.body.byteLength > maxBytes)
        return { ok: false, reason: `the response is more than the limit of ${maxBytes} bytes`, status: res.status };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(res.body);
    }
    catch {
        return { ok: false, reason: 'the response is not UTF-8 text', status: res.status };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (err) {
        return { ok: false, reason: `the response is not complete, valid JSON (${err.message})`, status: res.status };
    }
}
const CVE_RE = /CVE-\d{4}-\d{4,7}/g;
const STATUSES = ['open', 'fixed', 'unfixed', 'unknown'];
const MAX_ITEMS = 10_000;
/** Validates a JSON Feed 1.x document of CVE items; returns the reason it is unusable as a string. */
function parseFeed(value) {
    if (!feed_isRecord(value))
        return 'the feed is not a JSON object';
    if (typeof value['version'] !== 'string' || !/^https:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(value['version'])) {
        return 'the feed is not a JSON Feed 1.x document (version)';
    }
    const items = value['items'];
    if (!Array.isArray(items))
        return 'the feed has no items list';
    if (items.length > MAX_ITEMS)
        return `the feed has more than ${MAX_ITEMS} items`;
    const meta = value['_kubernetes_io'];
    const updatedAt = feed_isRecord(meta) && typeof meta['updated_at'] === 'string' ? meta['updated_at'].slice(0, 40) : null;
    const out = [];
    let skipped = 0;
    for (const raw of items) {
        if (!feed_isRecord(raw) || typeof raw['id'] !== 'string') {
            skipped++;
            continue;
        }
        const cves = [...new Set(raw['id'].toUpperCase().match(CVE_RE) ?? [])];
        const str = (k, max) => {
            const v = raw[k];
            if (v === undefined || v === null)
                return null;
            return typeof v === 'string' ? v.slice(0, max) : undefined;
        };
        const summary = str('summary', 300);
        const url = str('url', 500);
        const published = str('date_published', 40);
        const status = str('status', 40);
        if (cves.length === 0 || summary === undefined || url === undefined || published === undefined || status === undefined) {
            skipped++;
            continue;
        }
        out.push({
            cves,
            status: status !== null && STATUSES.includes(status) ? status : 'unknown',
            summary: summary?.trim() || null,
            url: url !== null && /^https:\/\//.test(url) ? url : null,
            published: published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
        });
    }
    return { items: out, skipped, updatedAt };
}
/** OSV package names of Kubernetes components (ecosystem "kubernetes"). */
const PACKAGE_COMPONENTS = {
    'k8s.io/apiserver': ['kube-apiserver'],
    'k8s.io/kube-apiserver': ['kube-apiserver'],
    'k8s.io/controller-manager': ['kube-controller-manager'],
    'k8s.io/kube-controller-manager': ['kube-controller-manager'],
    'k8s.io/kube-scheduler': ['kube-scheduler'],
    'k8s.io/kubelet': ['kubelet'],
    'k8s.io/kube-proxy': ['kube-proxy'],
    'k8s.io/kubectl': ['kubectl'],
    // The whole release, no component named: every cluster component.
    'k8s.io/kubernetes': ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'],
};
/**
 * Builds an advisory from an OSV record of cve-feed-osv (ecosystem "kubernetes"), or returns why it cannot be used.
 * Ranges follow the OSV timeline: events sorted by version; `introduced` opens a range, `fixed`/`limit` close it
 * (exclusive), `last_affected` closes it inclusively; an `introduced` inside an open range changes nothing.
 */
function advisoryFromOsv(value, cve, item, releases) {
    if (!feed_isRecord(value))
        return 'the OSV record is not a JSON object';
    const id = value['id'];
    const aliases = Array.isArray(value['aliases']) ? value['aliases'].filter((a) => typeof a === 'string').slice(0, 20) : [];
    if (typeof id !== 'string' || (id.toUpperCase() !== cve && !aliases.some((a) => a.toUpperCase() === cve))) {
        return `the OSV record is not about ${cve}`;
    }
    const affected = value['affected'];
    if (!Array.isArray(affected) || affected.length === 0 || affected.length > 100)
        return 'the OSV record has no usable "affected" list';
    const components = new Set();
    const published = [];
    const ranges = [];
    let severity = null;
    const readSeverity = (list) => {
        if (!Array.isArray(list))
            return;
        for (const s of list) {
            if (severity === null && feed_isRecord(s) && typeof s['score'] === 'string')
                severity = cvssFromVector(s['score'], 'live OSV record (computed from the vector)');
        }
    };
    readSeverity(value['severity']);
    for (const a of affected) {
        if (!feed_isRecord(a) || !feed_isRecord(a['package']))
            return 'an "affected" entry has no package';
        const pkg = a['package'];
        if (typeof pkg['name'] !== 'string' || typeof pkg['ecosystem'] !== 'string')
            return 'an "affected" package has no name or ecosystem';
        published.push(pkg['name']);
        readSeverity(a['severity']);
        const mapped = pkg['ecosystem'].toLowerCase() === 'kubernetes' ? PACKAGE_COMPONENTS[pkg['name']] : undefined;
        if (!mapped)
            continue;
        if (!Array.isArray(a['ranges']))
            return `the ranges of ${pkg['name']} are missing`;
        for (const r of a['ranges']) {
            if (!feed_isRecord(r) || !Array.isArray(r['events']) || r['events'].length > 200)
                return `a range of ${pkg['name']} has no events list`;
            if (r['type'] !== 'SEMVER' && r['type'] !== 'ECOSYSTEM')
                continue;
            const events = [];
            for (const e of r['events']) {
                if (!feed_isRecord(e))
                    return `a range of ${pkg['name']} has an event that is not an object`;
                const keys = Object.keys(e);
                const kind = keys[0];
                if (keys.length !== 1 || (kind !== 'introduced' && kind !== 'fixed' && kind !== 'last_affected' && kind !== 'limit')) {
                    return `a range of ${pkg['name']} has an event with keys ${keys.join(', ') || '(none)'}`;
                }
                const version = e[kind];
                const norm = typeof version === 'string' ? normalizeOsvVersion(version) : null;
                if (norm === null)
                    return `a range of ${pkg['name']} has ${kind} ${JSON.stringify(version)}, not a Kubernetes version`;
                events.push({ kind, version: norm });
            }
            ranges.push(...timeline(events));
        }
        for (const c of mapped)
            components.add(c);
    }
    const core = components.size > 0;
    const fixedByMinor = {};
    for (const r of ranges) {
        const first = r.fixed ?? (r.lastAffected !== null ? nextPatch(releases, r.lastAffected) : null);
        if (first !== null) {
            const minor = minorOf(first);
            if (fixedByMinor[minor] === undefined || releases_compareVersions(first, fixedByMinor[minor]) < 0)
                fixedByMinor[minor] = first;
        }
    }
    if (core && ranges.length === 0)
        return 'the OSV record has no Kubernetes version ranges';
    const references = Array.isArray(value['references']) ? value['references'] : [];
    const issueUrl = references
        .map((r) => (feed_isRecord(r) && typeof r['url'] === 'string' ? r['url'] : null))
        .find((u) => u !== null && /^https:\/\/github\.com\/kubernetes\/kubernetes\/issues\/\d+$/.test(u)) ?? item?.url ?? null;
    const unfixed = item?.status === 'unfixed';
    const title = typeof value['summary'] === 'string' ? value['summary'].slice(0, 300) : item?.summary ?? null;
    const publishedDate = typeof value['published'] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value['published']) ? value['published'].slice(0, 10) : item?.published ?? null;
    return {
        id: cve,
        aliases: aliases.filter((a) => a.toUpperCase() !== cve),
        title,
        kind: core ? 'core' : 'add-on',
        components: core ? CORE_COMPONENTS.filter((c) => components.has(c)) : published,
        componentsAsPublished: published,
        versionScheme: core ? 'kubernetes' : null,
        versionedProduct: null,
        matchesClusterVersion: core,
        published: publishedDate,
        issueUrl,
        inOfficialFeed: true,
        severity,
        severityNvd: null,
        fix: unfixed ? 'none' : ranges.some((r) => r.fixed !== null || r.lastAffected !== null) ? 'available' : 'unknown',
        affected: ranges,
        fixedByMinor,
        conditions: null,
        mitigation: unfixed ? 'Upstream lists no fix; read the advisory for mitigations.' : null,
        provenance: {
            ranges: { from: 'live OSV record (kubernetes-sigs/cve-feed-osv)', rule: 'osv-timeline' },
            severity: severity === null ? null : 'live OSV record',
            title: 'live OSV record',
            published: 'live OSV record',
            aliases: 'live OSV record',
            conditionsAndMitigation: 'none (live record)',
            records: [],
        },
        rulesApplied: [],
        notes: ['Read live from the official CVE feed and its OSV record; not reviewed like the embedded catalog.'],
        crossChecks: [],
    };
}
function normalizeOsvVersion(text) {
    if (text === '0')
        return '0';
    const v = parseVersion(text);
    if (!v || v.major !== 1 || v.patch === null)
        return null;
    return v.normalized;
}
function compareEvent(a, b) {
    if (a.version === '0' || b.version === '0')
        return a.version === b.version ? 0 : a.version === '0' ? -1 : 1;
    return releases_compareVersions(a.version, b.version);
}
function timeline(events) {
    const sorted = [...events].sort(compareEvent);
    const out = [];
    let open = null;
    const close = (bound) => {
        if (open === null)
            return;
        const upper = bound.fixed ?? bound.lastAffected ?? bound.limit ?? null;
        const sameMinor = open !== '0' && upper !== null && minorOf(open) === minorOf(upper);
        out.push({
            minor: sameMinor ? minorOf(open) : null,
            introduced: open,
            lastAffected: bound.lastAffected ?? null,
            fixed: bound.fixed ?? null,
            limit: bound.limit ?? null,
        });
        open = null;
    };
    for (const e of sorted) {
        if (e.kind === 'introduced')
            open ??= e.version;
        else if (e.kind === 'fixed')
            close({ fixed: e.version });
        else if (e.kind === 'last_affected')
            close({ lastAffected: e.version });
        else
            close({ limit: e.version });
    }
    if (open !== null)
        out.push({ minor: null, introduced: open, lastAffected: null, fixed: null, limit: null });
    return out;
}
/** The first tagged patch after `version` in its minor, if the release catalog knows one. */
function nextPatch(releases, version) {
    return patchesOf(releases, minorOf(version)).find((p) => releases_compareVersions(p.version, version) > 0)?.version ?? null;
}
async function mapLimited(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
function feed_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/clusters/evaluate.ts



/** CVSS → finding severity: critical/high → error, medium → warning, low/none → notice; unknown → warning. */
function advisorySeverity(a) {
    const level = a.severity?.severity ?? null;
    if (level === 'CRITICAL' || level === 'HIGH')
        return 'error';
    if (level === 'LOW' || level === 'NONE')
        return 'notice';
    return 'warning';
}
function componentInstances(spec) {
    const out = [];
    out.push({ component: 'kube-apiserver', version: spec.version, label: 'kube-apiserver', lineKey: 'version', pool: null });
    spec.apiservers.forEach((v, i) => {
        if (v !== spec.version)
            out.push({ component: 'kube-apiserver', version: v, label: 'kube-apiserver', lineKey: `apiservers[${i}]`, pool: null });
    });
    for (const c of spec.controlPlane) {
        out.push({ component: c.component, version: c.version, label: c.component, lineKey: c.declared ? `components.${c.component}` : 'version', pool: null });
    }
    spec.nodePools.forEach((p, i) => {
        out.push({ component: 'kubelet', version: p.kubelet, label: `node pool ${p.name}`, lineKey: `nodePools[${i}].kubelet`, pool: p.name });
        out.push({
            component: 'kube-proxy',
            version: p.kubeProxy,
            label: `node pool ${p.name}`,
            lineKey: p.kubeProxyDeclared ? `nodePools[${i}].kubeProxy` : `nodePools[${i}].kubelet`,
            pool: p.name,
        });
    });
    return out;
}
function evaluateCluster(input) {
    const { spec, asOf, releases } = input;
    const instances = componentInstances(spec);
    // Advisories: one hit per advisory, component and version (node pools at the same version share it).
    const hits = [];
    const groups = new Map();
    for (const inst of instances) {
        if (inst.component === 'cloud-controller-manager')
            continue;
        const key = `${inst.component}@${inst.version}`;
        groups.set(key, [...(groups.get(key) ?? []), inst]);
    }
    for (const list of groups.values()) {
        const first = list[0];
        const component = first.component;
        for (const advisory of advisoriesAffecting(input.advisories, component, first.version)) {
            hits.push({
                advisory,
                component,
                version: first.version,
                where: [...new Set(list.map((l) => l.label))],
                pools: list.map((l) => l.pool).filter((p) => p !== null),
                lineKey: first.lineKey,
                target: smallestFixedSupportedTarget(releases, advisory, first.version, asOf),
                severity: advisorySeverity(advisory),
                live: input.liveIds?.has(advisory.id) ?? false,
            });
        }
    }
    const support = supportFact(releases, 'kube-apiserver', 'kube-apiserver', spec.version, asOf, 'version');
    // Components on another minor than the apiserver that is out of support: one fact per place (a pool's kubelet and
    // kube-proxy together).
    const componentSupport = [];
    const byPlace = new Map();
    for (const inst of instances) {
        if (minorOfVersion(inst.version) === spec.minor)
            continue;
        const fact = supportFact(releases, inst.component, inst.label, inst.version, asOf, inst.lineKey);
        if (fact.status.status !== 'end-of-life')
            continue;
        const key = `${inst.label}@${fact.status.minor}`;
        const known = byPlace.get(key);
        if (known) {
            if (!known.components.some((c) => c.component === inst.component && c.version === inst.version))
                known.components.push({ component: inst.component, version: inst.version });
            continue;
        }
        byPlace.set(key, fact);
        componentSupport.push(fact);
    }
    const fixable = [...new Map(hits.filter((h) => h.advisory.fix !== 'none').map((h) => [h.advisory.id, h.advisory])).values()];
    const recommended = recommend(releases, spec, fixable, asOf);
    const path = [];
    for (let m = spec.minor; version_compareReleases(m, spec.target) <= 0; m = addMinors(m, 1))
        path.push(m);
    return {
        spec,
        asOf,
        eolWarningDays: input.eolWarningDays,
        support,
        componentSupport,
        targetSupport: supportStatus(releases, spec.target, asOf),
        hits,
        recommendedTarget: recommended.version,
        recommendedNote: recommended.note,
        recommendedNewestPatch: recommended.version ? (latestPatch(releases, recommended.version, asOf)?.version ?? null) : null,
        skew: skewProblems(releases, spec),
        path,
        steps: pathSteps(input, path),
        documents: input.documents.length,
        scanTarget: input.scanTarget,
    };
}
function supportFact(releases, component, label, version, asOf, lineKey) {
    const status = supportStatus(releases, version, asOf);
    const endOfLife = findMinor(releases, version)?.endOfLife ?? null;
    return { component, components: [{ component, version }], label, version, status, endOfLife, daysLeft: endOfLife === null ? null : daysBetween(asOf, endOfLife), lineKey };
}
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
/**
 * The smallest release, on a minor upstream still patches on the date, that none of the fixable advisories
 * affecting the cluster affects: the current version itself when it qualifies, then later patches of the current
 * minor, then the next patched minors one at a time. Advisories without a fix never block a target.
 */
function recommend(releases, spec, advisories, asOf) {
    const candidates = releases.minors
        .filter((m) => m.released && compareMinors(m.minor, spec.minor) >= 0)
        .sort((a, b) => compareMinors(a.minor, b.minor));
    for (const m of candidates) {
        if (!receivesPatches(releases, m.minor, asOf))
            continue;
        const versions = patchesOf(releases, m.minor, asOf)
            .map((p) => p.version)
            .filter((v) => m.minor !== spec.minor || releases_compareVersions(v, spec.version) > 0);
        if (m.minor === spec.minor)
            versions.unshift(spec.version);
        const ok = versions.find((v) => advisories.every((a) => !isVersionAffected(a, v)));
        if (ok)
            return { version: ok, note: null };
    }
    const maintained = releases.minors.filter((m) => receivesPatches(releases, m.minor, asOf)).map((m) => m.minor);
    return {
        version: null,
        note: maintained.length === 0
            ? `the release catalog knows no minor upstream still patches on ${asOf}`
            : `no release on a supported minor (${maintained.join(', ')}) released by ${asOf} fixes ${advisories.map((a) => a.id).join(', ')}`,
    };
}
function minorNumber(version) {
    return Number(version.split('.')[1]);
}
function minorOfVersion(version) {
    const [a, b] = version.split('.');
    return `${a}.${b}`;
}
function skewProblems(releases, spec) {
    const policy = releases.skewPolicy;
    const out = [];
    const apis = [...spec.apiservers].sort(releases_compareVersions);
    const oldest = apis[0];
    const newest = apis.at(-1);
    const plural = (n) => `${n} minor version${n === 1 ? '' : 's'}`;
    // HA: the newest and oldest kube-apiserver within the policy's limit.
    const ha = policy.rules.find((r) => r.components.includes('kube-apiserver') && r.relativeTo === 'kube-apiserver');
    const haSkew = minorNumber(newest) - minorNumber(oldest);
    if (ha && haSkew > ha.maxOlderMinors) {
        const i = spec.apiservers.indexOf(oldest);
        out.push({
            kind: 'current', component: 'kube-apiserver', version: oldest, label: 'kube-apiserver', relativeTo: 'kube-apiserver', relativeVersion: newest,
            skew: -haSkew, maxNewer: ha.maxNewerMinors, maxOlder: ha.maxOlderMinors, rule: ha.id, lineKey: i >= 0 ? `apiservers[${i}]` : 'version', pool: null,
            requiredMinor: addMinors(minorOfVersion(newest), -ha.maxOlderMinors), blocksAt: null,
            message: `kube-apiserver instances ${oldest} and ${newest} are ${plural(haSkew)} apart; the newest and oldest must be within ${plural(ha.maxOlderMinors)} (${ha.id})`,
        });
    }
    const instances = componentInstances(spec).filter((i) => i.component !== 'kube-apiserver');
    const target = spec.target;
    const upgrading = compareMinors(target, spec.minor) > 0;
    for (const inst of instances) {
        const allowed = allowedSkew(policy, inst.component, 'kube-apiserver', inst.version);
        if (!allowed)
            continue;
        const where = inst.pool ? `${inst.component} ${inst.version} in node pool ${inst.pool}` : `${inst.component} ${inst.version}`;
        const base = {
            component: inst.component, version: inst.version, label: inst.label, relativeTo: 'kube-apiserver', maxNewer: allowed.maxNewerMinors,
            maxOlder: allowed.maxOlderMinors, rule: allowed.rule, lineKey: inst.lineKey, pool: inst.pool,
        };
        // Node components may reach any kube-apiserver instance (through the load balancer): in an HA control plane with
        // mixed versions they must not be newer than the oldest. Control-plane components are taken to talk to the
        // kube-apiserver they run beside, as kubeadm-style control planes do, and are measured against the newest.
        const isNode = inst.component === 'kubelet' || inst.component === 'kube-proxy';
        const ceiling = isNode ? oldest : newest;
        const newer = minorNumber(inst.version) - minorNumber(ceiling);
        const older = minorNumber(newest) - minorNumber(inst.version);
        if (newer > allowed.maxNewerMinors) {
            out.push({
                ...base, kind: 'current', relativeVersion: ceiling, skew: newer, requiredMinor: null, blocksAt: null,
                message: `${where} is newer than kube-apiserver ${ceiling}; ${allowed.maxNewerMinors === 0 ? 'it must not be newer' : `it may be at most ${plural(allowed.maxNewerMinors)} newer`} (${allowed.rule}). Upgrade kube-apiserver first`,
            });
            continue;
        }
        if (older > allowed.maxOlderMinors) {
            const need = addMinors(minorOfVersion(newest), -allowed.maxOlderMinors);
            out.push({
                ...base, kind: 'current', relativeVersion: newest, skew: -older, requiredMinor: need, blocksAt: null,
                message: `${where} is ${plural(older)} older than kube-apiserver ${newest}; the policy allows at most ${plural(allowed.maxOlderMinors)} (${allowed.rule}). Upgrade it to ${need} or newer`,
            });
            continue;
        }
        if (!upgrading)
            continue;
        if (isNode) {
            // Node components may stay behind while the control plane moves, within the limit at the target.
            const atTarget = minorNumber(`${target}.0`) - minorNumber(inst.version);
            if (atTarget > allowed.maxOlderMinors) {
                const need = addMinors(target, -allowed.maxOlderMinors);
                const blocksAt = addMinors(minorOfVersion(inst.version), allowed.maxOlderMinors + 1);
                const firstNeed = addMinors(blocksAt, -allowed.maxOlderMinors);
                const when = blocksAt === target
                    ? `it must be at ${need} or newer before kube-apiserver goes to ${target}`
                    : `it must be at ${firstNeed} or newer before kube-apiserver goes to ${blocksAt}, and at ${need} or newer before it goes to ${target}`;
                out.push({
                    ...base, kind: 'plan', relativeVersion: `${target}.0`, skew: -atTarget, requiredMinor: need, blocksAt,
                    message: `moving the control plane to ${target} would leave ${where} ${plural(atTarget)} behind kube-apiserver; the policy allows at most ${plural(allowed.maxOlderMinors)} (${allowed.rule}): ` +
                        `${when}. Upgrade the pool first, or along with the control plane`,
                });
            }
            else if (atTarget === allowed.maxOlderMinors && atTarget > 0) {
                out.push({
                    ...base, kind: 'limit', relativeVersion: `${target}.0`, skew: -atTarget, requiredMinor: addMinors(target, 1 - allowed.maxOlderMinors), blocksAt: addMinors(target, 1),
                    message: `after the upgrade to ${target}, ${where} is ${plural(atTarget)} behind kube-apiserver, the most the policy allows (${allowed.rule}): ` +
                        `it must be upgraded before the control plane can move past ${target}`,
                });
            }
        }
        else if (minorNumber(inst.version) < minorNumber(spec.version)) {
            // Control-plane components must be at the apiserver's minor before the apiserver takes its next step.
            const next = addMinors(spec.minor, 1);
            out.push({
                ...base, kind: 'plan', relativeVersion: `${next}.0`, skew: -(older + 1), requiredMinor: spec.minor, blocksAt: next,
                message: `${where} is older than kube-apiserver ${spec.version}; before kube-apiserver goes to ${next} it must be at ${spec.minor}, ` +
                    `or it would be ${plural(older + 1)} behind (${allowed.rule}: at most ${plural(allowed.maxOlderMinors)})`,
            });
        }
    }
    // kube-proxy next to its kubelet.
    for (const pool of spec.nodePools) {
        const allowed = allowedSkew(policy, 'kube-proxy', 'kubelet', pool.kubeProxy);
        if (!allowed)
            continue;
        const d = minorNumber(pool.kubeProxy) - minorNumber(pool.kubelet);
        const limit = d > 0 ? allowed.maxNewerMinors : allowed.maxOlderMinors;
        if (Math.abs(d) <= limit)
            continue;
        const i = spec.nodePools.indexOf(pool);
        out.push({
            kind: 'current', component: 'kube-proxy', version: pool.kubeProxy, label: `node pool ${pool.name}`, relativeTo: 'kubelet', relativeVersion: pool.kubelet,
            skew: d, maxNewer: allowed.maxNewerMinors, maxOlder: allowed.maxOlderMinors, rule: allowed.rule,
            lineKey: pool.kubeProxyDeclared ? `nodePools[${i}].kubeProxy` : `nodePools[${i}].kubelet`, pool: pool.name, requiredMinor: null, blocksAt: null,
            message: `kube-proxy ${pool.kubeProxy} in node pool ${pool.name} is ${plural(Math.abs(d))} ${d > 0 ? 'newer' : 'older'} than the pool's kubelet ${pool.kubelet}; the policy allows at most ${plural(limit)} (${allowed.rule})`,
        });
    }
    return out;
}
function pathSteps(input, path) {
    const steps = [];
    for (let i = 1; i < path.length; i++) {
        const minor = path[i];
        const previous = path[i - 1];
        const removals = [];
        for (const d of input.documents) {
            const before = input.api.status(d.apiVersion, d.kind, previous);
            const after = input.api.status(d.apiVersion, d.kind, minor);
            if (after.state !== 'removed' || before.state === 'removed')
                continue;
            removals.push({
                file: d.file,
                line: d.line(),
                apiVersion: d.apiVersion,
                kind: d.kind,
                name: d.name,
                namespace: d.namespace,
                replacement: after.entry.replacement ? `${after.entry.replacement.apiVersion}${after.entry.replacement.kind === d.kind ? '' : ` ${after.entry.replacement.kind}`}` : null,
            });
        }
        removals.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
        steps.push({ minor, removals, unreported: version_compareReleases(minor, input.scanTarget) > 0 ? removals.length : 0 });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/clusters/check.ts
/**
 * The declared-cluster part of a scan: picks the advisory source (embedded, or live with fallback), evaluates each
 * cluster on the date, hands the facts to the cluster rules through the engine, and returns the per-cluster
 * summaries for the report.
 */





const STALE_CATALOG_DAYS = 30;
/** What the path check keeps of a scanned document; its line is only computed when a removal is reported. */
function clusterDocument(doc, file) {
    return { file, apiVersion: doc.apiVersion, kind: doc.kind, name: doc.name, namespace: doc.namespace, line: () => doc.position.line };
}
/** Whether a scanned file is mapped to any declared cluster (only those documents are kept for the path check). */
function clusterFileFilter(settings) {
    if (!settings || settings.clusters.every((c) => c.paths.length === 0))
        return null;
    const matchers = settings.clusters.filter((c) => c.paths.length > 0).map((c) => pathMatcher(c.paths));
    return (file) => matchers.some((m) => m(file));
}
/** A glob matches the file; a plain directory path matches everything below it. */
function pathMatcher(paths) {
    const globs = paths.flatMap((p) => {
        const clean = p.replace(/\/+$/, '');
        return picomatch_default().scan(clean).isGlob ? [clean] : [clean, `${clean}/**`];
    });
    return picomatch_default()(globs, { dot: true });
}
async function checkClusters(input, deps, engine) {
    const { settings } = input;
    const releases = deps?.releases ?? loadReleasesCatalog();
    const embedded = deps?.advisories ?? loadAdvisoriesCatalog();
    const clock = deps?.clock ?? { now: () => new Date() };
    const asOf = settings.asOf ?? isoDay(clock.now());
    let live = null;
    if (settings.advisories === 'live') {
        if (deps?.http) {
            live = await loadLiveAdvisories(deps.http, embedded, releases, deps.feed ?? {});
        }
        else {
            live = {
                catalog: embedded, feedOk: false, feedUpdatedAt: null, feedCves: 0, skippedItems: 0, added: [], unmatched: [],
                failures: [{ source: 'official-cve-feed', url: deps?.feed?.feedUrl ?? '', reason: 'no HTTP client is available in this environment' }],
            };
        }
        for (const f of live.failures)
            input.logger.warn(`live advisories: ${f.url}: ${f.reason}`);
    }
    const catalog = live?.catalog ?? embedded;
    const catalogDate = dateOfCatalogVersion(embedded.catalogVersion);
    const facts = {
        mode: settings.advisories,
        asOf,
        catalogVersion: embedded.catalogVersion,
        catalogDate,
        ageDays: catalogDate === null ? null : daysBetween(catalogDate, asOf),
        staleAfterDays: STALE_CATALOG_DAYS,
        live,
    };
    if (settings.clusters.length > 0)
        engine.advisorySource(facts);
    const liveIds = new Set((live?.added ?? []).map((a) => a.id));
    const summaries = [];
    for (const spec of settings.clusters) {
        const match = spec.paths.length > 0 ? pathMatcher(spec.paths) : null;
        const evaluation = evaluateCluster({
            spec,
            asOf,
            eolWarningDays: settings.eolWarningDays,
            releases,
            advisories: catalog,
            api: input.api,
            scanTarget: input.scanTarget,
            documents: match ? input.documents.filter((d) => match(d.file)) : [],
            liveIds,
        });
        engine.cluster(evaluation, spec.file === null ? null : { file: spec.file, line: spec.lines['name'] ?? spec.lines[''] ?? null });
        summaries.push(summarizeCluster(evaluation, releases));
    }
    return summaries;
}
function summarizeCluster(e, releases) {
    const ids = (list) => [...new Set(list.map((h) => h.advisory.id))].sort();
    return {
        name: e.spec.name,
        version: e.spec.version,
        target: e.spec.target,
        recommendedTarget: e.recommendedTarget,
        supported: receivesPatches(releases, e.spec.minor, e.asOf),
        endOfLife: e.support.endOfLife,
        path: e.path,
        advisories: ids(e.hits),
        blockingAdvisories: ids(e.hits.filter((h) => h.severity === 'error')),
        skew: e.skew.filter((p) => p.kind !== 'limit').map((p) => `${p.kind === 'current' ? 'now' : 'plan'}: ${p.message}`),
        asOf: e.asOf,
    };
}
/** "20260319" → "2026-03-19"; catalog versions with a release prefix ("1.36.20260820") use their date part. */
function dateOfCatalogVersion(version) {
    const m = /(\d{4})(\d{2})(\d{2})$/.exec(version);
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

;// CONCATENATED MODULE: ./src/app/run.ts










const READ_AHEAD = 8;
async function runScan(settings, deps) {
    const findings = [];
    const engine = createEngine(RULES, { target: settings.target, current: settings.current, catalog: deps.catalog }, (f) => findings.push(f));
    const found = await discover(deps.fs, {
        root: settings.root,
        paths: settings.paths,
        include: settings.include,
        exclude: settings.exclude,
        maxFileBytes: settings.maxFileBytes,
    });
    // A sharded run checks only its part of the paths; run-level checks are left to the merge of all parts, and the
    // first part evaluates the declared clusters (reading every file mapped to a cluster for the upgrade path).
    const shard = settings.shard && settings.shard.count > 1 ? settings.shard : null;
    const inShard = shardFilter(shard);
    const first = !shard || shard.index === 1;
    for (const s of found.skipped)
        if (inShard(s.rel))
            engine.skipped({ reason: s.reason, severity: s.severity }, s.rel);
    const helm = startHelmDetection(found, settings, deps.render, inShard);
    let documents = 0;
    // Documents in files mapped to a declared cluster, for its upgrade-path check.
    const forCluster = clusterFileFilter(settings.clusters);
    const clusterDocs = [];
    const work = found.files
        .map((file) => ({ file, scan: inShard(file.rel) }))
        .filter((w) => w.scan || (first && settings.clusters !== undefined && forCluster?.(w.file.rel)));
    const scanned = work.filter((w) => w.scan).length;
    // Files whose objects nobody else needs can be checked by the scan pool, when there is enough of them.
    const pooled = deps.scanPool ? work.filter((w) => w.scan && !forCluster?.(w.file.rel)) : [];
    const pool = deps.scanPool && pooled.reduce((n, w) => n + w.file.size, 0) >= deps.scanPool.minBytes ? deps.scanPool : null;
    const onThread = pool ? work.filter((w) => !w.scan || forCluster?.(w.file.rel)) : work;
    // Reads run a few files ahead of parsing so the disk and the parser overlap; files are still handled in order,
    // and only that window of files is held in memory.
    const read = (i) => {
        const f = onThread[i]?.file;
        return f ? readOrError(deps.fs, f.abs) : undefined;
    };
    const checkOnThread = async () => {
        const window = [];
        for (let i = 0; i < READ_AHEAD; i++)
            window.push(read(i));
        for (let i = 0; i < onThread.length; i++) {
            const { file, scan } = onThread[i];
            const bytes = await window.shift();
            window.push(read(i + READ_AHEAD));
            if (!scan) {
                // Another part checks this file; the cluster's upgrade path still needs its objects.
                const decoded = bytes instanceof Error ? null : decodeText(bytes);
                if (decoded?.ok)
                    for (const doc of parseManifestText(decoded.text).documents)
                        clusterDocs.push(clusterDocument(doc, file.rel));
                continue;
            }
            documents += scanFile(file.rel, bytes, engine, forCluster?.(file.rel) ? (doc) => clusterDocs.push(clusterDocument(doc, file.rel)) : undefined);
        }
    };
    await checkOnThread();
    if (pool)
        documents += await checkInPool(pool, pooled.map((w) => w.file), { target: settings.target, current: settings.current }, deps.fs, engine, findings, deps.logger);
    // Helm charts, Kustomize overlays and pre-rendered output: rendered, then checked by the same rules.
    const plainFiles = new Set(found.files.map((f) => f.rel));
    const rendered = await renderAll({ found, settings, catalog: deps.catalog, fs: deps.fs, logger: deps.logger, plainFiles, inShard, first, helm }, deps.render);
    findings.push(...rendered.findings);
    documents += rendered.documents;
    if (!shard)
        engine.run({ files: scanned, documents, paths: settings.paths });
    const clusters = first && settings.clusters
        ? await checkClusters({ settings: settings.clusters, documents: clusterDocs, scanTarget: settings.target, api: deps.catalog, logger: deps.logger }, deps.clusters, engine)
        : [];
    const merged = mergeFindings(findings);
    merged.sort(compareFindings);
    return {
        schemaVersion: 1,
        tool: deps.tool,
        catalog: { version: deps.catalog.version, newestRelease: deps.catalog.newestRelease },
        target: settings.target,
        current: settings.current,
        summary: summarize(merged, scanned, documents),
        findings: merged,
        clusters,
        ...(shard ? { shard: { index: shard.index, count: shard.count, paths: settings.paths } } : {}),
    };
}
/** About this many bytes of files go to a lane at a time: large enough to amortise a message, small enough to balance. */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;
function run_firstLine(err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
async function readOrError(fs, abs) {
    return fs.readFile(abs).catch((err) => (err instanceof Error ? err : new Error(String(err))));
}
/**
 * Checks files in batches: each of the pool's lanes takes the next batch, and this thread takes batches too, so
 * every core works. Findings are sorted afterwards, and a file's findings always come from one lane in file order,
 * so the report does not depend on which lane checked what.
 */
async function checkInPool(pool, files, job, fs, engine, findings, logger) {
    const batches = [];
    let batch = [];
    let bytes = 0;
    for (const f of files) {
        batch.push(f);
        bytes += f.size;
        if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
            batches.push(batch);
            batch = [];
            bytes = 0;
        }
    }
    if (batch.length > 0)
        batches.push(batch);
    let next = 0;
    let documents = 0;
    const readBatch = (b) => Promise.all(b.map((f) => readOrError(fs, f.abs)));
    const onThisThread = async (b, read = readBatch(b)) => {
        const contents = await read;
        b.forEach((f, i) => {
            documents += scanFile(f.rel, contents[i], engine);
        });
    };
    const lane = async () => {
        for (let b = batches[next++]; b; b = batches[next++]) {
            let out;
            try {
                out = await pool.scan(job, b.map((f) => ({ abs: f.abs, rel: f.rel })));
            }
            catch (err) {
                // A worker that fails loses no file: its batch, and the lane's later ones, are checked on this thread.
                logger.warn(`a scan worker failed; checking its files on the main thread (${run_firstLine(err)})`);
                await onThisThread(b);
                return mainLane();
            }
            findings.push(...out.findings);
            documents += out.documents;
        }
    };
    const mainLane = async () => {
        // This thread reads its next batch while it checks the current one.
        let b = batches[next++];
        let read = b ? readBatch(b) : null;
        while (b && read) {
            const nb = batches[next++];
            const nextRead = nb ? readBatch(nb) : null;
            await onThisThread(b, read);
            b = nb;
            read = nextRead;
            // Let the lanes' replies in between batches.
            await new Promise((r) => setImmediate(r));
        }
    };
    await Promise.all([...Array.from({ length: pool.lanes }, lane), mainLane()]);
    return documents;
}
/**
 * Whether the run should fail under `failOn`. Findings about the advisory source (a live feed that is down, an old
 * embedded catalog) are shown but never fail a run: they say nothing about the repository or its clusters.
 */
function shouldFail(result, failOn) {
    if (failOn === 'never')
        return false;
    return result.findings.some((f) => f.ruleId !== 'advisory-feed' && atOrAbove(f.severity, failOn));
}

;// CONCATENATED MODULE: ./schema/kube-upgrade-gate.schema.json
const kube_upgrade_gate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/kube-upgrade-gate/kube-upgrade-gate/main/schema/kube-upgrade-gate.schema.json","title":"kube-upgrade-gate configuration","description":"Declares the default target release and the clusters kube-upgrade-gate checks against security advisories, the support window, the version-skew policy and the upgrade path. Usually .github/kube-upgrade-gate.yaml. Quote versions (\\"1.30\\"): unquoted, YAML reads 1.30 as the number 1.3.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"The schema this file follows (for editors).","type":"string"},"target":{"description":"Default Kubernetes release to upgrade to: the scan target when --target is not given, and the target of every cluster without its own.","$ref":"#/$defs/release"},"clusters":{"description":"The clusters to check.","type":"array","maxItems":200,"items":{"$ref":"#/$defs/cluster"}}},"$defs":{"release":{"type":"string","pattern":"^(latest|[vV]?1\\\\.(0|[1-9][0-9]{0,2}))$","x-expected":"a Kubernetes release MAJOR.MINOR such as \\"1.35\\", or \\"latest\\"","patternErrorMessage":"Expected a Kubernetes release MAJOR.MINOR such as \\"1.35\\", or \\"latest\\"."},"version":{"type":"string","maxLength":100,"pattern":"^[vV]?1\\\\.(0|[1-9][0-9]{0,2})\\\\.(0|[1-9][0-9]{0,3})([-+][0-9A-Za-z.+-]{1,80})?$","x-expected":"a Kubernetes version with its patch number, such as \\"1.34.2\\", \\"v1.34.2-eks-113cf36\\" or \\"1.30.5-gke.1014001\\"","patternErrorMessage":"Expected a Kubernetes version with its patch number, such as 1.34.2, v1.34.2-eks-113cf36 or 1.30.5-gke.1014001."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$","x-expected":"a name of letters, digits, \'.\', \'_\' and \'-\' (at most 63 characters, starting with a letter or digit)","patternErrorMessage":"Expected letters, digits, \'.\', \'_\' and \'-\' (at most 63, starting with a letter or digit)."},"cluster":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"The cluster\'s name, as findings and reports show it.","$ref":"#/$defs/name"},"version":{"description":"kube-apiserver version (the cluster version). Provider suffixes such as -eks-…, -gke.N or +k3s1 are accepted and stripped.","$ref":"#/$defs/version"},"target":{"description":"Release this cluster is being upgraded to (defaults to the file\'s target, or --target).","$ref":"#/$defs/release"},"provider":{"description":"Who runs the control plane. Informational: support windows are upstream\'s.","type":"string","enum":["eks","gke","aks","kubeadm","other"]},"apiservers":{"description":"HA control plane in the middle of an upgrade: the version of every kube-apiserver instance (must include version).","type":"array","minItems":1,"maxItems":9,"items":{"$ref":"#/$defs/version"}},"components":{"description":"Control-plane components whose version differs from version (each defaults to version).","type":"object","additionalProperties":false,"properties":{"kube-controller-manager":{"$ref":"#/$defs/version"},"kube-scheduler":{"$ref":"#/$defs/version"},"cloud-controller-manager":{"$ref":"#/$defs/version"}}},"nodePools":{"description":"Node pools (node groups) with their kubelet and kube-proxy versions.","type":"array","maxItems":500,"items":{"$ref":"#/$defs/nodePool"}},"paths":{"description":"Globs (relative to the workspace root) of the manifests deployed to this cluster: checked against each step of its upgrade path.","type":"array","maxItems":200,"items":{"type":"string","minLength":1,"maxLength":500,"x-expected":"a glob relative to the workspace root, such as \\"deploy/prod/**\\""}}}},"nodePool":{"type":"object","additionalProperties":false,"required":["name","kubelet"],"properties":{"name":{"$ref":"#/$defs/name"},"kubelet":{"description":"kubelet version of the pool\'s nodes.","$ref":"#/$defs/version"},"kubeProxy":{"description":"kube-proxy version (defaults to kubelet).","$ref":"#/$defs/version"}}}}}');
;// CONCATENATED MODULE: ./src/clusters/schema.ts
/**
 * A small interpreter for the subset of JSON Schema (2020-12) that schema/kube-upgrade-gate.schema.json uses, so the
 * committed schema is the single source of what a valid configuration is: editors complete and check it, and the
 * loader validates with it. A schema keyword outside the subset is refused (see `checkSchemaKeywords`), so the file
 * cannot quietly say more than the tool enforces.
 *
 * Messages name the path (`clusters[0].nodePools[1].kubelet`) and the expected form, taken from the schema's
 * `x-expected` annotation where it has one.
 */
/** Keywords the interpreter evaluates. */
const ASSERTIONS = new Set([
    'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'enum', 'pattern',
    'minLength', 'maxLength', '$ref',
]);
/** Keywords that only describe (for people and editors). */
const ANNOTATIONS = new Set([
    '$schema', '$id', '$defs', '$comment', 'title', 'description', 'markdownDescription', 'examples', 'default',
    'deprecated', 'patternErrorMessage', 'x-expected',
]);
/** Every keyword the schema uses, anywhere, that the interpreter does not know; [] when it can be fully enforced. */
function checkSchemaKeywords(schema) {
    const unknown = [];
    const walk = (s, at) => {
        if (typeof s !== 'object' || s === null || Array.isArray(s))
            return;
        for (const [k, v] of Object.entries(s)) {
            if (!ASSERTIONS.has(k) && !ANNOTATIONS.has(k))
                unknown.push(`${at}/${k}`);
            if (k === 'properties' || k === '$defs') {
                for (const [name, sub] of Object.entries((v ?? {})))
                    walk(sub, `${at}/${k}/${name}`);
            }
            else if (k === 'items' || k === 'additionalProperties') {
                walk(v, `${at}/${k}`);
            }
        }
    };
    walk(schema, '#');
    return unknown;
}
/** Validates `value` against `root`; at most `maxErrors` errors, in document order. */
function validateWithSchema(value, root, maxErrors = 20) {
    const errors = [];
    const resolve = (s) => {
        let cur = s;
        for (let hops = 0; typeof cur['$ref'] === 'string'; hops++) {
            const ref = cur['$ref'];
            const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
            const defs = (root['$defs'] ?? {});
            const target = m ? defs[m[1]] : undefined;
            if (!target || hops > 16)
                throw new Error(`schema: cannot resolve ${ref}`);
            // Keywords beside $ref (description, …) only annotate: the referenced schema asserts.
            cur = target;
        }
        return cur;
    };
    const add = (path, message) => {
        if (errors.length < maxErrors)
            errors.push({ path, message });
    };
    const visit = (v, given, path) => {
        if (errors.length >= maxErrors)
            return;
        const s = resolve(given);
        const type = s['type'];
        if (type !== undefined) {
            const types = Array.isArray(type) ? type : [type];
            if (!types.some((t) => hasType(v, t))) {
                add(path, `expected ${expected(s)}, got ${schema_describe(v)}`);
                return;
            }
        }
        if (Array.isArray(s['enum']) && !s['enum'].some((e) => e === v)) {
            add(path, `expected one of ${s['enum'].map(String).join(', ')}, got ${schema_describe(v)}`);
            return;
        }
        if (typeof v === 'string') {
            const length = [...v].length;
            if (typeof s['minLength'] === 'number' && length < s['minLength']) {
                add(path, `expected ${expected(s)}, got ${schema_describe(v)}`);
                return;
            }
            if (typeof s['maxLength'] === 'number' && length > s['maxLength']) {
                add(path, `expected at most ${s['maxLength']} characters, got ${length}`);
                return;
            }
            if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v)) {
                add(path, `expected ${expected(s)}, got ${schema_describe(v)}`);
                return;
            }
        }
        if (Array.isArray(v)) {
            if (typeof s['minItems'] === 'number' && v.length < s['minItems']) {
                add(path, `expected at least ${s['minItems']} item${s['minItems'] === 1 ? '' : 's'}, got ${v.length}`);
            }
            if (typeof s['maxItems'] === 'number' && v.length > s['maxItems']) {
                add(path, `expected at most ${s['maxItems']} items, got ${v.length}`);
                return;
            }
            const items = s['items'];
            if (items)
                v.forEach((item, i) => visit(item, items, `${path}[${i}]`));
            return;
        }
        if (isObject(v)) {
            const props = (s['properties'] ?? {});
            for (const key of (s['required'] ?? [])) {
                if (!Object.prototype.hasOwnProperty.call(v, key)) {
                    const sub = props[key] ? resolve(props[key]) : {};
                    add(path, `missing required key "${key}"${sub['x-expected'] ? `: ${sub['x-expected']}` : ''}`);
                }
            }
            for (const [key, val] of Object.entries(v)) {
                const keyPath = joinPath(path, key);
                const sub = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
                if (sub) {
                    visit(val, sub, keyPath);
                }
                else if (s['additionalProperties'] === false) {
                    const known = Object.keys(props);
                    const near = closest(key, known);
                    add(keyPath, `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; expected one of ${known.join(', ')}`);
                }
                else if (isObject(s['additionalProperties'])) {
                    visit(val, s['additionalProperties'], keyPath);
                }
            }
        }
    };
    visit(value, root, '');
    return errors;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function hasType(v, t) {
    switch (t) {
        case 'object':
            return isObject(v);
        case 'array':
            return Array.isArray(v);
        case 'string':
            return typeof v === 'string';
        case 'number':
            return typeof v === 'number' && Number.isFinite(v);
        case 'integer':
            return typeof v === 'number' && Number.isInteger(v);
        case 'boolean':
            return typeof v === 'boolean';
        case 'null':
            return v === null;
        default:
            throw new Error(`schema: unsupported type ${t}`);
    }
}
const TYPE_WORDS = {
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'nothing (null)',
};
function expected(s) {
    if (typeof s['x-expected'] === 'string')
        return s['x-expected'];
    const type = s['type'];
    const types = Array.isArray(type) ? type : typeof type === 'string' ? [type] : [];
    if (typeof s['pattern'] === 'string')
        return `text matching ${s['pattern']}`;
    if (typeof s['minLength'] === 'number' && s['minLength'] > 0)
        return 'a non-empty string';
    return types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'a value';
}
/** How a value is shown in a message: strings quoted and cut, containers by their kind. */
function schema_describe(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return String(v);
}
/** `clusters[0].components.kube-scheduler`; keys that are not plain words are quoted. */
function joinPath(base, key) {
    const plain = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
    if (!plain)
        return `${base}[${JSON.stringify(key)}]`;
    return base === '' ? key : `${base}.${key}`;
}
function closest(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = schema_editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}
function schema_editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const keep = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = keep;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/clusters/config.ts
/**
 * The configuration file (.github/kube-upgrade-gate.yaml): YAML text in, validated declarations out, with the line
 * of every key so cluster findings can point at the cluster's `name:` or the offending `version:` line.
 *
 * Validation is driven by the committed schema (schema/kube-upgrade-gate.schema.json); the few rules a schema cannot
 * say (unique names, an HA version list that includes the cluster version) are checked here, in the same message form.
 */




const CONFIG_SCHEMA = kube_upgrade_gate_schema_namespaceObject;
/** Largest configuration file read. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_NODES = 50_000;
const config_MAX_DEPTH = 64;
const PROVIDERS = (/* unused pure expression or super */ null && (['eks', 'gke', 'aks', 'kubeadm', 'other']));
class ConfigError extends Error {
    problems;
    constructor(message, problems) {
        super(message);
        this.problems = problems;
    }
}
/**
 * Parses and validates the text of a configuration file. `shownAs` names the file in messages. Throws ConfigError
 * listing every problem as `FILE:LINE: PATH: what is wrong and what is expected`.
 */
function parseConfigText(text, shownAs) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    const at = (offset) => lineCounter.linePos(offset).line;
    if (doc.errors.length > 0) {
        const problems = doc.errors.slice(0, 5).map((e) => `${shownAs}:${at(e.pos[0])}: not valid YAML: ${config_firstLine(e.message)}`);
        throw new ConfigError(problems.join('\n'), problems);
    }
    const lines = new Map();
    let nodes = 0;
    const toValue = (node, path, depth) => {
        if (++nodes > MAX_NODES || depth > config_MAX_DEPTH) {
            throw new ConfigError(`${shownAs}: the file is too large or too deeply nested for a configuration file`, []);
        }
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node))
            return toValue(node.resolve(doc), path, depth + 1);
        if ((0,dist/* isScalar */.jn)(node)) {
            const source = node.source;
            // YAML reads an unquoted 1.30 as the number 1.3; a version-like plain scalar keeps the text as written.
            if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof source === 'string' && /^v?\d+\.\d+(\.\d+)?$/.test(source)) {
                return source;
            }
            return node.value;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return node.items.map((item, i) => {
                const p = `${path}[${i}]`;
                const range = item?.range;
                if (range)
                    lines.set(p, at(range[0]));
                return toValue(item, p, depth + 1);
            });
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const out = {};
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
                if (typeof key !== 'string' && typeof key !== 'number') {
                    const line = keyNode?.range ? at(keyNode.range[0]) : null;
                    const problem = `${shownAs}${line ? `:${line}` : ''}: ${path || '(top level)'}: keys must be plain names`;
                    throw new ConfigError(problem, [problem]);
                }
                const name = String(key);
                const p = joinPath(path, name);
                if (keyNode?.range)
                    lines.set(p, at(keyNode.range[0]));
                Object.defineProperty(out, name, { value: toValue(pair.value, p, depth + 1), enumerable: true, configurable: true, writable: true });
            }
            return out;
        }
        return null;
    };
    const value = doc.contents === null ? {} : toValue(doc.contents, '', 0);
    const config = value === null ? {} : value;
    const problems = validateWithSchema(config, CONFIG_SCHEMA);
    if (problems.length === 0)
        problems.push(...semanticProblems(config));
    if (problems.length > 0) {
        const lineOf = (path) => {
            for (let p = path;;) {
                const line = lines.get(p);
                if (line !== undefined)
                    return line;
                if (p === '')
                    return null;
                p = parentPath(p);
            }
        };
        const messages = problems.map((e) => {
            const line = lineOf(e.path);
            return `${shownAs}${line !== null ? `:${line}` : ''}: ${e.path || '(top level)'}: ${e.message}`;
        });
        throw new ConfigError(messages.join('\n'), messages);
    }
    return { config: config, lines };
}
/** Rules the schema cannot express. */
function semanticProblems(config) {
    const out = [];
    const seen = new Map();
    (config.clusters ?? []).forEach((c, i) => {
        const first = seen.get(c.name);
        if (first !== undefined)
            out.push({ path: `clusters[${i}].name`, message: `"${c.name}" is already the name of clusters[${first}]; expected a unique name` });
        else
            seen.set(c.name, i);
        const pools = new Map();
        (c.nodePools ?? []).forEach((p, j) => {
            const firstPool = pools.get(p.name);
            if (firstPool !== undefined) {
                out.push({ path: `clusters[${i}].nodePools[${j}].name`, message: `"${p.name}" is already the name of nodePools[${firstPool}]; expected a unique name in the cluster` });
            }
            else
                pools.set(p.name, j);
        });
        if (c.apiservers) {
            const v = parseVersion(c.version)?.normalized;
            if (!c.apiservers.some((a) => parseVersion(a)?.normalized === v)) {
                out.push({ path: `clusters[${i}].apiservers`, message: `expected the list to include the cluster version ${schema_describe(c.version)}` });
            }
        }
    });
    return out;
}
function parentPath(path) {
    const m = /^(.*?)(\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
    return m ? m[1] : '';
}
function config_firstLine(message) {
    return message.split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./src/clusters/settings.ts
/**
 * Declared clusters as settings: the configuration file (or the one-cluster flags) plus the evaluation options
 * (as-of date, end-of-life warning window, advisory source), validated. Every error is a SettingsError that names
 * the file and line or the flag/input, and what is expected.
 *
 * Where the configuration comes from: `--config FILE` (action input `config`), else
 * `<workspace root>/.github/kube-upgrade-gate.yaml` (or `.yml`) when it exists. `--cluster-version` declares one
 * cluster for the run instead of the file's clusters (the file's `target` still applies).
 */





const ADVISORY_SOURCES = ['embedded', 'live'];
const DEFAULT_EOL_WARNING_DAYS = 60;
const DEFAULT_CONFIG_FILES = ['.github/kube-upgrade-gate.yaml', '.github/kube-upgrade-gate.yml'];
const CLI_CLUSTER_NAMES = {
    config: '--config',
    clusterVersion: '--cluster-version',
    kubeletVersion: '--kubelet-version',
    asOf: '--as-of',
    eolWarningDays: '--eol-warning-days',
    advisories: '--advisories',
    target: '--target',
};
/**
 * Reads the configuration file and the cluster flags. Returns null when nothing declares a cluster or a default
 * target (no file found, no --cluster-version). The option flags are validated either way.
 */
async function loadClusters(raw, fs, api, names) {
    const text = (v) => (v === undefined || v.trim() === '' ? null : v.trim());
    const asOf = text(raw.asOf);
    if (asOf !== null && !isIsoDate(asOf)) {
        throw new SettingsError(`${names.asOf} "${asOf}" is not valid; expected a calendar date YYYY-MM-DD such as 2026-11-23`);
    }
    let eolWarningDays = DEFAULT_EOL_WARNING_DAYS;
    const days = text(raw.eolWarningDays);
    if (days !== null) {
        const n = Number(days);
        if (!Number.isInteger(n) || n < 0 || n > 3650) {
            throw new SettingsError(`${names.eolWarningDays} "${days}" is not valid; expected a whole number of days from 0 to 3650`);
        }
        eolWarningDays = n;
    }
    const source = (text(raw.advisories) ?? 'embedded').toLowerCase();
    if (!ADVISORY_SOURCES.includes(source)) {
        throw new SettingsError(`${names.advisories} "${raw.advisories}" is not valid; expected embedded or live`);
    }
    const clusterVersion = text(raw.clusterVersion);
    const kubeletVersion = text(raw.kubeletVersion);
    if (kubeletVersion !== null && clusterVersion === null) {
        throw new SettingsError(`${names.kubeletVersion} needs ${names.clusterVersion}: the kubelet is checked against the cluster's kube-apiserver`);
    }
    for (const [v, name] of [[clusterVersion, names.clusterVersion], [kubeletVersion, names.kubeletVersion]]) {
        if (v !== null && !isFullVersion(v)) {
            throw new SettingsError(`${name} "${v}" is not valid; expected a Kubernetes version with its patch number, such as 1.34.2 or v1.30.5-gke.1014001`);
        }
    }
    // The configuration file: named explicitly, else the default place when it exists.
    let configPath = null;
    const explicit = text(raw.config);
    if (explicit !== null) {
        configPath = explicit;
        const st = await fs.stat(explicit).catch(() => null);
        if (!st)
            throw new SettingsError(`${names.config} "${explicit}" does not exist; expected a YAML file such as .github/kube-upgrade-gate.yaml`);
        if (!st.isFile)
            throw new SettingsError(`${names.config} "${explicit}" is not a file`);
    }
    else {
        for (const candidate of DEFAULT_CONFIG_FILES) {
            const abs = (0,external_node_path_namespaceObject.join)(raw.root, candidate);
            const st = await fs.stat(abs).catch(() => null);
            if (st?.isFile) {
                configPath = abs;
                break;
            }
        }
    }
    if (configPath === null && clusterVersion === null)
        return null;
    let file = null;
    let shownAs = '';
    let declared = [];
    let fileTarget;
    let lines = new Map();
    if (configPath !== null) {
        const rel = (0,external_node_path_namespaceObject.relative)(raw.root, configPath);
        file = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel) ? rel.split(external_node_path_namespaceObject.sep).join('/') : null;
        shownAs = file ?? configPath;
        const st = await fs.stat(configPath);
        if (st.size > MAX_CONFIG_BYTES)
            throw new SettingsError(`${shownAs}: the configuration file is larger than ${MAX_CONFIG_BYTES} bytes`);
        let body;
        try {
            body = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(configPath)).replace(/^\uFEFF/, '');
        }
        catch (err) {
            throw new SettingsError(`${shownAs}: cannot be read as UTF-8 text (${err.message})`);
        }
        try {
            const parsed = parseConfigText(body, shownAs);
            declared = parsed.config.clusters ?? [];
            lines = parsed.lines;
            if (parsed.config.target !== undefined) {
                fileTarget = releaseOf(parsed.config.target, api, () => `${shownAs}${lineSuffix(lines.get('target'))}: target`);
            }
        }
        catch (err) {
            if (err instanceof ConfigError)
                throw new SettingsError(`invalid configuration:\n${err.message}`);
            throw err;
        }
    }
    const fromFlags = clusterVersion !== null;
    // Cluster targets are checked now, so a bad one is reported at its line even when the scan target is bad too.
    const specs = fromFlags ? [] : declared.map((c, i) => clusterSpec(c, i, api, file, shownAs, lines));
    return {
        target: fileTarget,
        resolve(scanTarget) {
            const clusters = fromFlags
                ? [flagCluster(clusterVersion, kubeletVersion, scanTarget)]
                : specs.map((c) => ({ ...c, target: c.target ?? scanTarget }));
            const resolved = { clusters, configFile: file, asOf, eolWarningDays, advisories: source };
            for (const c of resolved.clusters) {
                if (version_compareReleases(c.minor, api.newestRelease) > 0) {
                    const where = fromFlags ? names.clusterVersion : `${shownAs}${lineSuffix(c.lines['version'])}: clusters "${c.name}"`;
                    throw new SettingsError(`${where}: the cluster runs ${c.minor} (${c.versionAsWritten}), newer than the newest release this kube-upgrade-gate knows (${api.newestRelease}); update kube-upgrade-gate to check it`);
                }
                if (version_compareReleases(c.target, c.minor) < 0) {
                    const where = fromFlags ? names.clusterVersion : `${shownAs}${lineSuffix(c.lines['target'] ?? c.lines['version'])}: clusters "${c.name}"`;
                    const whence = c.lines['target'] !== undefined ? 'its target' : fromFlags ? names.target : `the default target (${names.target} or the file's target)`;
                    throw new SettingsError(`${where}: the cluster runs ${c.minor} (${c.versionAsWritten}) but ${whence} is ${c.target}; expected a target of ${c.minor} or newer (clusters are never downgraded)`);
                }
            }
            return resolved;
        },
    };
}
function clusterSpec(c, index, api, file, shownAs, all) {
    const prefix = `clusters[${index}]`;
    const lines = {};
    if (file !== null) {
        const cluster = all.get(prefix);
        if (cluster !== undefined)
            lines[''] = cluster;
        for (const [path, line] of all) {
            if (path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))
                lines[path.slice(prefix.length + 1)] = line;
        }
    }
    const v = parseVersion(c.version);
    let target = null;
    if (c.target !== undefined) {
        target = releaseOf(c.target, api, () => `${shownAs}${lineSuffix(lines['target'])}: ${prefix}.target`);
    }
    const norm = (x) => parseVersion(x).normalized;
    const components = c.components ?? {};
    const cp = ['kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager']
        .filter((k) => k !== 'cloud-controller-manager' || components[k] !== undefined)
        .map((k) => ({ component: k, version: components[k] !== undefined ? norm(components[k]) : v.normalized, declared: components[k] !== undefined }));
    const apiservers = c.apiservers ? [...new Set(c.apiservers.map(norm))] : [v.normalized];
    return {
        name: c.name,
        provider: c.provider ?? null,
        version: v.normalized,
        versionAsWritten: c.version,
        minor: v.release,
        target,
        apiservers,
        controlPlane: cp,
        nodePools: (c.nodePools ?? []).map((p) => ({
            name: p.name,
            kubelet: norm(p.kubelet),
            kubeProxy: norm(p.kubeProxy ?? p.kubelet),
            kubeProxyDeclared: p.kubeProxy !== undefined,
        })),
        paths: (c.paths ?? []).map((p) => p.trim().replace(/^\.\//, '')).filter((p) => p !== ''),
        file,
        lines,
    };
}
function flagCluster(version, kubelet, scanTarget) {
    const v = parseVersion(version);
    return {
        name: 'cluster',
        provider: null,
        version: v.normalized,
        versionAsWritten: version,
        minor: v.release,
        target: scanTarget,
        apiservers: [v.normalized],
        controlPlane: [
            { component: 'kube-controller-manager', version: v.normalized, declared: false },
            { component: 'kube-scheduler', version: v.normalized, declared: false },
        ],
        nodePools: kubelet === null
            ? []
            : [{ name: 'nodes', kubelet: parseVersion(kubelet).normalized, kubeProxy: parseVersion(kubelet).normalized, kubeProxyDeclared: false }],
        // The scanned paths are the cluster's manifests.
        paths: ['**'],
        file: null,
        lines: {},
    };
}
function releaseOf(text, api, where) {
    if (text.trim().toLowerCase() === 'latest')
        return api.newestRelease;
    const r = formatRelease(parseRelease(text));
    if (version_compareReleases(r, api.newestRelease) > 0) {
        throw new SettingsError(`${where()}: ${r} is newer than the newest release in the API catalog (${api.newestRelease}); use ${api.newestRelease} or update kube-upgrade-gate`);
    }
    return r;
}
function lineSuffix(line) {
    return line === undefined ? '' : `:${line}`;
}
function isIsoDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
function isFullVersion(text) {
    const v = parseVersion(text);
    return v !== null && v.patch !== null && v.major === 1;
}

;// CONCATENATED MODULE: ./src/reporters/json.ts
function renderJson(result) {
    const ordered = {
        schemaVersion: result.schemaVersion,
        tool: result.tool,
        catalog: result.catalog,
        target: result.target,
        current: result.current,
        summary: result.summary,
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            object: f.object,
            data: f.data,
        })),
        clusters: (result.clusters ?? []).map((c) => ({
            name: c.name,
            version: c.version,
            target: c.target,
            recommendedTarget: c.recommendedTarget,
            supported: c.supported,
            endOfLife: c.endOfLife,
            path: c.path,
            advisories: c.advisories,
            blockingAdvisories: c.blockingAdvisories,
            skew: c.skew,
            asOf: c.asOf,
        })),
        ...(result.shard ? { shard: { index: result.shard.index, count: result.shard.count, paths: result.shard.paths } } : {}),
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/reporters/clusters.ts

const ARROW = ' → ';
function support(c) {
    if (c.endOfLife === null)
        return c.supported ? 'supported' : 'unknown';
    return c.supported ? `until ${c.endOfLife}` : `EOL ${c.endOfLife}`;
}
function skew(c) {
    if (c.skew.length === 0)
        return 'ok';
    const now = c.skew.filter((s) => s.startsWith('now:')).length;
    const plan = c.skew.length - now;
    return [now > 0 ? `${now} now` : null, plan > 0 ? `${plan} for the upgrade` : null].filter(Boolean).join(', ');
}
function blocking(c) {
    if (c.blockingAdvisories.length === 0)
        return c.advisories.length === 0 ? 'none' : `none (${c.advisories.length} other)`;
    const other = c.advisories.length - c.blockingAdvisories.length;
    return c.blockingAdvisories.join(', ') + (other > 0 ? ` (+${other} other)` : '');
}
/** The plain-text table, as lines (no trailing blank line); [] without clusters. */
function clustersTextLines(result) {
    const clusters = result.clusters ?? [];
    if (clusters.length === 0)
        return [];
    const header = ['cluster', 'current', 'support', 'target', 'secure target', 'path', 'blocking advisories', 'skew'];
    const rows = clusters.map((c) => [c.name, c.version, support(c), c.target, c.recommendedTarget ?? 'none', c.path.join(ARROW), blocking(c), skew(c)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
    const line = (cells) => `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i] - [...cell].length))).join('  ')}`.trimEnd();
    return [`Clusters on ${clusters[0].asOf}`, line(header), ...rows.map(line)];
}
/** A Markdown section: the table and a Mermaid flowchart of each cluster's path; '' without clusters. */
function renderClustersMarkdown(result) {
    const clusters = result.clusters ?? [];
    if (clusters.length === 0)
        return '';
    const cell = (t) => escapeMarkdown(t);
    const out = [`### Clusters on ${cell(clusters[0].asOf)}`, ''];
    out.push('| Cluster | Current | Support | Target | Recommended secure target | Path | Blocking advisories | Skew |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const c of clusters) {
        const supportCell = `${c.supported ? '✅' : '❌'} ${support(c)}`;
        const skewCell = c.skew.length === 0 ? '✅ ok' : `⚠️ ${skew(c)}`;
        const blockingCell = c.blockingAdvisories.length > 0 ? `❌ ${blocking(c)}` : blocking(c);
        out.push(`| ${cell(c.name)} | ${cell(c.version)} | ${cell(supportCell)} | ${cell(c.target)} | ${cell(c.recommendedTarget ?? 'none')} | ` +
            `${cell(c.path.join(ARROW))} | ${cell(blockingCell)} | ${cell(skewCell)} |`);
    }
    out.push('', '```mermaid', 'flowchart LR');
    clusters.forEach((c, i) => {
        const node = (j, label) => `c${i}_${j}["${mermaidText(label)}"]`;
        const first = node(0, `${c.name} · ${c.version}`);
        if (c.path.length <= 1) {
            out.push(`  ${first}`);
            return;
        }
        const chain = [first, ...c.path.slice(1).map((m, j) => node(j + 1, j === c.path.length - 2 && c.recommendedTarget?.startsWith(`${m}.`) ? `${m} (secure: ${c.recommendedTarget})` : m))];
        out.push(`  ${chain.join(' --> ')}`);
    });
    out.push('```');
    return `${out.join('\n')}\n`;
}
/** Text safe inside a quoted Mermaid label: only a known set of characters survives. */
function mermaidText(text) {
    return text.replace(/[^A-Za-z0-9 ._:()·+-]/g, '_').slice(0, 80);
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts


const DEFAULT_MAX_ROWS = 100;
const DEFAULT_MAX_CELL_CHARS = 300;
const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
/** Characters that mean something in CommonMark or GitHub Flavored Markdown, escaped with a backslash. */
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '$', ':']);
/** Characters that would start HTML, entities or autolinks, written as entities. */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ZERO_WIDTH_SPACE = '&#8203;';
/**
 * Makes untrusted text safe to place anywhere in a Markdown line, including a table cell: it renders as the same
 * characters and nothing else. HTML is written as entities, Markdown punctuation and `|` are backslash-escaped,
 * an `@` is followed by a zero-width space so it cannot mention a user or team, and line breaks and other control
 * characters become spaces so the text stays on its line.
 */
function escapeMarkdown(text) {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || (code >= 0x80 && code < 0xa0)) {
            out += ' ';
        }
        else if (ch === '@') {
            out += `@${ZERO_WIDTH_SPACE}`;
        }
        else if (ENTITIES[ch] !== undefined) {
            out += ENTITIES[ch];
        }
        else if (BACKSLASH_ESCAPED.has(ch)) {
            out += `\\${ch}`;
        }
        else {
            out += ch;
        }
    }
    return out;
}
/** `text` as an inline code span (for trusted text without line breaks); the fence is longer than any backtick run inside. */
function inlineCode(text) {
    const flat = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function renderMarkdown(result, opts = {}) {
    const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_MAX_ROWS));
    const maxChars = Math.max(1, Math.floor(opts.maxCellChars ?? DEFAULT_MAX_CELL_CHARS));
    const cell = (text) => escapeMarkdown(cut(text, maxChars));
    const s = result.summary;
    const out = [];
    const icon = s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅';
    const counts = [markdown_plural(s.errors, 'error'), markdown_plural(s.warnings, 'warning'), markdown_plural(s.notices, 'notice')].join(', ');
    const verdict = result.findings.length === 0 ? `nothing removed or deprecated` : counts;
    out.push(`## ${icon} kube-upgrade-gate: ${verdict} for Kubernetes ${escapeMarkdown(result.target)}`, '');
    const facts = [
        `Target **${escapeMarkdown(result.target)}**`,
        result.current !== null ? `current **${escapeMarkdown(result.current)}**` : null,
        `${markdown_plural(s.files, 'file')} and ${markdown_plural(s.documents, 'document')} checked`,
        `API catalog ${escapeMarkdown(result.catalog.version)}`,
        `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
    ].filter((x) => x !== null);
    out.push(facts.join(' · '), '');
    const clusters = renderClustersMarkdown(result);
    if (clusters !== '')
        out.push(clusters);
    if (result.findings.length > 0) {
        const ranked = rankFindings(result.findings);
        const shown = ranked.slice(0, maxRows);
        if (shown.length > 0) {
            out.push('| Severity | Location | Object | Message |', '| --- | --- | --- | --- |');
            for (const f of shown) {
                out.push(`| ${SEVERITY_LABEL[f.severity]} | ${cell(place(f))} | ${f.object ? cell(describeObject(f.object)) : ''} | ${cell(f.message)} |`);
            }
            out.push('');
        }
        const hidden = ranked.slice(shown.length);
        if (hidden.length > 0) {
            out.push(`… and ${hidden.length} more ${hidden.length === 1 ? 'finding' : 'findings'} (${breakdown(hidden)}) not listed here.`, '');
        }
    }
    const fixes = howToFix(result.findings);
    if (fixes.length > 0) {
        out.push('### How to fix', '', ...fixes, '');
    }
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
/** Most severe first; within a severity, the report order (run-scope first, then by file and line). */
function rankFindings(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
        .map((x) => x.f);
}
function place(f) {
    if (f.file === null)
        return '—';
    return f.line !== null && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
}
function describeObject(o) {
    const name = o.name === null ? '(unnamed)' : o.namespace ? `${o.namespace}/${o.name}` : o.name;
    return `${o.kind} ${name} (${o.apiVersion})`;
}
function breakdown(findings) {
    const n = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        n[f.severity]++;
    return ['error', 'warning', 'notice']
        .filter((sev) => n[sev] > 0)
        .map((sev) => markdown_plural(n[sev], sev))
        .join(', ');
}
/** Field changes worth knowing for the most common migrations, keyed by "apiVersion kind" of the removed API. */
const MIGRATION_NOTES = [
    {
        match: (v, k) => k === 'Ingress' && (v === 'extensions/v1beta1' || v === 'networking.k8s.io/v1beta1'),
        note: 'In networking.k8s.io/v1, `spec.backend` becomes `spec.defaultBackend`, `serviceName`/`servicePort` become ' +
            '`service.name` and `service.port.number` (or `service.port.name`), and every path needs a `pathType`.',
    },
    {
        match: (v, k) => k === 'CustomResourceDefinition' && v === 'apiextensions.k8s.io/v1beta1',
        note: 'In apiextensions.k8s.io/v1, the schema, subresources and printer columns move under each entry of ' +
            '`spec.versions`, `spec.version` is gone, the schema must be structural, and `spec.preserveUnknownFields: true` ' +
            'is replaced by `x-kubernetes-preserve-unknown-fields` in the schema.',
    },
    {
        match: (v, k) => ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(k) && ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2'].includes(v),
        note: 'In apps/v1, `spec.selector` is required, must match the pod template labels, and cannot be changed later.',
    },
    {
        match: (v, k) => k === 'HorizontalPodAutoscaler' && v === 'autoscaling/v2beta1',
        note: 'In autoscaling/v2, metric targets such as `targetAverageUtilization` move into a `target` object (`type` plus the value).',
    },
    {
        match: (v, k) => k === 'PodDisruptionBudget' && v === 'policy/v1beta1',
        note: 'In policy/v1, an empty `spec.selector` selects every pod in the namespace instead of none.',
    },
    {
        match: (v, k) => k === 'EndpointSlice' && v === 'discovery.k8s.io/v1beta1',
        note: 'In discovery.k8s.io/v1, the per-endpoint `topology` map is replaced by the `nodeName` and `zone` fields.',
    },
];
function howToFix(findings) {
    const groups = new Map();
    for (const f of findings) {
        if (f.ruleId !== 'removed-api' || f.object === null)
            continue;
        const key = `${f.object.apiVersion}\u0000${f.object.kind}`;
        let g = groups.get(key);
        if (!g) {
            g = {
                apiVersion: f.object.apiVersion,
                kind: f.object.kind,
                count: 0,
                files: new Set(),
                removedIn: markdown_str(f.data['removedIn']),
                replacement: markdown_str(f.data['replacement']),
                replacementKind: markdown_str(f.data['replacementKind']),
                noReplacement: markdown_str(f.data['noReplacement']),
                servedByCurrent: typeof f.data['replacementServedByCurrent'] === 'boolean' ? f.data['replacementServedByCurrent'] : null,
            };
            groups.set(key, g);
        }
        g.count++;
        if (f.file !== null)
            g.files.add(f.file);
    }
    const lines = [];
    for (const g of groups.values()) {
        const what = `**${escapeMarkdown(g.kind)} ${escapeMarkdown(g.apiVersion)}**`;
        const where = `${markdown_plural(g.count, 'object')} in ${markdown_plural(g.files.size, 'file')}`;
        const removed = g.removedIn ? `, removed in Kubernetes ${escapeMarkdown(g.removedIn)}` : '';
        let line = `- ${what} (${where}${removed}): `;
        if (g.replacement) {
            const kindChange = g.replacementKind && g.replacementKind !== g.kind ? ` and the kind to ${escapeMarkdown(g.replacementKind)}` : '';
            line += `change the apiVersion to ${escapeMarkdown(g.replacement)}${kindChange}.`;
            if (g.servedByCurrent === true)
                line += ' The current release already serves it: migrate before the upgrade.';
            if (g.servedByCurrent === false)
                line += ' The current release does not serve it yet: migrate during the upgrade.';
            const note = MIGRATION_NOTES.find((n) => n.match(g.apiVersion, g.kind));
            if (note)
                line += ` ${note.note}`;
        }
        else {
            line += g.noReplacement ? `there is no replacement API: ${escapeMarkdown(g.noReplacement)}` : 'there is no replacement API; remove the objects or replace them with another mechanism.';
        }
        lines.push(line);
    }
    if (lines.length > 0) {
        lines.push('', 'The `kubectl convert` plugin can rewrite a manifest to a served version; review the result, since fields that ' +
            'changed meaning are not always converted the way the workload needs.');
    }
    return lines;
}
function markdown_str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
function cut(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
function markdown_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts
/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: one run, one rule per rule id, one result per
 * finding that has a file. Findings about the whole scan (no file) cannot carry a location, which code
 * scanning requires, so they become tool execution notifications of the invocation instead.
 * Pure: result in, text out.
 */


const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/kube-upgrade-gate/kube-upgrade-gate';
/** Name of the partial fingerprint; bump the version suffix if the fingerprint input ever changes. */
const FINGERPRINT_KEY = 'kubeUpgradeGateFinding/v1';
const SRCROOT = '%SRCROOT%';
// node:crypto (for the fingerprints' hash) is loaded when a SARIF report is first written, not at start-up.
const sarif_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let nodeCrypto;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Longer text for each rule: what it means and what to do about it. */
const RULE_HELP = {
    'removed-api': {
        full: 'The object uses an apiVersion/kind that the target Kubernetes release no longer serves: applying it to a cluster ' +
            'running that release fails, and tools that render or diff it against the cluster break.',
        help: 'Change the apiVersion (and the kind, when the message names a different one) to the replacement API the message ' +
            'names, then review the object against the schema of the new version: replacement versions often rename, move or ' +
            'require fields. When the message says the current release already serves the replacement, migrate before the ' +
            'upgrade; otherwise migrate during the upgrade window. When there is no replacement API, remove the object and ' +
            'adopt the alternative the message describes.',
    },
    'deprecated-api': {
        full: 'The object uses an apiVersion/kind that the target Kubernetes release still serves but has deprecated; a later ' +
            'release removes it.',
        help: 'Nothing breaks at the target release, but plan the migration now: move the object to the replacement API the ' +
            'message names before the release that removes the deprecated one.',
    },
    'invalid-manifest': {
        full: 'A document that looks like a Kubernetes object could not be parsed, so its API version was not checked. The ' +
            'other documents of the same file were still checked.',
        help: 'Fix the YAML or JSON syntax at the reported line. If the file is a template rather than a plain manifest, ' +
            'exclude it from the scan.',
    },
    'skipped-file': {
        full: 'A file or link was not scanned because it is binary, not UTF-8 text, larger than the size limit, or a link the ' +
            'scan does not follow. Manifests in it were not checked.',
        help: 'If the file holds manifests, store it as UTF-8 text, raise the size limit, or replace the link with the file ' +
            'itself. If it does not, exclude it from the scan.',
    },
    'no-manifests': {
        full: 'The scan matched no Kubernetes documents, so a clean result proves nothing about the repository.',
        help: 'Check that the scanned paths point at the directories holding the manifests and that the include and ' +
            'exclude patterns do not filter them out.',
    },
    'render-failed': {
        full: 'A Helm chart or Kustomize overlay could not be rendered without network access (a template error, a chart ' +
            'dependency that is not vendored, a remote base, or a timeout), so the objects it would produce were not checked.',
        help: 'Render it the same way locally (helm template, kubectl kustomize) to see the error. Vendor chart dependencies ' +
            'into the chart (helm dependency build), replace remote Kustomize bases with local copies, or raise the render ' +
            'timeout. If the chart or overlay does not need checking, exclude it.',
    },
    'renderer-missing': {
        full: 'Helm charts or Kustomize overlays were found, but helm, kubectl or kustomize is not available to render them, so ' +
            'the objects they produce were not checked.',
        help: 'Install the renderer before the scan, or tell the scan where it is. Alternatively, render the manifests in an ' +
            'earlier step and scan the output.',
    },
    'chart-kube-version': {
        full: "The kubeVersion constraint in a chart's Chart.yaml excludes the target release, so Helm refuses to install or " +
            'upgrade the chart on a cluster running it.',
        help: 'Check that the chart works on the target release, then widen the kubeVersion constraint in Chart.yaml so it ' +
            'includes that release.',
    },
    'capabilities-removed-api': {
        full: 'A template tests .Capabilities.APIVersions.Has for an API the target release no longer serves. An offline render ' +
            'still sees the API, so it took a branch that a cluster on the target release would not take.',
        help: 'Read the findings for objects from that branch as describing the offline render. Prefer templates that use the ' +
            'served API directly once every supported cluster serves it, so the branch and the old API can be removed.',
    },
    'removed-feature-gate': {
        full: 'A Kubernetes component (kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy) or kubeadm is ' +
            'given a feature gate that the target release no longer has; the component refuses to start ("unrecognized feature gate").',
        help: 'Delete the gate from the flag or featureGates map the message names before upgrading. A removed gate was GA (its ' +
            'feature is always on) or was withdrawn (its feature is gone).',
    },
    'locked-feature-gate': {
        full: 'The feature gate is locked to its default in the target release. Set to the default it does nothing and fails once ' +
            'the gate is removed (warning); set to the other value the component refuses to start (error).',
        help: 'Delete the gate from the flag or featureGates map the message names.',
    },
    'deprecated-feature-gate': {
        full: 'The feature gate is deprecated in the target release; a later release removes it, and the component then refuses to start with it.',
        help: 'Stop setting the gate before the release that removes it.',
    },
    'unknown-feature-gate': {
        full: 'No Kubernetes release has this feature gate (a typo, or a gate of another program given to a Kubernetes ' +
            'component), or the target release does not have it yet; the component refuses to start.',
        help: 'Correct the name (the message suggests the closest known gate) or delete the gate.',
    },
    'removed-config-api': {
        full: 'A config file (kubeadm, kubelet, kube-proxy, kube-scheduler, kube-apiserver audit or admission configuration, ' +
            'kubeconfig exec plugin) uses an apiVersion the target release no longer reads; the file fails to load.',
        help: 'Migrate the file to the version the message names (for kubeadm, with `kubeadm config migrate` of a release that reads both).',
    },
    'deprecated-config-api': {
        full: 'A config file uses an apiVersion the target release still reads but has deprecated; a later release stops reading it.',
        help: 'Migrate the file to the version the message names before the release that removes the deprecated one.',
    },
    'removed-flag': {
        full: 'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release ' +
            'no longer has; the component refuses to start.',
        help: 'Delete the flag (or the plugin from the admission plugin list); the message names the replacement when there is one.',
    },
    'cluster-advisory': {
        full: 'A Kubernetes security advisory affects the version a declared cluster runs for one of its components. Severity ' +
            'follows the CVSS rating: critical and high are errors, medium warnings, low notices.',
        help: 'Upgrade to the smallest fixed, supported target the message names (a patch of the same minor when that minor is ' +
            'still supported, otherwise the next supported minor, one minor at a time). Until then apply the mitigation the ' +
            'message gives. Advisories without a fix are reported with their mitigation only.',
    },
    'unsupported-version': {
        full: 'A declared cluster (or one of its components, or its upgrade target) is on a Kubernetes minor release that upstream ' +
            'no longer patches on the evaluation date, or that reaches end of life within the warning window.',
        help: 'Plan the upgrade to a supported minor; the message names the smallest supported target. Managed providers may publish longer support calendars.',
    },
    'version-skew': {
        full: 'Declared component versions break the Kubernetes version-skew policy, or moving the control plane to the target ' +
            'would: for example a kubelet more minors behind kube-apiserver than the policy allows.',
        help: 'Upgrade the component the message names to the minor it requires. For a node pool that the planned control-plane ' +
            'upgrade would leave out of skew, upgrade the pool first or along with the control plane.',
    },
    'upgrade-path': {
        full: 'The target of a declared cluster is more than one minor ahead: kube-apiserver must not skip minors, so the upgrade ' +
            'takes several steps, each of which may remove APIs that the manifests deployed to the cluster use.',
        help: 'Plan one upgrade per step in the order given, migrating the manifests each step lists before taking that step.',
    },
    'advisory-feed': {
        full: 'About the advisories themselves: the live feed could not be used (the embedded catalog was), a CVE from the feed could ' +
            'not be matched against versions, or the embedded catalog is more than 30 days old and may miss recent advisories.',
        help: 'Check the named CVEs by hand, retry the live feed later, or update kube-upgrade-gate for a newer embedded catalog.',
    },
};
function renderSarif(result) {
    const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
    const rules = RULES.map((r) => ({
        id: r.meta.id,
        name: ruleName(r.meta.id),
        shortDescription: { text: r.meta.description },
        fullDescription: { text: RULE_HELP[r.meta.id].full },
        defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
        help: { text: RULE_HELP[r.meta.id].help },
        properties: { tags: ['kubernetes'] },
    }));
    const fingerprints = fingerprintAll(result.findings);
    const results = [];
    const notifications = [];
    result.findings.forEach((f, i) => {
        const rule = { id: f.ruleId, index: ruleIndex.get(f.ruleId) ?? -1 };
        if (f.file === null) {
            notifications.push({
                level: LEVEL[f.severity],
                message: { text: plainText(f.message) },
                associatedRule: rule,
            });
            return;
        }
        results.push({
            ruleId: f.ruleId,
            ruleIndex: rule.index,
            level: LEVEL[f.severity],
            message: { text: plainText(f.message) },
            locations: [sarif_location(f.file, f.line, f.column)],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
        });
    });
    const invocation = { executionSuccessful: true };
    if (notifications.length > 0)
        invocation['toolExecutionNotifications'] = notifications;
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: result.tool.name,
                        fullName: `${result.tool.name} ${result.tool.version} (API catalog ${result.catalog.version})`,
                        version: result.tool.version,
                        semanticVersion: result.tool.version,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                invocations: [invocation],
                columnKind: 'utf16CodeUnits',
                results,
                properties: {
                    target: result.target,
                    current: result.current,
                    catalogVersion: result.catalog.version,
                },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function sarif_location(file, line, column) {
    // Code scanning needs a start line; findings about a whole file (e.g. a skipped file) point at its first line.
    const known = line !== null && line >= 1;
    const region = { startLine: known ? line : 1 };
    if (known && column !== null && column >= 1)
        region.startColumn = column;
    return { physicalLocation: { artifactLocation: { uri: encodeUri(file), uriBaseId: SRCROOT }, region } };
}
/**
 * Message text with square brackets and backslashes escaped, so text quoted from a manifest (an object named
 * `[docs](https://example.com)`) is shown literally instead of becoming a SARIF embedded link.
 */
function plainText(text) {
    return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
/** A repository-relative POSIX path as a relative URI reference: each segment percent-encoded, slashes kept. */
function encodeUri(path) {
    return path.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}
/**
 * One fingerprint per finding, stable when lines move: a hash of the rule, the file and the object
 * (apiVersion, kind, namespace, name). Findings without an object use their message instead. Findings that would
 * share a hash (two unnamed objects of the same kind in one file) are told apart by a 1-based occurrence count
 * suffix, in report order.
 */
function fingerprintAll(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const o = f.object;
        const identity = o
            ? [f.ruleId, f.file ?? '', o.apiVersion, o.kind, o.namespace ?? '', o.name ?? '']
            : [f.ruleId, f.file ?? '', f.message];
        nodeCrypto ??= sarif_require('node:crypto');
        const hash = nodeCrypto.createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        return `${hash}:${n}`;
    });
}
function ruleName(id) {
    return id.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./src/reporters/text.ts

const LABEL = { error: 'error', warning: 'warning', notice: 'notice' };
const COLOR = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
function renderText(result, opts = { color: false }) {
    const paint = (code, s) => (opts.color && code ? `${code}${s}${RESET}` : s);
    const out = [];
    const header = `kube-upgrade-gate ${result.tool.version} · target Kubernetes ${result.target}` +
        (result.current ? ` (current ${result.current})` : '') + ` · API catalog ${result.catalog.version}`;
    out.push(paint(BOLD, header), '');
    const groups = new Map();
    for (const f of result.findings) {
        const key = f.file ?? '';
        const list = groups.get(key) ?? [];
        list.push(f);
        groups.set(key, list);
    }
    for (const [file, list] of groups) {
        out.push(paint(BOLD, file === '' ? '(scan)' : oneLine(file)));
        for (const f of list) {
            const where = f.line !== null ? `${f.line}:${f.column ?? 1}` : '-';
            out.push(`  ${paint(DIM, where.padEnd(8))} ${paint(COLOR[f.severity], LABEL[f.severity].padEnd(7))}  ${oneLine(f.message)}  ${paint(DIM, f.ruleId)}`);
        }
        out.push('');
    }
    const clusters = clustersTextLines(result);
    if (clusters.length > 0)
        out.push(paint(BOLD, clusters[0]), ...clusters.slice(1).map(oneLine), '');
    const s = result.summary;
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    out.push(`${plural(s.files, 'file')}, ${plural(s.documents, 'document')} checked: ` +
        `${paint(s.errors ? COLOR.error : '', plural(s.errors, 'error'))}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}.`);
    if (result.findings.length === 0)
        out.push(`Nothing that Kubernetes ${result.target} removed or deprecated.`);
    return `${out.join('\n')}\n`;
}
/**
 * Text from scanned files (object names, paths) on one line with no control characters: a name holding a newline
 * or an escape sequence must not start a new line a CI runner reads as a command, nor repaint the terminal.
 */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/reporters/index.ts




function render(result, format, opts = { color: false }) {
    switch (format) {
        case 'json':
            return renderJson(result);
        case 'sarif':
            return renderSarif(result);
        case 'markdown':
            return renderMarkdown(result);
        case 'text':
            return renderText(result, opts);
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
/** Command-line parsing for the CLI: argv in, a typed command out. No I/O. */


const USAGE = `Usage: kube-upgrade-gate scan [PATH...] --target X.Y [options]
       kube-upgrade-gate merge REPORT.json... [--format FORMAT] [--output FILE] [--fail-on LEVEL]

Finds Kubernetes manifests whose apiVersion/kind the target release no longer serves (error) or has deprecated (warning).

Options:
  --target X.Y            Kubernetes release to check against (required; "latest" = newest in the catalog)
  --current X.Y           the cluster's current release: says whether each replacement can be adopted before the upgrade
  --format FORMAT         text (default), json, sarif or markdown
  --output FILE           write the report to FILE instead of standard output
  --fail-on LEVEL         error (default), warning, notice or never: exit 1 when a finding is at or above LEVEL
  --include GLOB          only scan files matching GLOB (repeatable, or comma-separated)
  --exclude GLOB          skip files matching GLOB (repeatable, or comma-separated)
  --root DIR              workspace root that reported paths are relative to (default: the current directory)
  --max-file-bytes N      skip files larger than N bytes with a notice (default 5242880)
  --scan-workers N        worker threads that check files beside the main thread (default: one per CPU but one,
                          for repositories of 32 MiB or more; 0: check every file on the main thread)
  --shard I/N             scan part I of N (a stable partition of files, charts and overlays); merge the N JSON
                          reports with "merge" for the report of the whole

Helm charts and Kustomize overlays (rendered offline for the target release, then checked):
  --helm-path PATH        helm 3 or 4 to render charts with (default: helm on PATH)
  --kubectl-path PATH     kubectl or kustomize to build overlays with (default: kustomize, then kubectl, on PATH)
  --values CHART=FILE     also render CHART with values FILE (repeatable; paths relative to the working directory)
  --release-name NAME     release name for helm template (default release-name)
  --namespace NAME        namespace for helm template (default default)
  --render-timeout SEC    time limit per render (default 60)
  --render-workers N      renders at a time (default: one per CPU)
  --rendered FILE|-       also read helm template output from FILE or standard input

Declared clusters (advisories, support window, version skew, upgrade path):
  --config FILE           cluster configuration (default: <root>/.github/kube-upgrade-gate.yaml when it exists)
  --cluster-version V     check one cluster running kube-apiserver V (e.g. 1.34.2) instead of the file's clusters
  --kubelet-version V     the kubelet version of that cluster's nodes
  --as-of DATE            evaluate support windows and fixes on DATE (YYYY-MM-DD; default today)
  --eol-warning-days N    warn N days before a minor's end of life (default 60)
  --advisories SOURCE     embedded (default: the catalog shipped with the tool) or live (official CVE feed + OSV)
  --no-color              plain text output
  -h, --help              this help
  -v, --version           print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.`;
class UsageError extends Error {
}
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                target: { type: 'string' },
                current: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                root: { type: 'string' },
                'max-file-bytes': { type: 'string' },
                'helm-path': { type: 'string' },
                'kubectl-path': { type: 'string' },
                values: { type: 'string', multiple: true },
                'release-name': { type: 'string' },
                namespace: { type: 'string' },
                'render-timeout': { type: 'string' },
                'render-workers': { type: 'string' },
                rendered: { type: 'string' },
                config: { type: 'string' },
                'cluster-version': { type: 'string' },
                'kubelet-version': { type: 'string' },
                'as-of': { type: 'string' },
                'eol-warning-days': { type: 'string' },
                advisories: { type: 'string' },
                shard: { type: 'string' },
                'scan-workers': { type: 'string' },
                'no-color': { type: 'boolean' },
                color: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const v = parsed.values;
    if (v.help)
        return { command: 'help' };
    if (v.version)
        return { command: 'version' };
    const [cmd, ...paths] = parsed.positionals;
    if (cmd === undefined)
        throw new UsageError('missing command; expected "scan" or "merge"');
    if (cmd !== 'scan' && cmd !== 'merge')
        throw new UsageError(`unknown command "${cmd}"; expected "scan" or "merge"`);
    const format = v.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format "${format}" is not valid; expected one of ${FORMATS.join(', ')}`);
    }
    if (cmd === 'merge') {
        const scanOnly = Object.keys(v).filter((k) => !['format', 'output', 'fail-on', 'color', 'no-color'].includes(k));
        if (scanOnly.length > 0)
            throw new UsageError(`merge takes only --format, --output and --fail-on, not --${scanOnly[0]}`);
        if (paths.length === 0)
            throw new UsageError('merge needs the JSON reports of every part of the sharded scan');
        return { command: 'merge', reports: paths, format: format, output: v.output, failOn: v['fail-on'], color: v['no-color'] ? false : v.color };
    }
    const list = (xs) => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    return {
        command: 'scan',
        paths,
        target: v.target,
        current: v.current,
        format: format,
        output: v.output,
        failOn: v['fail-on'],
        include: list(v.include),
        exclude: list(v.exclude),
        root: v.root,
        maxFileBytes: v['max-file-bytes'],
        color: v['no-color'] ? false : v.color,
        helmPath: v['helm-path'],
        kubectlPath: v['kubectl-path'],
        values: list(v.values),
        releaseName: v['release-name'],
        namespace: v.namespace,
        renderTimeout: v['render-timeout'],
        renderWorkers: v['render-workers'],
        rendered: v.rendered,
        config: v.config,
        clusterVersion: v['cluster-version'],
        kubeletVersion: v['kubelet-version'],
        asOf: v['as-of'],
        eolWarningDays: v['eol-warning-days'],
        advisories: v.advisories,
        shard: v.shard,
        scanWorkers: v['scan-workers'],
    };
}

;// CONCATENATED MODULE: ./src/app/merge.ts





class MergeError extends Error {
}
/** Reads one JSON report (schemaVersion 1), naming the file in every complaint. */
function parseReport(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new MergeError(`${name} is not JSON (${err.message})`);
    }
    const r = data;
    if (!r || typeof r !== 'object' || r.schemaVersion !== 1)
        throw new MergeError(`${name} is not a kube-upgrade-gate JSON report (schemaVersion 1)`);
    if (!Array.isArray(r.findings) || !r.summary || typeof r.target !== 'string' || !r.catalog || !r.tool) {
        throw new MergeError(`${name} lacks findings, summary, target, catalog or tool`);
    }
    for (const f of r.findings) {
        if (!f || typeof f !== 'object' || !isRuleId(String(f.ruleId)))
            throw new MergeError(`${name} has a finding with an unknown ruleId`);
    }
    return { ...r, clusters: Array.isArray(r.clusters) ? r.clusters : [] };
}
function mergeReports(reports, catalog) {
    if (reports.length === 0)
        throw new MergeError('no reports to merge');
    const [head] = reports;
    const base = head.report;
    const count = base.shard?.count;
    if (count === undefined)
        throw new MergeError(`${head.name} is not the report of a sharded scan (run scan with --shard I/N)`);
    const seen = new Map();
    for (const { name, report } of reports) {
        if (!report.shard)
            throw new MergeError(`${name} is not the report of a sharded scan`);
        if (report.shard.count !== count)
            throw new MergeError(`${name} is part ${report.shard.index} of ${report.shard.count}, but ${head.name} is of ${count}`);
        for (const [key, what] of [['target', 'target'], ['current', 'current release']]) {
            if (report[key] !== base[key])
                throw new MergeError(`${name} was scanned for ${what} ${report[key]}, ${head.name} for ${base[key]}`);
        }
        if (report.catalog.version !== base.catalog.version)
            throw new MergeError(`${name} used catalog ${report.catalog.version}, ${head.name} ${base.catalog.version}`);
        if (JSON.stringify(report.shard.paths) !== JSON.stringify(base.shard.paths))
            throw new MergeError(`${name} scanned other paths than ${head.name}`);
        const dup = seen.get(report.shard.index);
        if (dup)
            throw new MergeError(`${name} and ${dup} are both part ${report.shard.index} of ${count}`);
        seen.set(report.shard.index, name);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new MergeError(`parts ${missing.join(', ')} of ${count} are missing; merge the reports of every part`);
    const findings = [];
    const missingRenderers = new Map();
    let files = 0;
    let documents = 0;
    const clusters = [];
    // Parts in order; within the whole, plain-file findings before rendered ones, as a whole scan reports them, so the
    // plain finding is the one kept when an overlay renders the same object (see mergeFindings).
    const ordered = [...reports].sort((a, b) => a.report.shard.index - b.report.shard.index);
    const rendered = [];
    for (const { report } of ordered) {
        files += report.summary.files;
        documents += report.summary.documents;
        clusters.push(...report.clusters);
        for (const f of report.findings) {
            if (f.ruleId === 'renderer-missing' && f.file === null) {
                const renderer = f.data['renderer'] === 'kustomize' ? 'kustomize' : 'helm';
                const subjects = f.data[renderer === 'helm' ? 'charts' : 'kustomizations'] ?? [];
                const m = missingRenderers.get(renderer) ?? { count: 0, reason: String(f.data['reason'] ?? ''), subjects: [] };
                m.count += Number(f.data['count'] ?? subjects.length);
                m.subjects.push(...subjects);
                missingRenderers.set(renderer, m);
            }
            else if (f.data['source'] === undefined)
                findings.push(f);
            else
                rendered.push(f);
        }
    }
    findings.push(...rendered);
    // The run-level rules, once, over the whole.
    const engine = createEngine(RULES, { target: base.target, current: base.current, catalog }, (f) => findings.push(f));
    for (const [renderer, m] of missingRenderers) {
        engine.render({ type: 'renderer-missing', renderer, count: m.count, reason: m.reason, subjects: [...m.subjects].sort() }, { file: null, line: null, column: null });
    }
    engine.run({ files, documents, paths: base.shard.paths });
    const merged = mergeFindings(findings);
    merged.sort(compareFindings);
    return {
        schemaVersion: 1,
        tool: base.tool,
        catalog: base.catalog,
        target: base.target,
        current: base.current,
        summary: summarize(merged, files, documents),
        findings: merged,
        clusters,
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI's work, with every side effect passed in: argv, working directory, output streams and the file system.
 * Returns the exit code: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
 */








const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
async function cliMain(io) {
    let cmd;
    try {
        cmd = parseCommandLine(io.argv);
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr(`kube-upgrade-gate: ${err.message}\n\n${USAGE}\n`);
            return EXIT_USAGE;
        }
        throw err;
    }
    if (cmd.command === 'help') {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
    }
    if (cmd.command === 'version') {
        io.stdout(`${io.tool.version}\n`);
        return EXIT_OK;
    }
    const catalog = io.catalog();
    if (cmd.command === 'merge')
        return await mergeMain(cmd, io, catalog);
    const absPaths = (cmd.paths.length > 0 ? cmd.paths : ['.']).map((p) => (0,external_node_path_namespaceObject.resolve)(io.cwd, p));
    const root = cmd.root ? (0,external_node_path_namespaceObject.resolve)(io.cwd, cmd.root) : defaultRoot(io.cwd, absPaths);
    const logger = { info: () => { }, warn: (m) => io.stderr(`warning: ${m}\n`) };
    const fromCwd = (p) => (p === undefined || p.trim() === '' || p.trim() === '-' ? p : (0,external_node_path_namespaceObject.resolve)(io.cwd, p.trim()));
    const pathLike = (p) => (p !== undefined && /[\\/]/.test(p) ? fromCwd(p) : p);
    try {
        const declared = await loadClusters({
            root, config: fromCwd(cmd.config), clusterVersion: cmd.clusterVersion, kubeletVersion: cmd.kubeletVersion,
            asOf: cmd.asOf, eolWarningDays: cmd.eolWarningDays, advisories: cmd.advisories,
        }, io.fs, catalog, CLI_CLUSTER_NAMES);
        const settings = resolveScanSettings({
            root,
            paths: absPaths.map((p) => (0,external_node_path_namespaceObject.relative)(root, p) || '.'),
            target: cmd.target ?? declared?.target,
            current: cmd.current,
            failOn: cmd.failOn,
            include: cmd.include,
            exclude: cmd.exclude,
            maxFileBytes: cmd.maxFileBytes,
            helmPath: pathLike(cmd.helmPath),
            kubectlPath: pathLike(cmd.kubectlPath),
            releaseName: cmd.releaseName,
            namespace: cmd.namespace,
            values: cmd.values.map((pair) => {
                const eq = pair.indexOf('=');
                return eq > 0 ? `${fromCwd(pair.slice(0, eq))}=${fromCwd(pair.slice(eq + 1))}` : pair;
            }),
            renderTimeout: cmd.renderTimeout,
            renderWorkers: cmd.renderWorkers,
            rendered: fromCwd(cmd.rendered),
            shard: cmd.shard,
        }, catalog, {
            target: '--target', current: '--current', failOn: '--fail-on', maxFileBytes: '--max-file-bytes',
            releaseName: '--release-name', namespace: '--namespace', values: '--values', renderTimeout: '--render-timeout',
            renderWorkers: '--render-workers', rendered: '--rendered', shard: '--shard',
        });
        if (declared)
            settings.clusters = declared.resolve(settings.target);
        const renderDeps = io.render
            ? {
                process: io.render.process,
                temp: io.render.temp,
                findExecutable: io.render.findExecutable,
                workers: io.render.cpus,
                cpus: io.render.cpus,
                now: io.render.now,
                observer: io.stderrIsTTY ? progressLine(io.stderr) : {},
                ...(io.readStdin ? { readStdin: io.readStdin } : {}),
            }
            : undefined;
        const scanPool = createScanPool(io, cmd.scanWorkers);
        let result;
        try {
            result = await runScan(settings, {
                fs: io.fs, catalog, tool: io.tool, logger, ...(renderDeps ? { render: renderDeps } : {}), ...(io.clusters ? { clusters: io.clusters } : {}),
                ...(scanPool ? { scanPool } : {}),
            });
        }
        finally {
            await scanPool?.close();
        }
        const color = cmd.color ?? (io.color && cmd.output === undefined);
        const text = render(result, cmd.format, { color });
        if (cmd.output)
            await io.writeFile((0,external_node_path_namespaceObject.resolve)(io.cwd, cmd.output), text);
        else
            io.stdout(text);
        return shouldFail(result, settings.failOn) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (err) {
        if (err instanceof SettingsError || err instanceof DiscoveryError) {
            io.stderr(`kube-upgrade-gate: ${err.message}\n`);
            return EXIT_USAGE;
        }
        throw err;
    }
}
function createScanPool(io, flag) {
    if (!io.scanPool)
        return undefined;
    if (flag !== undefined) {
        if (!/^\d+$/.test(flag.trim()) || Number(flag) > 64)
            throw new SettingsError(`--scan-workers "${flag}" is not valid; expected a whole number from 0 to 64`);
        const n = Number(flag);
        return n > 0 ? io.scanPool.create(n, 0) : undefined;
    }
    const n = io.scanPool.cpus - 1;
    return n > 0 ? io.scanPool.create(n, io.scanPool.minBytes) : undefined;
}
/** `merge`: the reports of every part of a sharded scan in, the report of the whole out. */
async function mergeMain(cmd, io, catalog) {
    try {
        const failOn = resolveFailOn(cmd.failOn, '--fail-on');
        const reports = [];
        for (const name of cmd.reports) {
            let text;
            try {
                text = new TextDecoder().decode(await io.fs.readFile((0,external_node_path_namespaceObject.resolve)(io.cwd, name)));
            }
            catch (err) {
                throw new MergeError(`cannot read ${name} (${err.message})`);
            }
            reports.push({ name, report: parseReport(text, name) });
        }
        const result = mergeReports(reports, catalog);
        const text = render(result, cmd.format, { color: cmd.color ?? (io.color && cmd.output === undefined) });
        if (cmd.output)
            await io.writeFile((0,external_node_path_namespaceObject.resolve)(io.cwd, cmd.output), text);
        else
            io.stdout(text);
        return shouldFail(result, failOn) ? EXIT_FINDINGS : EXIT_OK;
    }
    catch (err) {
        if (err instanceof MergeError || err instanceof SettingsError) {
            io.stderr(`kube-upgrade-gate: ${err.message}\n`);
            return EXIT_USAGE;
        }
        throw err;
    }
}
/** One progress line on a terminal, rewritten in place and cleared when the last render is done. */
function progressLine(write) {
    return {
        progress(done, total, label) {
            write(done >= total ? '\r\u001b[K' : `\r\u001b[Krendered ${done}/${total}: ${label}`);
        },
    };
}
/** The working directory, unless a scanned path lies outside it: then the deepest directory holding every path. */
function defaultRoot(cwd, paths) {
    const within = (p) => {
        const rel = (0,external_node_path_namespaceObject.relative)(cwd, p);
        return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
    };
    if (paths.every(within))
        return cwd;
    let common = paths[0];
    for (const p of paths.slice(1)) {
        while (!(p === common || p.startsWith(common.endsWith(external_node_path_namespaceObject.sep) ? common : common + external_node_path_namespaceObject.sep)))
            common = (0,external_node_path_namespaceObject.dirname)(common);
    }
    return common;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** CLI entry point: the only place the CLI touches `process`. */










// The bundle also runs as its own scan worker.
if (isScanWorker())
    runScanWorker();
else
    main();
function main() {
    cliMain({
        argv: process.argv.slice(2),
        cwd: process.cwd(),
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        writeFile: async (p, t) => (0,external_node_fs_namespaceObject.writeFileSync)(p, t),
        fs: nodeFileSystem,
        catalog: loadApiCatalog,
        tool: TOOL,
        color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
        render: {
            // helm and kubectl start from a small helper process: a fork from this one costs more as the scan grows.
            process: helperProcessRunner({ nodePath: process.execPath }),
            temp: nodeTempFileSystem,
            findExecutable: executableFinder(process.env['PATH'] ?? '', process.cwd()),
            cpus: (0,external_node_os_namespaceObject.availableParallelism)(),
            now: () => performance.now(),
        },
        readStdin: async () => {
            const chunks = [];
            for await (const chunk of process.stdin)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        },
        stderrIsTTY: Boolean(process.stderr.isTTY),
        scanPool: {
            cpus: (0,external_node_os_namespaceObject.availableParallelism)(),
            minBytes: POOL_MIN_BYTES,
            create: (workers, minBytes) => workerScanPool({ script: new URL(import.meta.url), workers, minBytes }),
        },
        clusters: { clock: systemClock, http: fetchHttpClient(`${TOOL.name}/${TOOL.version}`) },
    }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(`kube-upgrade-gate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exitCode = 3;
    });
}

