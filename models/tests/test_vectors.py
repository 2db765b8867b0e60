"""The committed model reproduces its committed test vector in onnxruntime and in PyTorch.

The browser side of the same check is the viewer's self-test page, run by the end-to-end tests.
"""

import base64
import json
from pathlib import Path

import numpy as np
import pytest
import torch

from m2s2l import M2S2L, get_config
from m2s2l.runner import OnnxScorer
from m2s2l.scoring import live_scores, psnr

EXPORTED = Path(__file__).resolve().parents[1] / "exported"
CARDS = sorted(p for p in EXPORTED.glob("*.json") if not p.name.endswith(".vectors.json"))


def load_vector(card_path: Path):
    card = json.loads(card_path.read_text())
    vector = json.loads((card_path.parent / card["test_vector"]).read_text())
    shape = (vector["n_frames"], vector["channels"], vector["height"], vector["width"])
    frames = np.frombuffer(base64.b64decode(vector["frames_base64"]), dtype=np.uint8)
    return card, vector, frames.reshape(shape)


def assert_matches_vector(vector, appearance, motion, scores):
    expected = vector["expected"]
    tolerance = vector["tolerance"]
    assert len(appearance) == len(expected)
    for row, a, m, s in zip(expected, appearance, motion, scores):
        assert abs(a - row["appearance_psnr"]) <= tolerance["psnr"], f"frame {row['frame']}"
        assert abs(m - row["motion_psnr"]) <= tolerance["psnr"], f"frame {row['frame']}"
        assert abs(s - row["score"]) <= tolerance["score"], f"frame {row['frame']}"


def test_exported_models_exist():
    assert CARDS, f"no model card in {EXPORTED}"


@pytest.mark.parametrize("card_path", CARDS, ids=lambda p: p.stem)
def test_onnxruntime_reproduces_vector(card_path):
    _, vector, frames = load_vector(card_path)
    scorer = OnnxScorer(card_path)
    appearance, motion = scorer.psnrs(frames)
    assert_matches_vector(vector, appearance, motion,
                          live_scores(appearance, motion, scorer.scoring))


@pytest.mark.parametrize("card_path", CARDS, ids=lambda p: p.stem)
def test_pytorch_reproduces_vector(card_path):
    card, vector, frames = load_vector(card_path)
    weights = torch.load(card_path.with_suffix(".pt"), map_location="cpu")
    model = M2S2L(get_config(weights["config"])).eval()
    model.load_state_dict(weights["model"])
    floats = torch.from_numpy(frames.astype(np.float32) / 255.0)
    offsets = card["input"]["frame_offsets"]
    history = -min(offsets)
    scoring = card["scoring"]
    appearance, motion = [], []
    with torch.no_grad():
        for t in range(history, len(frames)):
            pred_a, pred_m = model(floats[[t + o for o in offsets]][None])
            mse_a = torch.mean((pred_a[0].double() - floats[t].double()) ** 2).item()
            mse_m = torch.mean((pred_m[0].double() - (floats[t] - floats[t - 1]).double()) ** 2).item()
            appearance.append(float(psnr(mse_a, scoring["appearance_peak"], scoring["mse_floor"])))
            motion.append(float(psnr(mse_m, scoring["motion_peak"], scoring["mse_floor"])))
    assert_matches_vector(vector, appearance, motion, live_scores(appearance, motion, scoring))
