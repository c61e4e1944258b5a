/**
 * Work under way in this process, by key: a caller asking for a key that is already being computed
 * waits for that computation instead of repeating it.
 *
 * Why: after a retraining every cached prediction of a rep is out of date at once, and each of the
 * rep's concurrent requests (eight open tabs, a client retrying) would recompute the same page of
 * predictions and write the same rows.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T | undefined>>();

  /**
   * Each key's result: the running computation's for keys already under way, else one call of
   * `compute` with the others (none when every key is under way). A key `compute` leaves out of its
   * map resolves to undefined. Keys leave the map when their computation settles, failed or not.
   */
  share(keys: readonly string[], compute: (keys: string[]) => Promise<Map<string, T>>): Map<string, Promise<T | undefined>> {
    const results = new Map<string, Promise<T | undefined>>();
    const mine = new Set<string>();
    for (const key of keys) {
      const running = this.running.get(key);
      if (running) results.set(key, running);
      else mine.add(key);
    }
    if (mine.size === 0) return results;
    const batch = compute([...mine]);
    for (const key of mine) {
      const result = batch.then((computed) => computed.get(key));
      this.running.set(key, result);
      results.set(key, result);
      const forget = () => {
        if (this.running.get(key) === result) this.running.delete(key);
      };
      result.then(forget, forget);
    }
    return results;
  }

  /** How many keys are under way (for tests). */
  get size(): number {
    return this.running.size;
  }
}
