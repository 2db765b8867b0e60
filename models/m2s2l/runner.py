"""Run an exported model through onnxruntime exactly as the viewer does, driven by its card."""

import json
from pathlib import Path

import numpy as np

from .scoring import psnr

CARD_FORMAT = "m2s2l-model-card"
CARD_VERSION = 1


def load_card(path: Path) -> dict:
    card = json.loads(Path(path).read_text())
    if card.get("format") != CARD_FORMAT or card.get("format_version") != CARD_VERSION:
        raise ValueError(
            f"{path} is not a version {CARD_VERSION} {CARD_FORMAT!r} card "
            f"(format={card.get('format')!r}, format_version={card.get('format_version')!r})"
        )
    return card


class OnnxScorer:
    """Per-frame appearance and motion PSNR of uint8 frames with an ONNX model and its card."""

    def __init__(self, card_path: Path, threads: int = 0):
        import onnxruntime as ort

        self.card_path = Path(card_path)
        self.card = load_card(card_path)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        model_path = self.card_path.parent / self.card["model_file"]
        self.session = ort.InferenceSession(str(model_path), options,
                                            providers=["CPUExecutionProvider"])
        names = {o.name for o in self.session.get_outputs()}
        for key in ("appearance", "motion"):
            expected = self.card["outputs"][key]["name"]
            if expected not in names:
                raise ValueError(f"{model_path} has no output {expected!r} named in its card "
                                 f"(outputs: {sorted(names)})")
        self.offsets = self.card["input"]["frame_offsets"]
        self.history = -min(self.offsets)
        self.scoring = self.card["scoring"]

    def psnrs(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """frames: (n, C, H, W) uint8, consecutive. Returns appearance and motion PSNR of frames
        history..n-1."""
        floats = frames.astype(np.float32) / 255.0
        input_name = self.card["input"]["name"]
        out_a = self.card["outputs"]["appearance"]["name"]
        out_m = self.card["outputs"]["motion"]["name"]
        appearance_psnr, motion_psnr = [], []
        for t in range(self.history, len(frames)):
            past = floats[[t + o for o in self.offsets]][None]
            appearance, motion = self.session.run([out_a, out_m], {input_name: past})
            mse_a = np.mean((appearance[0].astype(np.float64) - floats[t]) ** 2)
            mse_m = np.mean((motion[0].astype(np.float64) - (floats[t] - floats[t - 1])) ** 2)
            appearance_psnr.append(psnr(mse_a, self.scoring["appearance_peak"],
                                        self.scoring.get("mse_floor", 1e-10)))
            motion_psnr.append(psnr(mse_m, self.scoring["motion_peak"],
                                    self.scoring.get("mse_floor", 1e-10)))
        return np.array(appearance_psnr), np.array(motion_psnr)
