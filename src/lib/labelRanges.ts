// Conversion of per-frame 0/1 anomaly labels into inclusive [start, end] frame ranges for shading.

export interface FrameRange {
  start: number;
  end: number;
}

export function labelRanges(labels: readonly number[]): FrameRange[] {
  const ranges: FrameRange[] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const anomalous = i < labels.length && labels[i] === 1;
    if (anomalous && start < 0) {
      start = i;
    } else if (!anomalous && start >= 0) {
      ranges.push({ start, end: i - 1 });
      start = -1;
    }
  }
  return ranges;
}
