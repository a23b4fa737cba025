// The GraphQL client `kefu bot eval --faq` talks to its in-process Kefu with: JSON over HTTP,
// exactly what any API client sends, throwing on GraphQL errors.
export interface EvalClient {
  request<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T>;
}

export function createEvalClient(url: string): EvalClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length || !body.data) {
        const detail = (body.errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
        throw new Error(`the eval's GraphQL request failed (HTTP ${response.status}): ${detail || 'no data'}`);
      }
      return body.data;
    },
  };
}
