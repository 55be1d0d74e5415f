/**
 * A stand-in for the GitHub REST API on 127.0.0.1 (a free port), for the issue comment and issue endpoints the
 * action's GitHub sinks call, the files of a pull request (with their patches), its reviews and review comments,
 * plus `GET /user`.
 *
 * - Stateful: users (by token), issues and pull requests, comments, labels, reviews and review comments.
 * - Like GitHub, a review whose comment is not on right-side lines of ONE hunk of its file's patch (or whose
 *   `start_line` does not precede its `line`) is refused with 422, and nothing of it is kept.
 * - Paginates like GitHub: `per_page` (default 30, at most 100) and `page`, with a Link header (`first`, `prev`,
 *   `next`, `last`) carrying the other query parameters along.
 * - Answers with a chosen status for chosen requests (`fail`), e.g. 403/404/500, or a rate limit with GitHub's
 *   headers (`secondaryRateLimit`, `primaryRateLimit`).
 * - Records every request (method, path, query, body, status) and checks each against GitHub's published REST
 *   description (@octokit/openapi): the path template must exist for the method, path and query parameters must be
 *   known, present when required and of the right type, and the JSON body must match the operation's request body
 *   schema (required properties, types, enums, no unknown properties). A request that does not match is answered
 *   400 and listed in `violations`; tests assert that list is empty.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

// ---------------------------------------------------------------------------------------------------------------
// GitHub's REST description

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

interface Operation {
  template: string;
  method: string;
  operationId: string;
  parameters: Schema[];
  requestBody: Schema | null;
}

interface Description {
  root: Schema;
  /** Templates split in segments, per method. */
  operations: Array<Operation & { segments: string[] }>;
}

let description: Description | null = null;

/** GitHub's description with `$ref`s left in place (the dereferenced file is six times larger); refs are resolved on use. */
function loadDescription(): Description {
  if (description !== null) return description;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const root = JSON.parse(readFileSync(file, 'utf8')) as Schema;
  const operations: Description['operations'] = [];
  for (const [template, itemJson] of Object.entries(root['paths'] as Schema)) {
    const item = itemJson as Schema;
    const shared = (item['parameters'] as Schema[] | undefined) ?? [];
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      const op = item[method] as Schema | undefined;
      if (op === undefined) continue;
      operations.push({
        template,
        method: method.toUpperCase(),
        operationId: String(op['operationId']),
        parameters: [...shared, ...((op['parameters'] as Schema[] | undefined) ?? [])],
        requestBody: (op['requestBody'] as Schema | undefined) ?? null,
        segments: template.split('/').slice(1),
      });
    }
  }
  description = { root, operations };
  return description;
}

function deref(root: Schema, node: Schema): Schema {
  let current = node;
  for (let depth = 0; typeof current['$ref'] === 'string' && depth < 20; depth++) {
    const ref = current['$ref'] as string;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let target: Json = root;
    for (const part of ref.slice(2).split('/')) target = (target as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
    if (target === null) throw new Error(`dangling $ref ${ref}`);
    current = target as Schema;
  }
  return current;
}

function findOperation(method: string, pathname: string): { op: Operation; params: Record<string, string> } | null {
  const segs = pathname.split('/').slice(1);
  let best: { op: Operation; params: Record<string, string>; literal: number } | null = null;
  for (const op of loadDescription().operations) {
    if (op.method !== method || op.segments.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literal = 0;
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      const t = op.segments[i]!;
      const s = decodeURIComponent(segs[i]!);
      if (t.startsWith('{') && t.endsWith('}')) {
        if (s === '') ok = false;
        else params[t.slice(1, -1)] = s;
      } else if (t === s) literal++;
      else ok = false;
    }
    if (ok && (best === null || literal > best.literal)) best = { op, params, literal };
  }
  return best === null ? null : { op: best.op, params: best.params };
}

function checkScalar(schema: Schema, raw: string, where: string, errors: string[]): void {
  const type = schema['type'];
  if (type === 'integer' && !/^-?\d+$/.test(raw)) errors.push(`${where}: ${JSON.stringify(raw)} is not an integer`);
  if (type === 'boolean' && raw !== 'true' && raw !== 'false') errors.push(`${where}: ${JSON.stringify(raw)} is not a boolean`);
  const values = schema['enum'];
  if (Array.isArray(values) && !values.includes(raw)) errors.push(`${where}: ${JSON.stringify(raw)} is not one of ${values.join(', ')}`);
}

/** A focused JSON-schema check (the OpenAPI 3.0 subset GitHub's request bodies use). */
function checkValue(root: Schema, schemaIn: Schema, value: unknown, where: string, errors: string[]): void {
  const schema = deref(root, schemaIn);
  if (value === null) {
    const alternatives = [...((schema['oneOf'] as Schema[] | undefined) ?? []), ...((schema['anyOf'] as Schema[] | undefined) ?? [])];
    if (schema['nullable'] === true || alternatives.some((s) => deref(root, s)['nullable'] === true)) return;
    errors.push(`${where}: null is not allowed`);
    return;
  }
  for (const sub of (schema['allOf'] as Schema[] | undefined) ?? []) checkValue(root, sub, value, where, errors);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alternatives = schema[key] as Schema[] | undefined;
    if (alternatives === undefined) continue;
    const fits = alternatives.some((alt) => {
      const e: string[] = [];
      checkValue(root, alt, value, where, e);
      return e.length === 0;
    });
    if (!fits) errors.push(`${where}: ${JSON.stringify(value)} matches none of the ${key} alternatives`);
  }
  const type = schema['type'];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (typeof type === 'string') {
    const ok = type === actual || (type === 'number' && actual === 'integer');
    if (!ok) {
      errors.push(`${where}: expected ${type}, got ${actual}`);
      return;
    }
  }
  const values = schema['enum'];
  if (Array.isArray(values) && !values.includes(value as Json)) errors.push(`${where}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
  if (actual === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const name of (schema['required'] as string[] | undefined) ?? []) {
      if (!(name in obj)) errors.push(`${where}: required property ${name} is missing`);
    }
    const props = schema['properties'] as Schema | undefined;
    if (props !== undefined) {
      const extra = schema['additionalProperties'];
      for (const [name, v] of Object.entries(obj)) {
        const p = props[name] as Schema | undefined;
        if (p !== undefined) checkValue(root, p, v, `${where}.${name}`, errors);
        else if (extra !== undefined && extra !== false && extra !== true) checkValue(root, extra as Schema, v, `${where}.${name}`, errors);
        else if (extra !== true) errors.push(`${where}: unknown property ${name}`);
      }
    }
  }
  if (actual === 'array' && schema['items'] !== undefined) {
    (value as unknown[]).forEach((v, i) => checkValue(root, schema['items'] as Schema, v, `${where}[${i}]`, errors));
  }
}

/** Every way `method path?query body` departs from GitHub's REST description; [] when it matches. */
export function validateRequest(method: string, pathname: string, query: URLSearchParams, body: unknown, hasBody: boolean): { operationId: string | null; errors: string[] } {
  const found = findOperation(method, pathname);
  if (found === null) return { operationId: null, errors: [`${method} ${pathname}: no such operation in GitHub's REST API`] };
  const { root } = loadDescription();
  const errors: string[] = [];
  const where = `${method} ${found.op.template}`;
  const known = new Set<string>();
  for (const pJson of found.op.parameters) {
    const p = deref(root, pJson);
    const name = String(p['name']);
    const schema = deref(root, (p['schema'] as Schema | undefined) ?? {});
    if (p['in'] === 'path') {
      const v = found.params[name];
      if (v === undefined) errors.push(`${where}: path parameter ${name} is missing`);
      else checkScalar(schema, v, `${where} path ${name}`, errors);
    } else if (p['in'] === 'query') {
      known.add(name);
      const v = query.get(name);
      if (v === null) {
        if (p['required'] === true) errors.push(`${where}: query parameter ${name} is required`);
      } else checkScalar(schema, v, `${where} query ${name}`, errors);
    }
  }
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) errors.push(`${where}: unknown query parameter ${name}`);
  }
  const rb = found.op.requestBody === null ? null : deref(root, found.op.requestBody);
  if (rb === null) {
    if (hasBody) errors.push(`${where}: the operation takes no request body`);
  } else if (!hasBody) {
    if (rb['required'] === true) errors.push(`${where}: a request body is required`);
  } else {
    const schema = ((rb['content'] as Schema | undefined)?.['application/json'] as Schema | undefined)?.['schema'] as Schema | undefined;
    if (schema === undefined) errors.push(`${where}: the operation takes no JSON body`);
    else checkValue(root, schema, body, `${where} body`, errors);
  }
  return { operationId: found.op.operationId, errors };
}

// ---------------------------------------------------------------------------------------------------------------
// Patches

/** The right-side line ranges of a patch's hunks (`@@ -a,b +c,d @@`), read independently of the code under test. */
function patchRanges(patch: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) out.push({ start: Number(m[1]), end: Number(m[1]) + count - 1 });
  }
  return out;
}

/** git's blob id (SHA-1) of a text. */
function blobId(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------
// State

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

interface TokenInfo {
  user: FakeUser;
  /** An installation token (GITHUB_TOKEN): `GET /user` is refused. */
  installation: boolean;
  /** A read-only token (a pull request from a fork): every write is refused. */
  readOnly: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: FakeUser;
  pullRequest: boolean;
  createdAt: string;
}

/** A file a pull request changes: its patch as GitHub lists it, and its content at the head (for its blob id). */
export interface FakePullFile {
  filename: string;
  patch?: string;
  content?: string;
  status?: string;
}

export interface FakeReview {
  id: number;
  pullNumber: number;
  user: FakeUser;
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface FakeReviewComment {
  id: number;
  reviewId: number;
  pullNumber: number;
  user: FakeUser;
  body: string;
  path: string;
  line: number;
  startLine: number | null;
  commitId: string;
}

interface RepoState {
  /** The files each pull request changes. */
  pullFiles: Map<number, FakePullFile[]>;
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** Each pull request's head commit. */
  pullHeads: Map<number, string>;
  issues: Map<number, FakeIssue>;
  comments: FakeComment[];
  labels: Set<string>;
  next: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId: string | null;
  status: number;
}

export interface Fault {
  method?: string;
  /** The exact path, or a pattern it must match. */
  path?: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** A secondary rate limit as GitHub answers it: 403 (or 429), `retry-after`, a message naming it. */
export function secondaryRateLimit(retryAfterSeconds: number, status: 403 | 429 = 429): Fault {
  return {
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
  };
}

/** A primary rate limit as GitHub answers it: 403 (or 429), `x-ratelimit-remaining: 0`, reset `resetInSeconds` from now. */
export function primaryRateLimit(resetInSeconds: number, status: 403 | 429 = 403): Fault {
  return {
    status,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
    body: { message: 'API rate limit exceeded for installation.' },
  };
}

export interface FakeGitHub {
  /** The API root to give the client as `baseUrl`. */
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  /** Registers a token; returns the user it authenticates as. */
  addToken(token: string, login: string, opts?: { type?: 'User' | 'Bot'; installation?: boolean; readOnly?: boolean }): FakeUser;
  addPullRequest(repo: string, author?: string, files?: Array<string | FakePullFile>, headSha?: string): number;
  /** A submitted review (event COMMENT) with comments on lines, written by `author`. */
  addReview(repo: string, pullNumber: number, author: string, body: string, comments?: Array<{ path: string; line: number; body: string }>): FakeReview;
  reviews(repo: string, pullNumber: number): FakeReview[];
  reviewComments(repo: string, pullNumber: number): FakeReviewComment[];
  addIssue(repo: string, issue: { title: string; body: string; author: string; labels?: string[]; state?: 'open' | 'closed'; pullRequest?: boolean }): number;
  addComment(repo: string, issueNumber: number, author: string, body: string): FakeComment;
  comments(repo: string, issueNumber: number): FakeComment[];
  issues(repo: string): FakeIssue[];
  /** Answers matching requests with `fault` instead of handling them; faults are tried in the order added. */
  fail(fault: Fault): void;
  /** The recorded requests as "METHOD /path?query" lines. */
  lines(): string[];
  /** The recorded requests that write (not GET). */
  writes(): RecordedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  /** A path the API lives under, like GitHub Enterprise Server's `/api/v3`; default none. */
  prefix?: string;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const prefix = options.prefix ?? '';
  loadDescription();
  const tokens = new Map<string, TokenInfo>();
  const users = new Map<string, FakeUser>();
  const repos = new Map<string, RepoState>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Array<Fault & { left: number }> = [];
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = (): string => new Date((clock += 1000)).toISOString();
  let base = '';

  const user = (login: string, type?: 'User' | 'Bot'): FakeUser => {
    let u = users.get(login.toLowerCase());
    if (u === undefined) {
      u = { login, id: nextId++, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
      users.set(login.toLowerCase(), u);
    }
    return u;
  };
  const repoState = (full: string): RepoState => {
    let r = repos.get(full);
    if (r === undefined) {
      r = { pullFiles: new Map(), reviews: [], reviewComments: [], pullHeads: new Map(), issues: new Map(), comments: [], labels: new Set(), next: 1 };
      repos.set(full, r);
    }
    return r;
  };

  const userJson = (u: FakeUser): Json => ({ login: u.login, id: u.id, type: u.type, html_url: `https://github.example/${u.login}` });
  const commentJson = (repo: string, c: FakeComment): Json => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user),
    html_url: `https://github.example/${repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${base}${prefix}/repos/${repo}/issues/${c.issueNumber}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });
  const issueJson = (repo: string, i: FakeIssue): Json => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((name) => ({ name })),
    user: userJson(i.user),
    html_url: `https://github.example/${repo}/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
    created_at: i.createdAt,
    ...(i.pullRequest ? { pull_request: { url: `${base}${prefix}/repos/${repo}/pulls/${i.number}` } } : {}),
  });

  const reviewJson = (repo: string, x: FakeReview): Json => ({
    id: x.id,
    node_id: `PRR_${x.id}`,
    user: userJson(x.user),
    body: x.body,
    state: 'COMMENTED',
    html_url: `https://github.example/${repo}/pull/${x.pullNumber}#pullrequestreview-${x.id}`,
    pull_request_url: `${base}${prefix}/repos/${repo}/pulls/${x.pullNumber}`,
    commit_id: x.commitId,
    submitted_at: x.submittedAt,
    author_association: 'CONTRIBUTOR',
  });
  const reviewCommentJson = (repo: string, c: FakeReviewComment): Json => ({
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    user: userJson(c.user),
    body: c.body,
    path: c.path,
    line: c.line,
    start_line: c.startLine,
    side: 'RIGHT',
    start_side: c.startLine === null ? null : 'RIGHT',
    commit_id: c.commitId,
    html_url: `https://github.example/${repo}/pull/${c.pullNumber}#discussion_r${c.id}`,
  });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
  };
  const error = (status: number, message = DEFAULT_MESSAGES[status] ?? 'Error'): { status: number; body: Json } => ({
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest' },
  });

  const paginate = (pathname: string, query: URLSearchParams, items: Json[]): { body: Json; headers: Record<string, string> } => {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? '30') || 30));
    const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(query);
      q.set('page', String(p));
      return `<${base}${prefix}${pathname}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { body: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  };

  type Answer = { status: number; body: Json; headers?: Record<string, string> };

  const handle = (method: string, pathname: string, query: URLSearchParams, body: Record<string, unknown>, who: TokenInfo): Answer => {
    if (method === 'GET' && pathname === '/user') {
      return who.installation ? error(403) : { status: 200, body: userJson(who.user) };
    }
    const pf = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(pathname);
    if (pf !== null && method === 'GET') {
      const r = repos.get(`${decodeURIComponent(pf[1]!)}/${decodeURIComponent(pf[2]!)}`);
      const files = r?.pullFiles.get(Number(pf[3]));
      if (files === undefined) return error(404);
      const items = files.map((f, i) => ({
        sha: f.content !== undefined ? blobId(f.content) : i.toString(16).padStart(40, '0'),
        filename: f.filename,
        status: f.status ?? 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
      }));
      return { status: 200, ...paginate(pathname, query, items) };
    }
    const rv = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/(reviews|comments)(?:\/(\d+))?$/.exec(pathname);
    const rd = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)$/.exec(pathname);
    if (rv !== null || rd !== null) {
      const g = (rv ?? rd)!;
      const repo = `${decodeURIComponent(g[1]!)}/${decodeURIComponent(g[2]!)}`;
      const r = repos.get(repo);
      if (r === undefined) return error(404);
      if (method !== 'GET' && who.readOnly) return error(403);
      if (rd !== null) {
        const at = r.reviewComments.findIndex((c) => c.id === Number(rd[3]));
        if (at === -1 || method !== 'DELETE') return error(404);
        if (r.reviewComments[at]!.user !== who.user) return error(403, 'You cannot delete a comment written by someone else.');
        r.reviewComments.splice(at, 1);
        return { status: 204, body: null };
      }
      const n = Number(rv![3]);
      const issue = r.issues.get(n);
      if (issue === undefined || !issue.pullRequest) return error(404);
      if (rv![4] === 'comments') {
        if (method !== 'GET' || rv![5] !== undefined) return error(404);
        const list = r.reviewComments.filter((c) => c.pullNumber === n).sort((a, b) => a.id - b.id);
        return { status: 200, ...paginate(pathname, query, list.map((c) => reviewCommentJson(repo, c))) };
      }
      if (rv![5] !== undefined) {
        const review = r.reviews.find((x) => x.id === Number(rv![5]) && x.pullNumber === n);
        if (review === undefined) return error(404);
        if (method === 'GET') return { status: 200, body: reviewJson(repo, review) };
        if (method !== 'PUT') return error(404);
        if (review.user !== who.user) return error(403, 'You cannot edit a review written by someone else.');
        review.body = String(body['body']);
        return { status: 200, body: reviewJson(repo, review) };
      }
      if (method === 'GET') {
        const list = r.reviews.filter((x) => x.pullNumber === n).sort((a, b) => a.id - b.id);
        return { status: 200, ...paginate(pathname, query, list.map((x) => reviewJson(repo, x))) };
      }
      if (method !== 'POST') return error(404);
      const comments = Array.isArray(body['comments']) ? (body['comments'] as Array<Record<string, unknown>>) : [];
      const files = r.pullFiles.get(n) ?? [];
      for (const c of comments) {
        const file = files.find((f) => f.filename === c['path']);
        const line = Number(c['line']);
        const start = c['start_line'] === undefined ? line : Number(c['start_line']);
        const hunks = file?.patch !== undefined ? patchRanges(file.patch) : [];
        if (c['start_line'] !== undefined && !(start < line)) return error(422, 'Unprocessable Entity: start_line must precede line');
        if (c['side'] !== 'RIGHT' || !hunks.some((h) => h.start <= start && line <= h.end)) {
          return error(422, 'Unprocessable Entity: Pull request review thread line must be part of the diff');
        }
      }
      const review: FakeReview = { id: nextId++, pullNumber: n, user: who.user, body: String(body['body'] ?? ''), commitId: String(body['commit_id'] ?? ''), submittedAt: now() };
      r.reviews.push(review);
      for (const c of comments) {
        r.reviewComments.push({
          id: nextId++, reviewId: review.id, pullNumber: n, user: who.user, body: String(c['body']), path: String(c['path']),
          line: Number(c['line']), startLine: c['start_line'] === undefined ? null : Number(c['start_line']), commitId: review.commitId,
        });
      }
      return { status: 200, body: reviewJson(repo, review) };
    }
    const pg = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(pathname);
    if (pg !== null && method === 'GET') {
      const full = `${decodeURIComponent(pg[1]!)}/${decodeURIComponent(pg[2]!)}`;
      const n = Number(pg[3]);
      const issue = repos.get(full)?.issues.get(n);
      if (issue === undefined || !issue.pullRequest) return error(404);
      const head = repos.get(full)!.pullHeads.get(n) ?? '0'.repeat(40);
      return { status: 200, body: { number: n, state: issue.state, title: issue.title, user: userJson(issue.user), head: { sha: head, ref: 'feature' }, base: { sha: '0'.repeat(40), ref: 'main' } } };
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(comments)\/(\d+)|\/(\d+)(\/comments)?)?$/.exec(pathname);
    if (m === null) return error(404);
    const repo = `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`;
    const r = repos.get(repo);
    if (r === undefined) return error(404);
    if (method !== 'GET' && who.readOnly) return error(403);
    const write = method !== 'GET';

    if (m[3] === 'comments') {
      const c = r.comments.find((x) => x.id === Number(m[4]));
      if (c === undefined) return error(404);
      if (method === 'GET') return { status: 200, body: commentJson(repo, c) };
      if (method === 'PATCH') {
        if (c.user !== who.user) return error(403, 'You cannot edit a comment written by someone else.');
        c.body = String(body['body']);
        c.updatedAt = now();
        return { status: 200, body: commentJson(repo, c) };
      }
      return error(404);
    }
    if (m[5] !== undefined) {
      const issue = r.issues.get(Number(m[5]));
      if (issue === undefined) return error(404);
      if (m[6] !== undefined) {
        if (method === 'GET') {
          const list = r.comments.filter((c) => c.issueNumber === issue.number).sort((a, b) => a.id - b.id);
          const p = paginate(pathname, query, list.map((c) => commentJson(repo, c)));
          return { status: 200, ...p };
        }
        if (method === 'POST') {
          const at = now();
          const c: FakeComment = { id: nextId++, issueNumber: issue.number, body: String(body['body']), user: who.user, createdAt: at, updatedAt: at };
          r.comments.push(c);
          return { status: 201, body: commentJson(repo, c) };
        }
        return error(404);
      }
      if (method === 'GET') return { status: 200, body: issueJson(repo, issue) };
      if (method === 'PATCH') {
        if (typeof body['title'] === 'string') issue.title = body['title'];
        if (typeof body['body'] === 'string') issue.body = body['body'];
        if (body['state'] === 'open' || body['state'] === 'closed') {
          if (body['state'] !== issue.state) issue.stateReason = typeof body['state_reason'] === 'string' ? body['state_reason'] : body['state'] === 'closed' ? 'completed' : 'reopened';
          issue.state = body['state'];
        }
        if (Array.isArray(body['labels'])) issue.labels = body['labels'].map(String);
        return { status: 200, body: issueJson(repo, issue) };
      }
      return error(404);
    }
    if (method === 'GET') {
      const state = query.get('state') ?? 'open';
      const labels = (query.get('labels') ?? '').split(',').filter((l) => l !== '');
      const direction = query.get('direction') ?? 'desc';
      const list = [...r.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      return { status: 200, ...paginate(pathname, query, list.map((i) => issueJson(repo, i))) };
    }
    if (method === 'POST' && write) {
      const labels = Array.isArray(body['labels']) ? body['labels'].map(String) : [];
      for (const l of labels) r.labels.add(l);
      const issue: FakeIssue = {
        number: r.next++,
        title: String(body['title']),
        body: typeof body['body'] === 'string' ? body['body'] : '',
        state: 'open',
        stateReason: null,
        labels,
        user: who.user,
        pullRequest: false,
        createdAt: now(),
      };
      r.issues.set(issue.number, issue);
      return { status: 201, body: issueJson(repo, issue) };
    }
    return error(404);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (prefix !== '') {
        if (!url.pathname.startsWith(`${prefix}/`)) {
          violations.push(`${req.method} ${url.pathname}: outside the API root ${prefix}`);
          requests.push({ method: req.method ?? '', path: url.pathname, query: {}, body: undefined, operationId: null, status: 404 });
          return send(res, 404, { message: 'Not Found' });
        }
        url.pathname = url.pathname.slice(prefix.length);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      const rec: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, operationId: null, status: 0 };
      requests.push(rec);
      const answer = (a: Answer): void => {
        rec.status = a.status;
        send(res, a.status, a.body, a.headers);
      };
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          violations.push(`${method} ${url.pathname}: the body is not JSON`);
          return answer(error(400, 'Problems parsing JSON'));
        }
      }
      rec.body = body;
      const checked = validateRequest(method, url.pathname, url.searchParams, body, raw !== '');
      rec.operationId = checked.operationId;
      if (checked.errors.length > 0) {
        violations.push(...checked.errors);
        return answer(error(400, `request does not match GitHub's REST API: ${checked.errors.join('; ')}`));
      }
      const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '');
      const who = auth ? tokens.get(auth[1]!) : undefined;
      if (who === undefined) return answer(error(401));
      const fault = faults.find(
        (f) =>
          f.left > 0 &&
          (f.method === undefined || f.method === method) &&
          (f.path === undefined || (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname))),
      );
      if (fault !== undefined) {
        fault.left--;
        return answer({ status: fault.status, body: (fault.body ?? error(fault.status).body) as Json, ...(fault.headers ? { headers: fault.headers } : {}) });
      }
      answer(handle(method, url.pathname, url.searchParams, (body ?? {}) as Record<string, unknown>, who));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const addIssue: FakeGitHub['addIssue'] = (repo, i) => {
    const r = repoState(repo);
    const issue: FakeIssue = {
      number: r.next++,
      title: i.title,
      body: i.body,
      state: i.state ?? 'open',
      stateReason: i.state === 'closed' ? 'completed' : null,
      labels: i.labels ?? [],
      user: user(i.author),
      pullRequest: i.pullRequest ?? false,
      createdAt: now(),
    };
    r.issues.set(issue.number, issue);
    return issue.number;
  };

  return {
    url: `${base}${prefix}`,
    requests,
    violations,
    addToken(token, login, opts = {}) {
      const u = user(login, opts.type);
      tokens.set(token, { user: u, installation: opts.installation ?? false, readOnly: opts.readOnly ?? false });
      return u;
    },
    addPullRequest(repo, author = 'contributor', files = [], headSha) {
      const n = addIssue(repo, { title: 'A change', body: '', author, pullRequest: true });
      repoState(repo).pullFiles.set(n, files.map((f) => (typeof f === 'string' ? { filename: f } : f)));
      if (headSha !== undefined) repoState(repo).pullHeads.set(n, headSha);
      return n;
    },
    addIssue,
    addComment(repo, issueNumber, author, body) {
      const at = now();
      const c: FakeComment = { id: nextId++, issueNumber, body, user: user(author), createdAt: at, updatedAt: at };
      repoState(repo).comments.push(c);
      return c;
    },
    addReview(repo, pullNumber, author, body, comments = []) {
      const r = repoState(repo);
      const review: FakeReview = { id: nextId++, pullNumber, user: user(author), body, commitId: '0'.repeat(40), submittedAt: now() };
      r.reviews.push(review);
      for (const c of comments) {
        r.reviewComments.push({ id: nextId++, reviewId: review.id, pullNumber, user: review.user, body: c.body, path: c.path, line: c.line, startLine: null, commitId: review.commitId });
      }
      return review;
    },
    reviews: (repo, n) => repoState(repo).reviews.filter((x) => x.pullNumber === n).sort((a, b) => a.id - b.id),
    reviewComments: (repo, n) => repoState(repo).reviewComments.filter((c) => c.pullNumber === n).sort((a, b) => a.id - b.id),
    comments: (repo, n) => repoState(repo).comments.filter((c) => c.issueNumber === n).sort((a, b) => a.id - b.id),
    issues: (repo) => [...repoState(repo).issues.values()],
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    lines: () => requests.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length > 0 ? `?${new URLSearchParams(r.query).toString()}` : ''}`),
    writes: () => requests.filter((r) => r.method !== 'GET'),
    clearRequests() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
