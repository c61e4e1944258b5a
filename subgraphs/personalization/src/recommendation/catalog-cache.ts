/**
 * The recommenders' model (catalog, purchases, profile signals and the co-occurrence built from
 * them) kept per organization across requests: rebuilding it read every profile and purchase line
 * of the organization on every request (about 70 ms of CPU for the demo's 360° view). A request
 * reuses it while the inputs' fingerprint (one cheap statement) is unchanged, and never longer than
 * MAX_AGE_MS, a bound for writes the fingerprint cannot see (a clock behind another replica's).
 */
const MAX_AGE_MS = 5 * 60_000;
/** Organizations kept at once; the least recently used goes first. */
const MAX_ORGANIZATIONS = 50;

interface Entry<T> {
  fingerprint: string;
  builtAt: number;
  value: Promise<T>;
}

export class FingerprintCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxAgeMs = MAX_AGE_MS,
    private readonly maxEntries = MAX_ORGANIZATIONS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value built for `key` at this `fingerprint`, building it when there is none (a failed build is not kept). */
  get(key: string, fingerprint: string, build: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.fingerprint === fingerprint && this.now() - hit.builtAt < this.maxAgeMs) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry: Entry<T> = { fingerprint, builtAt: this.now(), value: build() };
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return entry.value;
  }
}
