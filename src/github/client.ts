/**
 * The GitHub REST client of the action's GitHub sinks (pull request comment, tracking issue): Octokit as
 * @actions/github builds it (proxy support, user agent), with Octokit's retry and throttling plugins.
 *
 * Retries:
 * - a server error (5xx, or the connection failing) is retried up to `serverErrorRetries` times, after 1, 4, 9 … s;
 * - a rate limit (primary: 403/429 with `x-ratelimit-remaining: 0`, waiting until `x-ratelimit-reset`; secondary:
 *   403/429 saying "secondary rate limit", waiting `retry-after` seconds) is retried up to `rateLimitRetries` times;
 * - nothing else is retried: a 4xx means the request is wrong or not allowed, and asking again will not change that;
 * - all the waiting of one client together stays within `maxWaitSeconds` (default 60): a retry that would go over
 *   it is not made and the error is passed on, so a run never hangs on GitHub for long.
 *
 * The API address is passed in (the action gives GITHUB_API_URL, which points at GitHub Enterprise Server there);
 * this module reads no environment variable itself.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The login GitHub shows as the author of whatever the workflow's GITHUB_TOKEN writes. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface ClientLog {
  debug(message: string): void;
  warn(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST API root, e.g. https://api.github.com or https://ghes.example/api/v3. */
  baseUrl: string;
  userAgent?: string;
  /** Total seconds one client may spend waiting to retry (server errors and rate limits together). Default 60. */
  maxWaitSeconds?: number;
  /** Retries of one request after a server error. Default 3. */
  serverErrorRetries?: number;
  /** Retries of one request after a rate limit. Default 2. */
  rateLimitRetries?: number;
  /** Real milliseconds per second of waiting; 1000 except in tests, which shrink every wait. */
  msPerSecond?: number;
  /**
   * Space write requests as GitHub asks (one at a time, 1 s apart, 3 s apart for ones that notify).
   * Default true; tests turn it off to run fast.
   */
  paceWrites?: boolean;
  log?: ClientLog;
}

/** Every 4xx but 429 (rate limits are the throttling plugin's business, and 429 is one of them). */
const NOT_RETRIED = Array.from({ length: 100 }, (_, i) => 400 + i);

/** A shared allowance of waiting seconds; `take` spends from it only when the whole wait fits. */
class WaitBudget {
  private spent = 0;
  constructor(private readonly limit: number) {}
  take(seconds: number): boolean {
    if (!(seconds >= 0) || this.spent + seconds > this.limit) return false;
    this.spent += seconds;
    return true;
  }
}

interface RequestOptionsLike {
  method?: string;
  url?: string;
  request?: { retries?: number; retryCount?: number };
}

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const budget = new WaitBudget(opts.maxWaitSeconds ?? 60);
  const serverErrorRetries = opts.serverErrorRetries ?? 3;
  const rateLimitRetries = opts.rateLimitRetries ?? 2;
  const msPerSecond = opts.msPerSecond ?? 1000;
  const log: ClientLog = opts.log ?? { debug: () => {}, warn: () => {} };

  /**
   * Registered before the retry plugin, so it sees each failure first: when the retry plugin would wait longer than
   * what is left of the budget, it sets the request's retries to 0 and the error goes straight to the caller.
   * The retry plugin waits (retryCount + 1)² seconds before retry number retryCount + 1.
   */
  const waitBudgetPlugin = (octokit: { hook: { error(name: 'request', fn: (error: unknown, options: RequestOptionsLike) => unknown): void } }): object => {
    octokit.hook.error('request', (error, options) => {
      const status = (error as { status?: number }).status;
      if (typeof status === 'number' && status >= 400 && !NOT_RETRIED.includes(status)) {
        const retryCount = options.request?.retryCount ?? 0;
        const retries = options.request?.retries ?? serverErrorRetries;
        if (retryCount < retries) {
          const wait = (retryCount + 1) ** 2;
          if (budget.take(wait)) {
            log.debug(`GitHub answered ${status} to ${options.method} ${options.url}; retrying in ${wait} s`);
          } else {
            log.warn(`GitHub answered ${status} to ${options.method} ${options.url}; not retrying, the time allowed for retries is used up`);
            if (options.request) options.request.retries = 0;
            else options.request = { retries: 0 };
          }
        }
      }
      throw error;
    });
    return {};
  };

  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= rateLimitRetries) {
        log.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: giving up after ${retryCount} retries`);
        return false;
      }
      if (!budget.take(retryAfter)) {
        log.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: waiting ${retryAfter} s would exceed the time allowed for retries`);
        return false;
      }
      log.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
      return true;
    };

  const throttle: Record<string, unknown> = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: msPerSecond,
    fallbackSecondaryRateRetryAfter: 60,
  };
  if (opts.paceWrites === false) {
    throttle['write'] = passThroughGroup;
    throttle['notifications'] = passThroughGroup;
    throttle['search'] = passThroughGroup;
  }

  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl.replace(/\/+$/, ''),
      ...(opts.userAgent !== undefined ? { userAgent: opts.userAgent } : {}),
      retry: { retries: serverErrorRetries, doNotRetry: NOT_RETRIED, retryAfterBaseValue: msPerSecond },
      throttle: throttle as never,
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warn(String(m)), error: (m: string) => log.warn(String(m)) },
    },
    waitBudgetPlugin as never,
    retry,
    throttling,
  );
}

/** Stands in for a Bottleneck group that spaces requests: runs each job at once. */
const passThroughGroup = {
  key: () => ({
    schedule: (...args: unknown[]): Promise<unknown> => {
      const at = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[at] as (...a: unknown[]) => unknown;
      return Promise.resolve().then(() => fn(...args.slice(at + 1)));
    },
  }),
};

/**
 * The login the token writes as, to recognise the comment and issue this action wrote before.
 *
 * `GET /user` answers for a personal access token (classic or fine-grained) and a user-to-server token. For an
 * installation token, which is what the workflow's GITHUB_TOKEN is, GitHub answers 403 ("Resource not accessible by
 * integration"), and no endpoint an installation token may call names its own bot account: the caller then gives
 * the bot login, `github-actions[bot]` for GITHUB_TOKEN or `<app-slug>[bot]` for another GitHub App. A 401 (a bad
 * token) and any other error are passed on.
 */
export async function resolveSelfLogin(octokit: GitHubClient, appBotLogin: string = ACTIONS_BOT_LOGIN): Promise<string> {
  try {
    const res = await octokit.request('GET /user');
    const login = (res.data as { login?: unknown }).login;
    if (typeof login === 'string' && login !== '') return login;
    return appBotLogin;
  } catch (error) {
    if ((error as { status?: number }).status === 403) return appBotLogin;
    throw error;
  }
}

/** Whether two GitHub logins name the same account (logins are case-insensitive). */
export function sameLogin(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/** The HTTP status of an Octokit request error, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
