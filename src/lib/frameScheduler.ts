// Decides which received frames the worker scores. In live mode only the newest waiting frame is
// kept, so a slow model drops frames (and counts them) instead of falling behind. In analysis
// mode every frame waits its turn, because the sender paces itself and needs every result.

export type ScoringMode = 'live' | 'analysis';

export class FrameScheduler<Job> {
  private mode: ScoringMode;
  private waiting: Job[] = [];

  constructor(mode: ScoringMode) {
    this.mode = mode;
  }

  get scoringMode(): ScoringMode {
    return this.mode;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Adds a job and returns the jobs it displaced (live mode only; empty in analysis mode). */
  enqueue(job: Job): Job[] {
    if (this.mode === 'analysis') {
      this.waiting.push(job);
      return [];
    }
    const dropped = this.waiting;
    this.waiting = [job];
    return dropped;
  }

  /** Removes and returns the next job to score, or undefined when none is waiting. */
  next(): Job | undefined {
    return this.waiting.shift();
  }

  /** Empties the queue, switches mode, and returns the jobs that were waiting. */
  reset(mode: ScoringMode): Job[] {
    const discarded = this.waiting;
    this.waiting = [];
    this.mode = mode;
    return discarded;
  }
}
