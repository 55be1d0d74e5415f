import { clip, encodePath, escapeUntrusted } from '../../src/reporters/escape-md.js';

const Z = '&#8203;';

describe('escapeUntrusted', () => {
  it.each([
    ['plain text', 'deploy/app.yaml', 'deploy/app.yaml'],
    ['an HTML tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a fake marker comment', '<!-- kube-upgrade-gate:comment v1 -->', '&lt;\\!-- kube-upgrade-gate:comment v1 --&gt;'],
    ['an entity', '&lt;b&gt; &#64;', '&amp;lt;b&amp;gt; &amp;\\#&#8203;64;'],
    ['a user mention', '@admin', `@${Z}admin`],
    ['a team mention', '@octo-org/security', `@${Z}octo-org/security`],
    ['an e-mail address', 'ops@example.com', `ops@${Z}example.com`],
    ['an issue reference', 'fixes #12', `fixes \\#${Z}12`],
    ['a cross-repository reference', 'octo/shop#7', `octo/shop\\#${Z}7`],
    ['a scheme URL', 'see https://evil.example/x', `see https:${Z}//evil.example/x`],
    ['a www host', 'www.evil.example', `www${Z}.evil.example`],
    ['a www host in capitals after a space', 'go WWW.evil.example', `go WWW${Z}.evil.example`],
    ['www inside a word', 'awww.yaml', 'awww.yaml'],
    ['a bare domain (GitHub does not link it)', 'evil.example', 'evil.example'],
    ['a Markdown link', '[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['an image', '![x](y)', '\\!\\[x\\]\\(y\\)'],
    ['emphasis and strike', '**bold** _it_ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['a code span', '`code`', '\\`code\\`'],
    ['a table cell break', 'a | b', 'a \\| b'],
    ['a heading', '# title', `\\#${Z} title`],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['a backslash', 'C:\\dir', 'C:\\\\dir'],
    ['braces', '{{ .Values }}', '\\{\\{ .Values \\}\\}'],
    ['line breaks', 'a\nb\r\nc', 'a b  c'],
    ['a line break starting a block', 'x\n---\n> quote', 'x --- &gt; quote'],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007f', 'a b c d '],
    ['bidirectional overrides', 'evil\u202Efdp.exe\u2066', 'evil fdp.exe '],
    ['a lone surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['non-ASCII text', 'Überprüfung ✓ 日本', 'Überprüfung ✓ 日本'],
  ])('%s', (_name, input, expected) => {
    expect(escapeUntrusted(input)).toBe(expected);
  });

  it('leaves no raw "<", "[" , "@x" or "://" in anything', () => {
    const nasty = '<!--x-->[a](b)@c https://d www.e `f` |g| #1';
    const out = escapeUntrusted(nasty);
    expect(out).not.toMatch(/<|(?<!\\)\[|@[a-z]|:\/\/|(?<!\\)`/);
  });
});

describe('clip and encodePath', () => {
  it('clips by characters with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });

  it.each([
    ['deploy/app.yaml', 'deploy/app.yaml'],
    ['a b/c#d?.yaml', 'a%20b/c%23d%3F.yaml'],
    ['x)/(y).yaml', 'x%29/%28y%29.yaml'],
    ["it's*!.yaml", 'it%27s%2A%21.yaml'],
    ['bad\uD800.yaml', 'bad%EF%BF%BD.yaml'],
  ])('encodes %j as a URL path', (input, expected) => {
    expect(encodePath(input)).toBe(expected);
  });
});
