import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { PersonalizationContext } from "../context";
import { CustomerProfile } from "../profile/profile.type";
import { GroupRoi } from "../segment/roi.type";
import type { PersonaView } from "./persona-naming";
import { Persona, PersonaSet } from "./persona.type";

const toPersona = (view: PersonaView): Persona => Object.assign(new Persona(), view);

@Resolver(() => Persona)
export class PersonaResolver {
  @Query(() => PersonaSet, { nullable: true, description: "The organization's personas, learned from its customer profiles; null with fewer than 30 profiles." })
  async personas(@Ctx() ctx: PersonalizationContext): Promise<PersonaSet | null> {
    const set = await ctx.services.personas.personas();
    if (!set) return null;
    return {
      personas: set.personas.map(toPersona),
      k: set.model.k,
      silhouettes: set.model.model.silhouettes,
      profiles: set.model.profiles,
      fittedAt: set.model.fittedAt,
    };
  }

  @FieldResolver(() => GroupRoi, { nullable: true })
  roi(@Root() persona: Persona, @Ctx() ctx: PersonalizationContext): Promise<GroupRoi | null> {
    return ctx.services.personas.roi(persona.index);
  }
}

/** The persona a customer belongs to. */
@Resolver(() => CustomerProfile)
export class ProfilePersonaResolver {
  @FieldResolver(() => Persona, {
    nullable: true,
    description: "The persona this customer's behaviour puts them in now; null while the organization has too few profiles for personas.",
  })
  async persona(@Root() profile: CustomerProfile, @Ctx() ctx: PersonalizationContext): Promise<Persona | null> {
    const view = await ctx.services.personas.personaOf(profile);
    return view ? toPersona(view) : null;
  }
}
