/** The work list's filters and order, kept in the address so a filtered list can be bookmarked and shared. */
import type { OpenLeadStatus, Temperature, WorklistFilter, WorklistOrder } from "@revgraph/client/graphql";
import { useId } from "react";
import type { SetURLSearchParams } from "react-router";

const STATUSES: OpenLeadStatus[] = ["NEW", "CONTACTED", "QUALIFIED"];
const TEMPERATURES: Temperature[] = ["HOT", "WARM", "COLD"];

export interface WorklistQuery {
  filter: WorklistFilter;
  orderBy: WorklistOrder;
}

export function worklistQueryFrom(params: URLSearchParams): WorklistQuery {
  const statuses = params.getAll("status").filter((s): s is OpenLeadStatus => (STATUSES as string[]).includes(s));
  const temperatures = params.getAll("temp").filter((t): t is Temperature => (TEMPERATURES as string[]).includes(t));
  const source = params.get("source")?.trim();
  const min = Number(params.get("min"));
  return {
    filter: {
      ...(statuses.length ? { statuses } : {}),
      ...(temperatures.length ? { temperatures } : {}),
      ...(source ? { sources: [source] } : {}),
      ...(min > 0 && min <= 100 ? { minProbability: min / 100 } : {}),
    },
    orderBy: params.get("order") === "EXPECTED_VALUE" ? "EXPECTED_VALUE" : "PROBABILITY",
  };
}

export function WorklistFilters({ params, setParams, sources }: { params: URLSearchParams; setParams: SetURLSearchParams; sources: string[] }) {
  const id = useId();
  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };
  const statuses = params.getAll("status");
  const temperatures = params.getAll("temp");
  return (
    <form className="filters" aria-label="Work list filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Status</legend>
        {STATUSES.map((status) => (
          <label key={status} className="checkbox">
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={(e) =>
                update((next) => {
                  next.delete("status");
                  for (const s of STATUSES) if (s === status ? e.target.checked : statuses.includes(s)) next.append("status", s);
                })
              }
            />
            {status.charAt(0) + status.slice(1).toLowerCase()}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Temperature</legend>
        {TEMPERATURES.map((temperature) => (
          <label key={temperature} className="checkbox">
            <input
              type="checkbox"
              checked={temperatures.includes(temperature)}
              onChange={(e) =>
                update((next) => {
                  next.delete("temp");
                  for (const t of TEMPERATURES) if (t === temperature ? e.target.checked : temperatures.includes(t)) next.append("temp", t);
                })
              }
            />
            {temperature.charAt(0) + temperature.slice(1).toLowerCase()}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source</label>
        <input
          id={`${id}-source`}
          list={`${id}-sources`}
          defaultValue={params.get("source") ?? ""}
          placeholder="Any"
          onBlur={(e) => update((next) => (e.target.value.trim() ? next.set("source", e.target.value.trim()) : next.delete("source")))}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.currentTarget.blur();
          }}
        />
        <datalist id={`${id}-sources`}>
          {sources.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-min`}>Minimum probability (%)</label>
        <input
          id={`${id}-min`}
          type="number"
          min={0}
          max={100}
          step={5}
          value={params.get("min") ?? ""}
          placeholder="0"
          onChange={(e) => update((next) => (e.target.value ? next.set("min", e.target.value) : next.delete("min")))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-order`}>Order by</label>
        <select id={`${id}-order`} value={params.get("order") ?? "PROBABILITY"} onChange={(e) => update((next) => next.set("order", e.target.value))}>
          <option value="PROBABILITY">Probability</option>
          <option value="EXPECTED_VALUE">Expected value</option>
        </select>
      </div>
    </form>
  );
}
