/** The HttpClient port on the global fetch (Node 20+): GET only, with a deadline and a body size limit. */
import { HttpError, type HttpClient, type HttpGetOptions, type HttpResponse } from '../ports/index.js';

export function fetchHttpClient(userAgent: string): HttpClient {
  return {
    async get(url: string, opts: HttpGetOptions): Promise<HttpResponse> {
      if (!/^https?:\/\//i.test(url)) throw new HttpError('network', `not an http(s) URL: ${url}`);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, opts.timeoutMs);
      const fail = (err: unknown): never => {
        if (err instanceof HttpError) throw err;
        if (timedOut) throw new HttpError('timeout', `no complete response within ${opts.timeoutMs} ms`);
        const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
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
        const chunks: Uint8Array[] = [];
        let size = 0;
        if (res.body) {
          const reader = res.body.getReader();
          for (;;) {
            const { done, value } = await reader.read().catch(fail);
            if (done) break;
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
      } catch (err) {
        return fail(err);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
