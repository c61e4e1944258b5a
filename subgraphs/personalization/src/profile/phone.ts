/**
 * Phone numbers, stored in E.164: "+", a country code and the number, 8 to 15 digits in all.
 * Recorded numbers may be written leniently: spaces, dots, hyphens and parentheses are dropped and
 * a leading international "00" is read as "+"; a number without its country code is refused,
 * because no organization-wide default country is known to complete it.
 */

/** Longest phone input accepted before its format is looked at (a formatted 15-digit number fits). */
export const MAX_PHONE_INPUT = 32;
const SEPARATORS = /[\s.\-()]/g;
const E164 = /^\+[1-9]\d{7,14}$/;

/** The number in E.164, or null when it is not a complete international number. Assumes length was checked. */
export function normalizePhone(raw: string): string | null {
  let compact = raw.trim().replace(SEPARATORS, "");
  if (compact.startsWith("00")) compact = `+${compact.slice(2)}`;
  return E164.test(compact) ? compact : null;
}
