// Per-source scoring inside the worker: every received frame goes into the ring buffer, the
// scheduler picks which frames to score, and each result is posted back as soon as it exists.
import { FrameRingBuffer, concatFrames, type FrameWindow } from '../lib/frameRingBuffer';
import { FrameScheduler, type ScoringMode } from '../lib/frameScheduler';
import { frameGeometry, type ModelCard } from '../lib/modelCard';
import { ScoreSmoother, scoreFrame } from '../lib/scoring';
import { FrameDecoder } from './frameDecoder';
import type { ModelSession } from './modelSession';
import type { FrameMeta, WorkerRequest, WorkerResponse } from './protocol';

type FrameRequest = Extract<WorkerRequest, { type: 'frame' }>;

interface ScoringJob {
  meta: FrameMeta;
  window: FrameWindow;
}

/** Resolves on the next macrotask, so frame messages queued during a blocking run are handled first. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function frameMeta(request: FrameRequest): FrameMeta {
  return {
    sourceId: request.sourceId,
    frameIndex: request.frameIndex,
    timestamp: request.timestamp,
    capturedAt: request.capturedAt,
  };
}

export class ScoringEngine {
  private readonly card: ModelCard;
  private readonly session: ModelSession;
  private readonly post: (message: WorkerResponse) => void;
  private readonly decoder: FrameDecoder;
  private readonly ring: FrameRingBuffer;
  private readonly scheduler = new FrameScheduler<ScoringJob>('live');
  private smoother: ScoreSmoother;
  private sourceId: number | null = null;
  private busy = false;

  constructor(card: ModelCard, session: ModelSession, post: (message: WorkerResponse) => void) {
    this.card = card;
    this.session = session;
    this.post = post;
    const geometry = frameGeometry(card);
    this.decoder = new FrameDecoder(card, geometry);
    this.ring = new FrameRingBuffer(geometry.channels * geometry.height * geometry.width, card.input.frameOffsets);
    this.smoother = new ScoreSmoother(card.scoring.smoothingAlpha);
  }

  startSource(sourceId: number, mode: ScoringMode): void {
    this.sourceId = sourceId;
    this.ring.clear();
    this.scheduler.reset(mode);
    this.smoother.reset();
    console.info(`[worker] source ${sourceId} started in ${mode} mode`);
  }

  stopSource(sourceId: number): void {
    if (this.sourceId !== sourceId) {
      return;
    }
    this.sourceId = null;
    this.ring.clear();
    this.scheduler.reset(this.scheduler.scoringMode);
    console.info(`[worker] source ${sourceId} stopped`);
  }

  acceptFrame(request: FrameRequest): void {
    if (request.sourceId !== this.sourceId) {
      if (request.pixels.kind === 'bitmap') {
        request.pixels.bitmap.close();
      }
      return;
    }
    const meta = frameMeta(request);
    this.ring.put(meta.frameIndex, this.decoder.decode(request.pixels));

    const window = this.ring.frameWindow(meta.frameIndex);
    if (window === null) {
      this.post({ type: 'unscored', reason: 'history-incomplete', ...meta });
      return;
    }
    for (const dropped of this.scheduler.enqueue({ meta, window })) {
      this.post({ type: 'unscored', reason: 'dropped', ...dropped.meta });
    }
    void this.drainQueue();
  }

  private async drainQueue(): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      for (;;) {
        await yieldToEventLoop();
        const job = this.scheduler.next();
        if (job === undefined) {
          break;
        }
        await this.scoreJob(job);
      }
    } finally {
      this.busy = false;
    }
  }

  private async scoreJob({ meta, window }: ScoringJob): Promise<void> {
    try {
      const started = performance.now();
      const outputs = await this.session.run(concatFrames(window.inputFrames));
      const inferenceMs = performance.now() - started;
      if (meta.sourceId !== this.sourceId) {
        return;
      }
      const frameScore = scoreFrame(outputs, window.current, window.previous, this.card.scoring, this.smoother);
      this.post({
        type: 'scored',
        ...meta,
        inferenceMs,
        metrics: {
          appearancePsnr: frameScore.appearancePsnr,
          motionPsnr: frameScore.motionPsnr,
          appearanceZ: frameScore.appearanceZ,
          motionZ: frameScore.motionZ,
          appearancePart: frameScore.appearancePart,
          motionPart: frameScore.motionPart,
          raw: frameScore.raw,
          score: frameScore.score,
        },
      });
    } catch (error) {
      const message = `Inference failed on frame ${meta.frameIndex}: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`[worker] ${message}`, error);
      this.post({ type: 'error', message, fatal: false, sourceId: meta.sourceId, frameIndex: meta.frameIndex });
    }
  }
}
