/** A sliding-window rate limiter on the sandbox clock (a frozen clock never lets the window slide). */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one more call would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  hit(key: string, nowMs: number, limit: number, windowMs: number): RateDecision {
    const log = (this.hits.get(key) ?? []).filter((at) => at > nowMs - windowMs);
    if (log.length >= limit) {
      this.hits.set(key, log);
      const oldest = log[log.length - limit]!;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)) };
    }
    log.push(nowMs);
    this.hits.set(key, log);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  reset(prefix?: string): void {
    if (prefix === undefined) this.hits.clear();
    else for (const key of [...this.hits.keys()]) if (key.startsWith(prefix)) this.hits.delete(key);
  }
}
