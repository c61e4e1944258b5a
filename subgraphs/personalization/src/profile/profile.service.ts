/** Customer profiles: listing, welcome-back lines, and merging interactions into memory all-or-nothing. */
import { UserError } from "@revgraph/graph";
import type { Database } from "@revgraph/db";
import type { LeadRepository } from "../lead/lead.repository";
import type { RecoveryAttemptRepository } from "../recovery/recovery-attempt.repository";
import { emptyProfileState, mergeInteraction, type ProfileInteraction } from "./profile-merge";
import { toProfileState } from "./profile.mapper";
import type { ProfileRepository, ProfileRow } from "./profile.repository";
import { validateInteraction } from "./profile.validation";
import { welcomeBackMessage, type WelcomeBackInput } from "./welcome-back";

export interface RecordInteractionResult {
  profile: ProfileRow | null;
  errors: UserError[];
}

export class ProfileService {
  constructor(
    private readonly db: Database,
    private readonly profiles: ProfileRepository,
    private readonly leads: LeadRepository,
    private readonly recoveryAttempts: RecoveryAttemptRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  welcomeBack(profile: WelcomeBackInput): string | null {
    return welcomeBackMessage(profile, this.now());
  }

  /**
   * Applies one interaction to the lead's profile, creating it on first use. Nothing is written
   * unless the whole interaction is valid and the lead belongs to the caller's organization.
   * The customer being active again marks the lead's earlier recovery attempts re-engaged.
   */
  async record(input: ProfileInteraction): Promise<RecordInteractionResult> {
    const errors = validateInteraction(input);
    if (errors.length) return { profile: null, errors };
    const now = this.now();
    return this.db.transaction(async (tx) => {
      if (!(await this.leads.exists(tx, input.leadId))) {
        return { profile: null, errors: [UserError.of("input.leadId", "NOT_FOUND", `Lead ${input.leadId} was not found`)] };
      }
      // A concurrent first interaction may create the profile between our read and our insert:
      // then the insert does nothing and the second pass merges into the row it created.
      for (let attempt = 0; attempt < 2; attempt++) {
        const current = await this.profiles.lockByLead(tx, input.leadId);
        const merged = mergeInteraction(current ? toProfileState(current) : emptyProfileState(), input, now);
        // Returned errors do not roll the transaction back: nothing may be written before this point.
        if (!merged.state) return { profile: null, errors: merged.errors };
        const saved = current ? await this.profiles.update(tx, current.id, merged.state) : await this.profiles.insert(tx, input.leadId, merged.state);
        if (saved) {
          await this.recoveryAttempts.markReEngaged(tx, input.leadId, now);
          return { profile: saved, errors: [] };
        }
      }
      throw new Error(`Could not create or lock the profile of lead ${input.leadId}`);
    });
  }
}
