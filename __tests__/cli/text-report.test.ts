/**
 * The CLI's text report: paths relative to the working directory (a terminal can open them), errors only with
 * --quiet; the JSON report keeps workspace-relative paths and every finding.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { parseCommandLine } from '../../src/cli/args.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'kug-text-'));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(cwd, rel)), { recursive: true });
    writeFileSync(join(cwd, rel), text);
  };
  write('proj/deploy/cron.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\n');
  write('proj/deploy/broken.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: [a\n');
  write('proj/deploy/hpa.yaml', 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\n---\napiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: f\n');
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('the text report of the CLI', () => {
  const inProj = ['deploy/broken.yaml', 'deploy/cron.yaml', 'deploy/hpa.yaml'];
  it.each<[string, string[], string, string[], string[]]>([
    ['a workspace below the working directory', ['scan', 'proj', '--root', 'proj'], '', ['file: proj/deploy/cron.yaml', 'file: proj/deploy/broken.yaml'], inProj],
    ['the working directory below the workspace', ['scan', '.', '--root', '..'], 'proj', ['file: deploy/cron.yaml', 'file: deploy/broken.yaml'], inProj.map((f) => `proj/${f}`)],
    ['the working directory beside the workspace', ['scan', '../proj', '--root', '../proj'], 'elsewhere', ['file: ../proj/deploy/cron.yaml', 'file: ../proj/deploy/broken.yaml'], inProj],
  ])('%s: paths relative to the working directory', async (_name, argv, sub, want, jsonFiles) => {
    const dir = join(cwd, sub);
    mkdirSync(dir, { recursive: true });
    const text = await runCli([...argv, '--target', '1.32'], dir);
    for (const line of want) expect(text.stdout).toContain(line);
    const json = await runCli([...argv, '--target', '1.32', '--format', 'json'], dir);
    const files = (JSON.parse(json.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file);
    expect(files).toEqual(jsonFiles);
  });

  it('--quiet lists the errors only; the exit code and the JSON report are unchanged', async () => {
    const quiet = await runCli(['scan', 'proj', '--target', '1.32', '--quiet'], cwd);
    const full = await runCli(['scan', 'proj', '--target', '1.32'], cwd);
    expect(quiet.code).toBe(1);
    expect(full.code).toBe(1);
    expect(quiet.stdout).toContain('removed-api');
    expect(quiet.stdout).not.toContain('invalid-manifest');
    expect(full.stdout).toContain('invalid-manifest');
    expect(quiet.stdout).toContain('Warnings and notices are not listed (--quiet).');
    expect(full.stdout.indexOf('Errors (2)')).toBeLessThan(full.stdout.indexOf('Warning (1)'));
    const json = await runCli(['scan', 'proj', '--target', '1.32', '--quiet', '--format', 'json'], cwd);
    expect((JSON.parse(json.stdout) as { findings: unknown[] }).findings).toHaveLength(3);
  });

  it.each([
    [['scan', '.', '--quiet'], true],
    [['scan', '.', '-q'], true],
    [['scan', '.'], false],
    [['merge', 'a.json', '--quiet'], true],
  ])('%j parses quiet as %s', (argv, quiet) => {
    expect(parseCommandLine(argv)).toMatchObject({ quiet });
  });
});
