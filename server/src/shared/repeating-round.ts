/**
 * A background loop of rounds (mail delivery, reminders, report subscriptions): one round at a time
 * in a process, the next starting `nextDelayMs(result)` after one ends, a failed round reported to
 * `onError` and tried again after `retryMs`. stop() cancels the next round and waits for one in
 * progress, so a process can shut down without cutting a round in half.
 */
export class RepeatingRound<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(
    private readonly options: {
      round: () => Promise<T>;
      nextDelayMs: (result: T) => number;
      retryMs: number;
      onError: (error: unknown) => void;
      /** Whether a waiting timer may let the process exit (a worker that never holds the process open). */
      unref?: boolean;
    },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.options.round().then(
        (result) => this.schedule(this.options.nextDelayMs(result)),
        (error: unknown) => {
          this.options.onError(error);
          this.schedule(this.options.retryMs);
        },
      );
    }, delay);
    if (this.options.unref) this.timer.unref();
  }
}
