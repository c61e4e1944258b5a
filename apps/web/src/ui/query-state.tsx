/** The states every page shows while it has no data: loading, error (with the server's message), empty. */
import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";

export function Loading({ label }: { label: string }) {
  return (
    <p className="state state-loading" role="status">
      {label}
    </p>
  );
}

export function ErrorNotice({ error, title = "Something went wrong" }: { error: ErrorLike; title?: string }) {
  return (
    <div className="state state-error" role="alert">
      <strong>{title}.</strong> {error.message}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

/** The `errors` of a mutation payload (UserError), shown next to what the user did. */
export function UserErrors({ errors }: { errors: readonly { field: string; code: string; message: string }[] }) {
  if (!errors.length) return null;
  return (
    <ul className="user-errors" role="alert">
      {errors.map((e) => (
        <li key={`${e.field}:${e.code}`}>
          {e.message} <span className="muted">({e.code})</span>
        </li>
      ))}
    </ul>
  );
}
