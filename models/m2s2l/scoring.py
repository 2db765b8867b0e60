"""Frame scores from reconstruction quality, and frame-level AUC.

The formulas match the viewer's TypeScript scoring module and the model card format. They cover
PSNR per target frame, a causal live score from calibration statistics, and the offline paper
protocol (per-video min-max). The paper protocol looks at future frames, so it is reported for
comparison only.
"""

import numpy as np
from sklearn.metrics import roc_auc_score


def psnr(mse, peak: float, mse_floor: float = 1e-10):
    """Return 10 log10(peak^2 / max(mse, mse_floor)) elementwise, in dB."""
    return 10.0 * np.log10(peak**2 / np.maximum(np.asarray(mse, dtype=np.float64), mse_floor))


def live_scores(appearance_psnr, motion_psnr, scoring: dict):
    """Return the causal anomaly score of each frame (higher means more anomalous).

    ``scoring`` is the ``scoring`` section of a model card: calibration means and spreads,
    fusion weights and the EMA weight ``smoothing_alpha`` of the newest frame.
    """
    calibration, weights = scoring["calibration"], scoring["weights"]
    z_a = (np.asarray(appearance_psnr) - calibration["appearance_psnr"]["mean"]) \
        / calibration["appearance_psnr"]["std"]
    z_m = (np.asarray(motion_psnr) - calibration["motion_psnr"]["mean"]) \
        / calibration["motion_psnr"]["std"]
    raw = -(weights["appearance"] * z_a + weights["motion"] * z_m)
    return smooth(raw, scoring.get("smoothing_alpha", 1.0))


def smooth(values, alpha: float):
    """Exponential moving average, causal, starting at the first value."""
    values = np.asarray(values, dtype=np.float64)
    if alpha >= 1.0 or len(values) == 0:
        return values.copy()
    out = np.empty_like(values)
    out[0] = values[0]
    for i in range(1, len(values)):
        out[i] = alpha * values[i] + (1.0 - alpha) * out[i - 1]
    return out


def min_max(values):
    values = np.asarray(values, dtype=np.float64)
    spread = values.max() - values.min()
    return np.zeros_like(values) if spread == 0 else (values - values.min()) / spread


def paper_protocol_scores(appearance_psnr, motion_psnr, weights: dict):
    """Offline score of one whole video: 1 - weighted sum of per-video min-max PSNRs."""
    regularity = weights["appearance"] * min_max(appearance_psnr) \
        + weights["motion"] * min_max(motion_psnr)
    return 1.0 - regularity


def frame_auc(labels_per_video, scores_per_video) -> dict:
    """Return micro AUC (all frames pooled), macro AUC (mean over videos with both classes)
    and the per-video AUCs (None where a video has only one class)."""
    labels = np.concatenate(labels_per_video)
    scores = np.concatenate(scores_per_video)
    per_video = []
    for video_labels, video_scores in zip(labels_per_video, scores_per_video):
        if 0 < video_labels.sum() < len(video_labels):
            per_video.append(float(roc_auc_score(video_labels, video_scores)))
        else:
            per_video.append(None)
    defined = [auc for auc in per_video if auc is not None]
    return {
        "micro": float(roc_auc_score(labels, scores)),
        "macro": float(np.mean(defined)) if defined else None,
        "per_video": per_video,
        "videos_in_macro": len(defined),
    }
