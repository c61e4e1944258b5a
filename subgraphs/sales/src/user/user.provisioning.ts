/** Provisions organizations and users on first sight, without a write on every request. */
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { UserRepository } from "./user.repository";

const PROVISIONED_TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 10_000;

/** Remembers which identities this process has already written, for a bounded time. */
export class Provisioner {
  private readonly seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async ensure(db: Database, identity: Identity): Promise<void> {
    const key = JSON.stringify([identity.organizationId, identity.userId, identity.role, identity.email ?? null]);
    const at = this.seen.get(key);
    if (at !== undefined && this.now() - at < PROVISIONED_TTL_MS) return;
    await UserRepository.provision(db, identity);
    if (this.seen.size >= MAX_ENTRIES) this.seen.clear();
    this.seen.set(key, this.now());
  }
}
