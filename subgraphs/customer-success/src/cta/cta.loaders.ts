import type DataLoader from "dataloader";
import type { CtaStatus } from "@revgraph/db/vocabulary";
import { batchLoader, groupLoader } from "@revgraph/graph";
import type { PlaybookRepository } from "../playbook/playbook.repository";
import type { CtaRepository, CtaRow } from "./cta.repository";

/** Per-request loaders: CTAs by id, their tasks, playbooks by id, and each account's CTAs per status set and page size. */
export function createCtaLoaders(ctas: CtaRepository, playbooks: PlaybookRepository, now: () => Date) {
  const byAccount = new Map<string, DataLoader<string, CtaRow[]>>();
  return {
    cta: batchLoader(
      (ids: readonly string[]) => ctas.findByIds(ids),
      (row) => row.id,
    ),
    ctaTasks: groupLoader(
      (ids: readonly string[]) => ctas.tasksFor(ids),
      (row) => row.ctaId,
    ),
    playbook: batchLoader(
      (ids: readonly string[]) => playbooks.findByIds(ids),
      (row) => row.id,
    ),
    accountCtas(statuses: readonly CtaStatus[], first: number): DataLoader<string, CtaRow[]> {
      const key = `${statuses.join(",")}:${first}`;
      let loader = byAccount.get(key);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => ctas.forAccounts(ids, statuses, first, now()),
          (row) => row.accountId,
        );
        byAccount.set(key, loader);
      }
      return loader;
    },
  };
}
