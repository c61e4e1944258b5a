import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { CustomerSuccessContext } from "../context";
import { CreatePlaybookInput, UpdatePlaybookInput } from "./playbook.input";
import { toPlaybook } from "./playbook.mapper";
import { PlaybookPayload } from "./playbook.payload";
import { Playbook } from "./playbook.type";

@Resolver(() => Playbook)
export class PlaybookResolver {
  @Query(() => [Playbook], { description: "The organization's playbooks, by CTA type and reason; the built-in risk, renewal and expansion playbooks are there from the start." })
  async playbooks(@Ctx() ctx: CustomerSuccessContext): Promise<Playbook[]> {
    return (await ctx.services.playbooks.list()).map(toPlaybook);
  }

  @Mutation(() => PlaybookPayload, { description: "Managers and admins: a playbook for a CTA type and reason that has none yet." })
  async createPlaybook(
    @Arg("input", () => CreatePlaybookInput, { description: "The CTA type and reason it covers, its name, tasks and cooldown." }) input: CreatePlaybookInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<PlaybookPayload> {
    const result = await ctx.services.playbooks.create(input);
    return { playbook: result.playbook ? toPlaybook(result.playbook) : null, errors: result.errors };
  }

  @Mutation(() => PlaybookPayload, { description: "Managers and admins: changes a playbook's name, tasks or cooldown. CTAs already raised keep their tasks." })
  async updatePlaybook(
    @Arg("input", () => UpdatePlaybookInput, { description: "The playbook and the fields to change." }) input: UpdatePlaybookInput,
    @Ctx() ctx: CustomerSuccessContext,
  ): Promise<PlaybookPayload> {
    const result = await ctx.services.playbooks.update(input);
    return { playbook: result.playbook ? toPlaybook(result.playbook) : null, errors: result.errors };
  }
}
