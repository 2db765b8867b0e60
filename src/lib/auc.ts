// Frame-level ROC AUC: the probability that a random anomalous frame scores higher than a random
// normal one, with tied scores counted as one half (the Mann-Whitney U statistic over n1 * n0).

/**
 * Returns the ROC AUC of `scores` against 0/1 `labels` (1 = anomalous), or null when the
 * labels hold only one class. Non-finite scores are rejected.
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number | null {
  if (scores.length !== labels.length) {
    throw new Error(`rocAuc: ${scores.length} scores but ${labels.length} labels.`);
  }
  const order = scores.map((score, i) => {
    if (!Number.isFinite(score)) {
      throw new Error(`rocAuc: score ${score} at position ${i} is not a finite number.`);
    }
    if (labels[i] !== 0 && labels[i] !== 1) {
      throw new Error(`rocAuc: label ${labels[i]} at position ${i} is not 0 or 1.`);
    }
    return i;
  });
  order.sort((a, b) => scores[a] - scores[b]);

  let positives = 0;
  let positiveRankSum = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) {
      end++;
    }
    // Ranks are 1-based; every member of a tie group gets the group's mean rank.
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        positiveRankSum += meanRank;
      }
    }
    start = end + 1;
  }

  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) {
    return null;
  }
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}
