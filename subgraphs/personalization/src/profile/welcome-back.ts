/** The "welcome back" line for a returning customer, from what their profile remembers. Pure: `now` is passed in. */

/** A customer inactive this long is greeted as someone who has been away a while. */
export const LONG_ABSENCE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const LEVEL_RANK = { LOW: 0, MEDIUM: 1, HIGH: 2 } as const;

export interface WelcomeBackInput {
  preferences: { configurations: readonly string[]; locations: readonly string[] };
  viewedItems: readonly { itemId: string; name: string; lastViewedAt: Date | string }[];
  rejectedItems: readonly { itemId: string }[];
  interests: readonly { itemId: string; name: string; level: keyof typeof LEVEL_RANK }[];
  siteVisitsScheduled: number;
  lastActiveAt: Date | null;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What they are looking for, e.g. "2BHK in Whitefield", "3BHK", "properties in Sarjapur"; null when unknown. */
export function describeLookingFor(preferences: WelcomeBackInput["preferences"]): string | null {
  const configs = preferences.configurations.slice(0, 2).join("/");
  const places = joinNames(preferences.locations.slice(0, 2));
  if (configs && places) return `${configs} in ${places}`;
  if (configs) return configs;
  if (places) return `properties in ${places}`;
  return null;
}

/** "Looking for more 2BHK in Whitefield options?", "... more 3BHK options?", "... more options in Sarjapur?" */
export function moreOptionsQuestion(preferences: WelcomeBackInput["preferences"]): string | null {
  const configs = preferences.configurations.slice(0, 2).join("/");
  const places = joinNames(preferences.locations.slice(0, 2));
  if (configs && places) return `Looking for more ${configs} in ${places} options?`;
  if (configs) return `Looking for more ${configs} options?`;
  if (places) return `Looking for more options in ${places}?`;
  return null;
}

/** The interest to mention: the strongest, and among equals the latest recorded. */
function topInterest(interests: WelcomeBackInput["interests"]) {
  let best: WelcomeBackInput["interests"][number] | undefined;
  for (const interest of interests) if (!best || LEVEL_RANK[interest.level] >= LEVEL_RANK[best.level]) best = interest;
  return best;
}

/** Up to three viewed items, most recently viewed first, leaving out rejected ones. */
function recentViews(p: WelcomeBackInput): string[] {
  const rejected = new Set(p.rejectedItems.map((item) => item.itemId));
  return p.viewedItems
    .filter((item) => !rejected.has(item.itemId))
    .map((item) => ({ name: item.name, at: new Date(item.lastViewedAt).getTime() }))
    .sort((a, b) => b.at - a.at)
    .slice(0, 3)
    .map((item) => item.name);
}

/** Null when the profile remembers nothing worth mentioning. */
export function welcomeBackMessage(p: WelcomeBackInput, now: Date): string | null {
  const lookingFor = describeLookingFor(p.preferences);
  const interest = topInterest(p.interests);
  const viewed = recentViews(p);
  if (!lookingFor && !interest && viewed.length === 0) return null;

  const away = p.lastActiveAt !== null && now.getTime() - p.lastActiveAt.getTime() >= LONG_ABSENCE_DAYS * DAY_MS;
  if (away) {
    const topic = lookingFor ?? joinNames(interest ? [interest.name] : viewed);
    return `Welcome back! It's been a while! You were looking at ${topic}. What would you like to explore today?`;
  }
  if (interest) {
    const next = p.siteVisitsScheduled > 0 ? "Is there anything you'd like to know before your site visit?" : "Would you like to schedule a site visit to see it in person?";
    return `Welcome back! I see you were interested in ${interest.name}. ${next}`;
  }
  if (viewed.length > 0) {
    const next = moreOptionsQuestion(p.preferences) ?? "Would you like to see more like them?";
    return `Welcome back! You were exploring ${joinNames(viewed)}. ${next}`;
  }
  return `Welcome back! ${moreOptionsQuestion(p.preferences)}`;
}
