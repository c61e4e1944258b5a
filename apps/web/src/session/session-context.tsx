/** Holds the signed-in session and lets the user switcher change it (development only). */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { devSignIn, forgetDevSession, hostSession, storedDevSession, type Session } from "./session";

type SessionState = { status: "loading" } | { status: "signed-out"; error?: string } | { status: "signed-in"; session: Session };

interface SessionContextValue {
  state: SessionState;
  signInAs(userId: string, organizationId?: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession is used outside SessionProvider");
  return value;
}

/** `?as=rep-alice` (and optionally `&org=…`) in the address signs in as that demo user: the link `pnpm start` prints. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const signInAs = useCallback(async (userId: string, organizationId?: string) => {
    try {
      setState({ status: "signed-in", session: await devSignIn(userId, organizationId) });
    } catch (error) {
      setState({ status: "signed-out", error: (error as Error).message });
    }
  }, []);

  const signOut = useCallback(() => {
    forgetDevSession();
    setState({ status: "signed-out" });
  }, []);

  useEffect(() => {
    const host = hostSession();
    if (host) return setState({ status: "signed-in", session: host });
    const url = new URL(window.location.href);
    const as = url.searchParams.get("as");
    if (as) {
      const org = url.searchParams.get("org") ?? undefined;
      url.searchParams.delete("as");
      url.searchParams.delete("org");
      window.history.replaceState(null, "", url);
      void signInAs(as, org);
      return;
    }
    const stored = storedDevSession();
    setState(stored ? { status: "signed-in", session: stored } : { status: "signed-out" });
  }, [signInAs]);

  return <SessionContext.Provider value={{ state, signInAs, signOut }}>{children}</SessionContext.Provider>;
}
