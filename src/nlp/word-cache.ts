/**
 * A bounded string-keyed cache for per-word work (normalization, feature sums). Two generations:
 * when the current one fills, it becomes the previous one and hits there are promoted, so the
 * hot vocabulary survives and memory stays under twice the capacity.
 */
export class WordCache<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** `capacity` 0 turns caching off (every lookup misses); used to measure the uncached path. */
  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: T): void {
    if (this.capacity === 0) return;
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
