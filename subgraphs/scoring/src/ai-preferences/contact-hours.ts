/** Pure: moving a due time into a user's preferred contact hours, in their time zone. */

export interface ContactHours {
  /** The window [startHour, endHour) in local hours, 0 ≤ start < end ≤ 24. */
  startHour: number;
  endHour: number;
  timeZone: string;
}

const QUARTER_MS = 15 * 60_000;

/** True when `timeZone` is an IANA zone this runtime knows ("Asia/Kolkata", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function localHour(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  const minute = Number(parts.find((p) => p.type === "minute")!.value);
  return hour + minute / 60;
}

export function isWithin(at: Date, hours: ContactHours): boolean {
  const h = localHour(at, hours.timeZone);
  return h >= hours.startHour && h < hours.endHour;
}

/**
 * `due` itself when it falls within the hours, otherwise the next start of the window. Every time
 * zone's offset is a multiple of 15 minutes, so stepping by quarters from a quarter boundary lands
 * exactly on the local start hour.
 */
export function nextContactTime(due: Date, hours: ContactHours): Date {
  if (isWithin(due, hours)) return due;
  let t = Math.ceil(due.getTime() / QUARTER_MS) * QUARTER_MS;
  for (let step = 0; step < 8 * 24 * 4; step++, t += QUARTER_MS) {
    if (isWithin(new Date(t), hours)) return new Date(t);
  }
  return due;
}
