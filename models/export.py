"""Export a trained M2S2L checkpoint to ONNX with its model card, and check the export.

Usage:
    python models/export.py --checkpoint runs/lite-ped2/last.pt --data ../shared/data/ped2 \
        --name m2s2l-lite-ped2 --out models/exported

Writes OUT/NAME.onnx, OUT/NAME.json (the model card, see CARD_FORMAT.md) and OUT/NAME.pt (the
PyTorch weights, for parity tests). The export is loaded back in onnxruntime and the command fails
if any output differs from PyTorch by more than --tolerance. Calibration statistics come from
DATA/training only.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch

from m2s2l import M2S2L, get_config
from m2s2l.data import Clip, load_split
from m2s2l.runner import CARD_FORMAT, CARD_VERSION, OnnxScorer
from m2s2l.scoring import live_scores

INPUT_NAME, OUTPUT_NAMES = "frames", ("appearance", "motion")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True, type=Path)
    parser.add_argument("--data", required=True, type=Path,
                        help="dataset root; calibration reads DATA/training/frames only")
    parser.add_argument("--name", required=True, help="file stem of the exported model")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "exported")
    parser.add_argument("--opset", type=int, default=18)
    parser.add_argument("--tolerance", type=float, default=1e-4,
                        help="max absolute output difference allowed between PyTorch and ONNX")
    parser.add_argument("--threshold-quantile", type=float, default=0.99,
                        help="the card's alert threshold is this quantile of training scores")
    parser.add_argument("--weights", type=float, nargs=2, default=(0.5, 0.5),
                        metavar=("APPEARANCE", "MOTION"), help="score fusion weights")
    return parser.parse_args()


def load_model(checkpoint: Path) -> tuple[M2S2L, dict]:
    state = torch.load(checkpoint, map_location="cpu")
    model = M2S2L(get_config(state["config"]))
    model.load_state_dict(state["model"])
    return model.eval(), state


def export_onnx(model: M2S2L, path: Path, opset: int):
    cfg = model.cfg
    example = torch.rand(1, len(cfg.frame_offsets), cfg.channels, cfg.height, cfg.width)
    # The torch.export-based exporter gives a graph with static shapes and no Shape arithmetic;
    # the TorchScript exporter left Shape, ConstantOfShape and Cast chains around every pad.
    torch.onnx.export(model, (example,), str(path), input_names=[INPUT_NAME],
                      output_names=list(OUTPUT_NAMES), opset_version=opset, dynamo=True,
                      external_data=False, verbose=False)


def check_parity(model: M2S2L, path: Path, inputs: list[np.ndarray], tolerance: float) -> float:
    """Return the max absolute difference between PyTorch and onnxruntime over ``inputs``."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    worst = 0.0
    for frames in inputs:
        with torch.no_grad():
            expected = [t.numpy() for t in model(torch.from_numpy(frames))]
        actual = session.run(list(OUTPUT_NAMES), {INPUT_NAME: frames})
        for e, a in zip(expected, actual):
            worst = max(worst, float(np.abs(e - a).max()))
    if worst > tolerance:
        sys.exit(f"export check failed: onnxruntime differs from PyTorch by {worst:.2e}, "
                 f"more than the tolerance {tolerance:.0e}")
    return worst


def card_for(model: M2S2L, name: str, opset: int, weights, state: dict) -> dict:
    cfg = model.cfg
    output_shape = [1, cfg.channels, cfg.height, cfg.width]
    return {
        "format": CARD_FORMAT,
        "format_version": CARD_VERSION,
        "name": name,
        "model_file": f"{name}.onnx",
        "test_vector": f"{name}.vectors.json",
        "architecture": {
            "name": "M2S2L", "config": cfg.name,
            "parameters": sum(p.numel() for p in model.parameters()),
        },
        "opset": opset,
        "input": {
            "name": INPUT_NAME,
            "shape": [1, len(cfg.frame_offsets), cfg.channels, cfg.height, cfg.width],
            "layout": "NTCHW",
            "dtype": "float32",
            "value_range": [0, 1],
            "colour_mode": "grey" if cfg.channels == 1 else "rgb",
            "grey_weights": [0.299, 0.587, 0.114],
            "resize": "bilinear",
            "frame_offsets": list(cfg.frame_offsets),
        },
        "outputs": {
            "appearance": {"name": "appearance", "shape": output_shape, "value_range": [0, 1],
                           "meaning": "prediction of frame t"},
            "motion": {"name": "motion", "shape": output_shape, "value_range": [-1, 1],
                       "meaning": "prediction of I_t - I_{t-1}, frames in [0, 1]"},
        },
        "scoring": {
            "appearance_peak": 1.0,
            "motion_peak": 2.0,
            "mse_floor": 1e-10,
            "weights": {"appearance": weights[0], "motion": weights[1]},
            "smoothing_alpha": 1.0,
        },
        "training": {
            "checkpoint_step": state["step"],
            "settings": state.get("args", {}),
        },
        "evaluation": {},
    }


def calibrate(card_path: Path, clips: list[Clip], source: str,
              quantile: float) -> tuple[dict, float]:
    """Measure PSNR statistics of the training ``clips`` with the exported model and set the
    threshold to ``quantile`` of the resulting training scores. ``source`` names the data."""
    scorer = OnnxScorer(card_path)
    appearance, motion = [], []
    for clip in clips:
        a, m = scorer.psnrs(clip.frames)
        appearance.append(a)
        motion.append(m)
    appearance, motion = np.concatenate(appearance), np.concatenate(motion)
    calibration = {
        "appearance_psnr": {"mean": float(appearance.mean()), "std": float(appearance.std())},
        "motion_psnr": {"mean": float(motion.mean()), "std": float(motion.std())},
        "source": f"{source} training split ({len(clips)} clips), frames with full history",
        "frames": int(len(appearance)),
    }
    scoring = dict(scorer.card["scoring"], calibration=calibration)
    scores = live_scores(appearance, motion, scoring)
    return calibration, float(np.quantile(scores, quantile))


def main():
    args = parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    model, state = load_model(args.checkpoint)
    cfg = model.cfg
    onnx_path = args.out / f"{args.name}.onnx"
    card_path = args.out / f"{args.name}.json"

    export_onnx(model, onnx_path, args.opset)
    clips = load_split(args.data / "training", cfg.channels, cfg.width, cfg.height)
    real = clips[0].frames[[cfg.history + o for o in cfg.frame_offsets]]
    inputs = [np.random.default_rng(0).random((1, len(cfg.frame_offsets), cfg.channels,
                                               cfg.height, cfg.width), dtype=np.float32),
              (real.astype(np.float32) / 255.0)[None]]
    worst = check_parity(model, onnx_path, inputs, args.tolerance)
    print(f"wrote {onnx_path}; onnxruntime matches PyTorch within {worst:.2e} "
          f"(tolerance {args.tolerance:.0e})")

    card = card_for(model, args.name, args.opset, args.weights, state)
    card["export_check"] = {"max_abs_difference": worst, "tolerance": args.tolerance,
                            "runtime": "onnxruntime CPU"}
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    calibration, threshold = calibrate(card_path, clips, args.data.name, args.threshold_quantile)
    card["scoring"]["calibration"] = calibration
    card["scoring"]["threshold"] = round(threshold, 4)
    card["scoring"]["threshold_rule"] = f"{args.threshold_quantile} quantile of training scores"
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    torch.save({"config": cfg.name, "model": model.state_dict()}, args.out / f"{args.name}.pt")
    print(f"wrote {card_path}: calibration {json.dumps(calibration)}, threshold {threshold:.3f}")


if __name__ == "__main__":
    main()
