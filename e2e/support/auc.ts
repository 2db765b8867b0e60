/**
 * Compute the ROC AUC of `scores` against 0/1 `labels` (1 = anomalous, higher score = more
 * anomalous) as the Mann-Whitney statistic: the share of (anomalous, normal) pairs in which the
 * anomalous frame scores higher, with ties counted as half.
 *
 * Written here on purpose, not imported from the app, so the end-to-end tests check the app's
 * scores independently. It compares every pair, which is fine for clips of a few hundred frames.
 */
export function rocAuc(scores: number[], labels: number[]): number {
  if (scores.length !== labels.length) {
    throw new Error(`rocAuc: ${scores.length} scores but ${labels.length} labels; pass one label per score`);
  }
  const positives: number[] = [];
  const negatives: number[] = [];
  scores.forEach((score, i) => {
    if (!Number.isFinite(score)) {
      throw new Error(`rocAuc: score ${i} is ${score}; every score must be a finite number`);
    }
    if (labels[i] === 1) positives.push(score);
    else if (labels[i] === 0) negatives.push(score);
    else throw new Error(`rocAuc: label ${i} is ${labels[i]}; labels must be 0 or 1`);
  });
  if (positives.length === 0 || negatives.length === 0) {
    throw new Error(
      `rocAuc: needs both classes, got ${positives.length} anomalous and ${negatives.length} normal frames`,
    );
  }

  let wins = 0;
  for (const positive of positives) {
    for (const negative of negatives) {
      if (positive > negative) wins += 1;
      else if (positive === negative) wins += 0.5;
    }
  }
  return wins / (positives.length * negatives.length);
}
