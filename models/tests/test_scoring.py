"""Scoring formulas against hand-computed values."""

import math

import numpy as np
import pytest

from m2s2l.scoring import frame_auc, live_scores, paper_protocol_scores, psnr, smooth

SCORING = {
    "weights": {"appearance": 0.5, "motion": 0.5},
    "calibration": {"appearance_psnr": {"mean": 30.0, "std": 2.0},
                    "motion_psnr": {"mean": 40.0, "std": 4.0}},
    "smoothing_alpha": 1.0,
}


def test_psnr_of_known_mse():
    assert psnr(0.01, 1.0) == pytest.approx(20.0)
    assert psnr(0.01, 2.0) == pytest.approx(20.0 + 20 * math.log10(2))


def test_psnr_clamps_zero_mse():
    assert psnr(0.0, 1.0, mse_floor=1e-10) == pytest.approx(100.0)


def test_live_score_of_calibration_mean_is_zero():
    assert live_scores([30.0], [40.0], SCORING)[0] == pytest.approx(0.0)


def test_live_score_rises_as_quality_falls():
    # z_a = (26 - 30) / 2 = -2, z_m = (36 - 40) / 4 = -1, score = -(0.5 * -2 + 0.5 * -1) = 1.5
    assert live_scores([26.0], [36.0], SCORING)[0] == pytest.approx(1.5)


def test_smoothing_is_causal_ema():
    assert np.allclose(smooth([1.0, 0.0, 0.0], 0.5), [1.0, 0.5, 0.25])


def test_paper_protocol_range():
    scores = paper_protocol_scores([30.0, 20.0, 25.0], [40.0, 30.0, 35.0],
                                   SCORING["weights"])
    assert np.allclose(scores, [0.0, 1.0, 0.5])


def test_auc_micro_macro_and_single_class_video():
    labels = [np.array([0, 0, 1, 1]), np.array([1, 1])]
    scores = [np.array([0.1, 0.2, 0.3, 0.4]), np.array([0.0, 0.05])]
    result = frame_auc(labels, scores)
    assert result["per_video"] == [1.0, None]
    assert result["macro"] == pytest.approx(1.0)
    # Pooled: the second video's anomalous frames score below every normal frame.
    assert result["micro"] == pytest.approx(0.5)
