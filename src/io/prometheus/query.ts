import { LeptonError } from '../../core/errors/index.js';

export interface PrometheusSettings {
  /** The server's base URL (`https://prometheus.example.com`, may end in a path prefix). */
  readonly url: string;
  /** Sent as `Authorization: Bearer …` when set; never logged. */
  readonly token?: string;
  /** Per query (default 30 s). */
  readonly timeoutMs?: number;
}

/** One query's answer: its single value, or why there is none. */
export type QueryAnswer =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

interface ApiResponse {
  readonly status?: string;
  readonly errorType?: string;
  readonly error?: string;
  readonly data?: {
    readonly resultType?: string;
    readonly result?: unknown;
  };
}

function sampleValue(pair: unknown): number | null {
  // A sample is [unix seconds, "value as a string"] (Prometheus HTTP API, "Expression query
  // result formats"); the string may be "NaN", "+Inf" or "-Inf".
  if (!Array.isArray(pair) || typeof pair[1] !== 'string') return null;
  const text = pair[1];
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const v = Number(text);
  return text.trim() !== '' && !Number.isNaN(v) ? v : text === 'NaN' ? NaN : null;
}

/**
 * Runs one instant query (`GET /api/v1/query`, https://prometheus.io/docs/prometheus/latest/querying/api/#instant-queries)
 * and takes its single value: a scalar, or a vector with exactly one series.
 *
 * @returns `{ok: false, reason}` when the query succeeded but has no single value (no series,
 *   several series, a string result)
 * @throws LeptonError kind `eval` when the server cannot be reached, answers with an HTTP or
 *   query error, or with something that is not the API's JSON
 */
export async function queryValue(
  settings: PrometheusSettings,
  query: string,
): Promise<QueryAnswer> {
  const base = settings.url.replace(/\/+$/, '');
  const url = `${base}/api/v1/query?${new URLSearchParams({ query }).toString()}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/json',
        ...(settings.token && { authorization: `Bearer ${settings.token}` }),
      },
      signal: AbortSignal.timeout(settings.timeoutMs ?? 30_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    throw new LeptonError('eval', `Prometheus at ${base} cannot be reached: ${why}`);
  }
  let body: ApiResponse;
  try {
    body = (await response.json()) as ApiResponse;
  } catch {
    throw new LeptonError(
      'eval',
      `Prometheus at ${base} answered HTTP ${response.status} without the API's JSON`,
    );
  }
  if (body.status !== 'success') {
    throw new LeptonError(
      'eval',
      `Prometheus refused the query (HTTP ${response.status}, ${body.errorType ?? 'error'}): ${body.error ?? 'no message'}`,
      [`query: ${query}`],
    );
  }
  const type = body.data?.resultType;
  const result = body.data?.result;
  if (type === 'scalar') {
    const v = sampleValue(result);
    return v === null
      ? { ok: false, reason: 'the scalar result has no value' }
      : { ok: true, value: v };
  }
  if (type !== 'vector' || !Array.isArray(result)) {
    return { ok: false, reason: `the query returned a ${type ?? 'missing'} result, not one value` };
  }
  if (result.length === 0) return { ok: false, reason: 'the query returned no series (no data)' };
  if (result.length > 1) {
    return {
      ok: false,
      reason: `the query returned ${result.length} series; aggregate it to one (e.g. avg(…) or sum(…))`,
    };
  }
  const v = sampleValue((result[0] as { value?: unknown }).value);
  return v === null ? { ok: false, reason: 'the series has no value' } : { ok: true, value: v };
}
