/**
 * Reading JSON over the HttpClient port: one request with the run's deadline, size limit and user agent
 * (`getJson`), and a bounded number of requests in flight (`mapLimited`). `getJson` never throws: a network error,
 * timeout, HTTP status other than 200, an oversize, non-UTF-8 or incomplete body is returned as a reason, with the
 * status when there was a response and whether the source looks unreachable.
 */
import { HttpError, type HttpClient } from '../../ports/index.js';
import type { FeedOptions } from './model.js';

type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string; status: number | null; network?: boolean };

export async function getJson(http: HttpClient, url: string, opts: FeedOptions, maxBytes: number): Promise<JsonResult> {
  let res;
  try {
    res = await http.get(url, {
      timeoutMs: opts.timeoutMs,
      maxBytes,
      ...(opts.userAgent ? { headers: { 'user-agent': opts.userAgent } } : {}),
    });
  } catch (err) {
    const reason = err instanceof HttpError ? err.message : `request failed (${err instanceof Error ? err.message : String(err)})`;
    const network = !(err instanceof HttpError) || err.kind !== 'too-large';
    return { ok: false, reason, status: null, network };
  }
  if (res.status !== 200) return { ok: false, reason: `HTTP ${res.status}`, status: res.status };
  if (res.body.byteLength > maxBytes) return { ok: false, reason: `the response is more than the limit of ${maxBytes} bytes`, status: res.status };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(res.body);
  } catch {
    return { ok: false, reason: 'the response is not UTF-8 text', status: res.status };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, reason: `the response is not complete, valid JSON (${(err as Error).message})`, status: res.status };
  }
}

export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
