/** Small JSON-over-HTTP client for tests: what a frontend or integrator sends. */
export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export const http = (baseUrl: string, token?: string) => {
  const send = async <T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonResponse<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // non-JSON answers (e.g. 405 pages) are kept as text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => send<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => send<T>('POST', path, body, headers),
    put: <T = any>(path: string, body?: unknown) => send<T>('PUT', path, body),
    delete: <T = any>(path: string) => send<T>('DELETE', path),
    graphql: <T = any>(query: string, variables?: Record<string, unknown>) => send<T>('POST', '/graphql', { query, variables }),
  };
};
