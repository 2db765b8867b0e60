// Per-frame results of the current source, kept outside React. Results arrive one by one from
// the worker, and each schedules a publish, so while results arrive the store receives a
// downsampled view once every PUBLISH_INTERVAL_MS instead of once per frame.
import { rocAuc } from '../lib/auc';
import { downsampleByMax } from '../lib/downsample';
import { RecentValues } from '../lib/median';
import type { FrameMetrics } from '../worker/protocol';
import { useViewerStore, type ChartPoint } from './viewerStore';

const PUBLISH_INTERVAL_MS = 100;
const MAX_CHART_POINTS = 600;
const TIMING_WINDOW = 50;

export interface ScoreRecord extends FrameMetrics {
  frame: number;
  /** Presentation time of the frame in seconds. */
  timestamp: number;
  inferenceMs: number;
  latencyMs: number;
}

export class ScoreFeed {
  private records: ScoreRecord[] = [];
  private dropped = 0;
  private readonly inferenceMs = new RecentValues(TIMING_WINDOW);
  private readonly latencyMs = new RecentValues(TIMING_WINDOW);
  private timer: ReturnType<typeof setTimeout> | null = null;

  get scores(): readonly ScoreRecord[] {
    return this.records;
  }

  get droppedFrames(): number {
    return this.dropped;
  }

  addScored(record: ScoreRecord): void {
    this.records.push(record);
    this.inferenceMs.push(record.inferenceMs);
    this.latencyMs.push(record.latencyMs);
    this.schedulePublish();
  }

  addDropped(): void {
    this.dropped++;
    this.schedulePublish();
  }

  /** Forgets every result (a new source starts) and publishes the empty state at once. */
  clear(): void {
    this.records = [];
    this.dropped = 0;
    this.inferenceMs.clear();
    this.latencyMs.clear();
    this.publishNow();
  }

  publishNow(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const records = [...this.records].sort((a, b) => a.frame - b.frame);
    const points = records.map(toChartPoint);
    const labels = useViewerStore.getState().source?.labels ?? null;
    const labelled = labels ? records.filter((record) => record.frame < labels.length) : [];
    useViewerStore.setState({
      framesScored: this.records.length,
      droppedFrames: this.dropped,
      medianInferenceMs: this.inferenceMs.median(),
      medianLatencyMs: this.latencyMs.median(),
      chartPoints: downsampleByMax(points, MAX_CHART_POINTS, (point) => point.score),
      latest: this.records.length > 0 ? toChartPoint(this.records[this.records.length - 1]) : null,
      auc: labels ? labelledAuc(labelled, labels) : null,
      aucFrames: labelled.length,
    });
  }

  private schedulePublish(): void {
    if (this.timer === null) {
      this.timer = setTimeout(() => this.publishNow(), PUBLISH_INTERVAL_MS);
    }
  }
}

function toChartPoint(record: ScoreRecord): ChartPoint {
  return {
    frame: record.frame,
    score: record.score,
    appearancePart: record.appearancePart,
    motionPart: record.motionPart,
  };
}

function labelledAuc(labelled: readonly ScoreRecord[], labels: readonly number[]): number | null {
  return rocAuc(
    labelled.map((record) => record.score),
    labelled.map((record) => labels[record.frame]),
  );
}
