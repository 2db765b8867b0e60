// Reduction of a long per-frame series to a fixed number of points for the chart, keeping peaks:
// each bucket of consecutive points is represented by its point with the highest key value.

export function downsampleByMax<T>(points: readonly T[], maxPoints: number, key: (point: T) => number): T[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new Error(`downsampleByMax: maxPoints is ${maxPoints}, expected a positive integer.`);
  }
  if (points.length <= maxPoints) {
    return points.slice();
  }
  const bucketSize = points.length / maxPoints;
  const result: T[] = [];
  for (let bucket = 0; bucket < maxPoints; bucket++) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.floor((bucket + 1) * bucketSize);
    let best = points[start];
    for (let i = start + 1; i < end; i++) {
      if (key(points[i]) > key(best)) {
        best = points[i];
      }
    }
    result.push(best);
  }
  return result;
}
