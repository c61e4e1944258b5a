/** Development: switch between the demo users the gateway's development sign-in offers. */
import { useEffect, useId, useState } from "react";
import { fetchDevUsers, type DevUser } from "./session";
import { useSession } from "./session-context";

export function UserSwitcher() {
  const { state, signInAs, signOut } = useSession();
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const id = useId();
  useEffect(() => {
    fetchDevUsers().then(setUsers, () => setUsers(null));
  }, []);
  const current = state.status === "signed-in" ? state.session.devUser : undefined;
  if (!users?.length || (state.status === "signed-in" && state.session.source === "host")) return null;
  const byOrg = new Map<string, DevUser[]>();
  for (const u of users) byOrg.set(u.organizationId, [...(byOrg.get(u.organizationId) ?? []), u]);
  return (
    <div className="user-switcher">
      <label htmlFor={id}>Signed in as</label>
      <select
        id={id}
        value={current ? `${current.organizationId}/${current.id}` : ""}
        onChange={(e) => {
          const [org, user] = e.target.value.split("/");
          if (org && user) void signInAs(user, org);
        }}
      >
        {!current ? <option value="">Choose a demo user</option> : null}
        {[...byOrg].map(([org, members]) => (
          <optgroup key={org} label={org}>
            {members.map((u) => (
              <option key={u.id} value={`${u.organizationId}/${u.id}`}>
                {u.id} ({u.role})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {current ? (
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      ) : null}
    </div>
  );
}

/** Shown when no token is at hand: the demo users in development, else where the token should come from. */
export function SignInPage({ error }: { error?: string }) {
  const { signInAs } = useSession();
  const [users, setUsers] = useState<DevUser[] | null | undefined>(undefined);
  useEffect(() => {
    fetchDevUsers().then(setUsers, () => setUsers(null));
  }, []);
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      {error ? <p role="alert">{error}</p> : null}
      {users === undefined ? <p role="status">Looking for development sign-in…</p> : null}
      {users === null ? <p>This app needs a token from its host page (window.__REVGRAPH_TOKEN__); none was provided. Sign in through your organization's portal.</p> : null}
      {users?.length === 0 ? <p>No users yet: start the stack with its demo data (pnpm start).</p> : null}
      {users?.length ? (
        <>
          <p>Development sign-in: choose a demo user.</p>
          <ul className="user-list">
            {users.map((u) => (
              <li key={`${u.organizationId}/${u.id}`}>
                <button type="button" onClick={() => void signInAs(u.id, u.organizationId)}>
                  {u.id}{" "}
                  <span className="muted">
                    ({u.role}, {u.organizationId})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
