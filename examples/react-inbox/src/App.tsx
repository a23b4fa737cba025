import { useEffect, useMemo, useState } from 'react';
import { Client, Provider, fetchExchange } from 'urql';
import type { ConnectionState } from '@kefu/client';
import { SignInDocument } from '@kefu/client/documents';
import { ConversationView } from './ConversationView.tsx';
import { Inbox } from './Inbox.tsx';
import { createKefuSession, type KefuSession } from './kefu-session.ts';

export function App({ url, initialToken }: { url: string; initialToken: string | null }) {
  const [token, setToken] = useState(initialToken);
  if (!token) return <SignIn url={url} onSignedIn={(value) => (sessionStorage.setItem('kefu:token', value), setToken(value))} />;
  return <SignedIn url={url} token={token} />;
}

function SignIn({ url, onSignedIn }: { url: string; onSignedIn(token: string): void }) {
  const client = useMemo(() => new Client({ url, preferGetMethod: false, exchanges: [fetchExchange] }), [url]);
  const [error, setError] = useState<string | null>(null);
  const submit = async (form: FormData) => {
    const result = await client.mutation(SignInDocument, { input: { email: String(form.get('email')), password: String(form.get('password')) } }).toPromise();
    if (result.data) return onSignedIn(result.data.signIn.token);
    setError(result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? 'Sign-in failed');
  };
  return (
    <form action={submit}>
      <h1>Kefu inbox</h1>
      <input name="email" type="email" placeholder="email" required />
      <input name="password" type="password" placeholder="password" required />
      <button type="submit">Sign in</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function SignedIn({ url, token }: { url: string; token: string }) {
  // Made in an effect, not a memo, so the session an unmount closes is never used again (React's
  // StrictMode mounts twice in development).
  const [session, setSession] = useState<KefuSession | null>(null);
  useEffect(() => {
    const created = createKefuSession(url, token);
    setSession(created);
    return () => created.close();
  }, [url, token]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  useEffect(() => session?.kefu.state.onChange(setConnection), [session]);
  const [selected, setSelected] = useState<string | null>(null);
  if (!session) return null;
  return (
    <Provider value={session.urql}>
      <header>
        Kefu inbox · <span data-testid="connection">{connection}</span>
      </header>
      <main style={{ display: 'flex', gap: '1rem' }}>
        <Inbox selected={selected} onSelect={setSelected} />
        {selected && <ConversationView key={selected} kefu={session.kefu} conversationId={selected} />}
      </main>
    </Provider>
  );
}
