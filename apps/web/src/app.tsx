/** The app's shell: sign-in, the Apollo client of the session, navigation, and the pages. */
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { useMemo } from "react";
import { BrowserRouter, NavLink, Route, Routes } from "react-router";
import { AccountsPage } from "./accounts/accounts-page";
import { createApolloClient } from "./apollo/create-client";
import { AnalyticsPage } from "./analytics/analytics-page";
import { LeadPage } from "./lead/lead-page";
import { MyModelPage } from "./model/my-model-page";
import type { Session } from "./session/session";
import { useSession } from "./session/session-context";
import { SignInPage, UserSwitcher } from "./session/user-switcher";
import { enumLabel } from "./ui/format";
import { WorklistPage } from "./worklist/worklist-page";

const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      email
      role
    }
  }
`);

export function App() {
  const { state } = useSession();
  if (state.status === "loading") return <p role="status">Signing in…</p>;
  if (state.status === "signed-out") return <SignInPage error={state.error} />;
  return <SignedIn session={state.session} />;
}

function SignedIn({ session }: { session: Session }) {
  // A new client (and cache) per session: nothing one user saw is shown to the next.
  const client = useMemo(() => createApolloClient(session.getToken), [session]);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter basename="/app">
        <AppRoutes />
      </BrowserRouter>
    </ApolloProvider>
  );
}

export function AppRoutes() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route index element={<WorklistPage />} />
          <Route path="leads/:id" element={<LeadPage />} />
          <Route path="model" element={<MyModelPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="analytics" element={<AnalyticsPage />} />
          <Route path="*" element={<h1>Page not found</h1>} />
        </Routes>
      </main>
    </>
  );
}

function Header() {
  const { data } = useQuery(CurrentUserQuery);
  const me = data?.me;
  return (
    <header className="app-header">
      <span className="brand">revgraph</span>
      <nav aria-label="Main">
        <NavLink to="/" end>
          Work list
        </NavLink>
        <NavLink to="/model">My model</NavLink>
        <NavLink to="/accounts">Accounts</NavLink>
        {me && me.role !== "REP" ? <NavLink to="/analytics">Analytics</NavLink> : null}
      </nav>
      <span className="me">{me ? `${me.email ?? me.id} · ${enumLabel(me.role)}` : ""}</span>
      <UserSwitcher />
    </header>
  );
}
