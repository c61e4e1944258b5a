/** Renders a page under the app's real Apollo cache and a router, with Apollo's MockedProvider answering at the link. */
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { createCache } from "../apollo/create-client";

export function renderPage(element: ReactNode, { mocks, path = "/", route = "/" }: { mocks: MockLink.MockedResponse[]; path?: string; route?: string }) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
