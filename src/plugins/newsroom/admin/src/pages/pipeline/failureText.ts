/**
 * A failed job's error as the pipeline page shows it. Most jobs keep their
 * error's message as text; a scheduled publish the rules refused at firing
 * keeps the contract's rejected-write shape as JSON (`{ message, details:
 * { errors: [{ path, message }] } }`): then its message and each problem with
 * the field it is on. A plain error shows its first line; its stack is kept
 * for "details".
 */
export interface FailureText {
  message: string;
  /** What follows an error's first line (its stack), shown on request. */
  detail?: string;
  problems: Array<{ path: string; message: string }>;
}

interface RefusalShape {
  message?: unknown;
  details?: { errors?: Array<{ path?: unknown; message?: unknown }> };
}

const parse = (text: string): RefusalShape | undefined => {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
};

export const failureText = (lastError: string | null): FailureText => {
  const text = lastError ?? '';
  const shape = parse(text);
  if (!shape || typeof shape.message !== 'string') {
    const [first = '', ...rest] = text.split('\n');
    const detail = rest.join('\n').trim();
    return detail ? { message: first, detail, problems: [] } : { message: first, problems: [] };
  }
  const problems = (shape.details?.errors ?? [])
    .filter((e) => typeof e.message === 'string')
    .map((e) => ({ path: Array.isArray(e.path) ? e.path.map(String).join('.') : '', message: String(e.message) }));
  return { message: shape.message, problems };
};
