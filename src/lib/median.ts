// Median of a small window of recent values (timings shown on the page).

export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Keeps the last `capacity` values pushed. */
export class RecentValues {
  private readonly capacity: number;
  private values: number[] = [];

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  push(value: number): void {
    this.values.push(value);
    if (this.values.length > this.capacity) {
      this.values.shift();
    }
  }

  median(): number | null {
    return median(this.values);
  }

  clear(): void {
    this.values = [];
  }
}
