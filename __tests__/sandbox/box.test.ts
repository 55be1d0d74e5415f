/** The one place that decides what may be read: every kind of path a repository can name, and what the box says. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem, readRegularFile } from '../../src/platform/node-fs.js';
import { BoxError, isSingleSegment, staysBelow, WorkspaceBox } from '../../src/workspace/box.js';
import { makeSandbox, SECRET, type Sandbox } from './harness.js';

let sb: Sandbox;
let box: WorkspaceBox;

beforeEach(async () => {
  sb = makeSandbox();
  sb.write('a/file.yaml', 'x: 1\n');
  mkdirSync(join(sb.root, 'dir'));
  symlinkSync(join(sb.outside, 'secret.txt'), join(sb.root, 'out-link.yaml'));
  symlinkSync(sb.outside, join(sb.root, 'out-dir'));
  symlinkSync(join(sb.root, 'a', 'file.yaml'), join(sb.root, 'in-link.yaml'));
  symlinkSync(join(sb.root, 'loop1'), join(sb.root, 'loop2'));
  symlinkSync(join(sb.root, 'loop2'), join(sb.root, 'loop1'));
  execFileSync('mkfifo', [join(sb.root, 'Chart.yaml')]);
  box = await WorkspaceBox.open(nodeFileSystem, sb.root);
});
afterEach(() => {
  sb.assertOutsideUnchanged();
  sb.remove();
});

describe('WorkspaceBox.check', () => {
  it.each([
    ['a/file.yaml', 'file', 'ok'],
    ['./a/../a/file.yaml', 'file', 'ok'],
    ['in-link.yaml', 'file', 'ok'],
    ['dir', 'directory', 'ok'],
    ['dir', 'file', 'directory'],
    ['a/file.yaml', 'directory', 'not-directory'],
    ['out-link.yaml', 'file', 'outside'],
    ['out-dir/secret.txt', 'file', 'outside'],
    ['out-dir', 'directory', 'outside'],
    ['../outside/secret.txt', 'file', 'outside'],
    ['../../../../../../etc/passwd', 'file', 'outside'],
    ['missing.yaml', 'file', 'missing'],
    ['loop1', 'file', 'missing'],
    ['Chart.yaml', 'file', 'not-regular'],
  ] as const)('%s wanted as %s → %s', async (path, want, expected) => {
    const c = await box.check(path, want);
    expect(c.ok ? 'ok' : c.reason).toBe(expected);
    if (!c.ok) {
      expect(c.message).not.toContain(SECRET);
      expect(c.message.startsWith(c.rel)).toBe(true);
    }
  });

  it('an absolute path outside is refused and named relative to the workspace', async () => {
    const c = await box.check(join(sb.outside, 'secret.txt'), 'file');
    expect(c).toMatchObject({ ok: false, reason: 'outside', rel: '../outside/secret.txt' });
  });

  it('readFile returns an allowed file and throws a BoxError without content otherwise', async () => {
    expect(new TextDecoder().decode(await box.readFile('in-link.yaml'))).toBe('x: 1\n');
    await expect(box.readFile('out-link.yaml')).rejects.toBeInstanceOf(BoxError);
    await expect(box.readFile('out-link.yaml')).rejects.toThrow('out-link.yaml leads outside the workspace (not read)');
  });
});

describe('readRegularFile', () => {
  it('refuses a FIFO at once instead of blocking', () => {
    expect(() => readRegularFile(join(sb.root, 'Chart.yaml'))).toThrow('is not a regular file');
  });
  it('refuses a directory', () => {
    expect(() => readRegularFile(join(sb.root, 'dir'))).toThrow('is not a regular file');
  });
  it('reads a regular file', () => {
    expect(readRegularFile(join(sb.root, 'a/file.yaml')).toString()).toBe('x: 1\n');
  });
});

describe('names and relative paths', () => {
  it.each([
    ['redis', true],
    ['my-chart_2', true],
    ['../../etc', false],
    ['a/b', false],
    ['a\\b', false],
    ['..', false],
    ['.', false],
    ['', false],
    ['x\0y', false],
  ])('isSingleSegment(%j) = %s', (name, ok) => expect(isSingleSegment(name)).toBe(ok));

  it.each([
    ['base', true],
    ['a/../b', true],
    ['./x.yaml', true],
    ['../app.yaml', false],
    ['a/../../b', false],
    ['/etc/passwd', false],
    ['C:/x', false],
    ['', false],
  ])('staysBelow(%j) = %s', (p, ok) => expect(staysBelow(p)).toBe(ok));
});
