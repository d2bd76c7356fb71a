/**
 * The signed-in demo persona and its token, kept for the browser tab only
 * (sessionStorage), and the GraphQL client that sends the token.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { Client, cacheExchange, fetchExchange, Provider } from 'urql';
import { AGENCIES, type Agency } from './agencies';

export { AGENCIES, type Agency };

export interface Persona {
  key: string;
  name: string;
  org: string;
  roles: string[];
  teams: string[];
  description: string;
}

export interface Session {
  token: string;
  persona: Persona;
}

interface SessionState {
  session: Session | null;
  signIn: (s: Session) => void;
  signOut: () => void;
}

const KEY = 'mk.session';
const Context = createContext<SessionState | null>(null);

function stored(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function makeClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // POST with a JSON body, which the gateway's CSRF rule accepts.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(stored);
  const client = useMemo(() => makeClient(session?.token ?? null), [session]);
  const state = useMemo<SessionState>(
    () => ({
      session,
      signIn: (s) => {
        sessionStorage.setItem(KEY, JSON.stringify(s));
        setSession(s);
      },
      signOut: () => {
        sessionStorage.removeItem(KEY);
        setSession(null);
      },
    }),
    [session],
  );
  return (
    <Context.Provider value={state}>
      <Provider value={client}>{children}</Provider>
    </Context.Provider>
  );
}

export function useSession(): SessionState {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export function isAgency(org: string): org is Agency {
  return (AGENCIES as readonly string[]).includes(org);
}

/** Demo sign-in: the persona list, or null when the server offers none (production). */
export async function fetchPersonas(): Promise<Persona[] | null> {
  const res = await fetch('/dev/personas');
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { personas: Persona[] }).personas;
}

export async function requestToken(persona: string): Promise<Session> {
  const res = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const body = (await res.json()) as { token?: string; persona?: Persona; errors?: Array<{ message: string }> };
  if (!res.ok || !body.token || !body.persona) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return { token: body.token, persona: body.persona };
}
