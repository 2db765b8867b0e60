"""Write the shared test vector of an exported model: a few real frames and the scores that
onnxruntime in Python gives for them. PyTorch, onnxruntime and the browser must all reproduce it.

Usage:
    python models/make_vectors.py --card models/exported/m2s2l-lite-ped2.json \
        --data ../shared/data/ped2 --video 01 --start 48 --count 24
"""

import argparse
import base64
import json
from pathlib import Path

import numpy as np

from m2s2l.data import list_clip_dirs, load_clip
from m2s2l.runner import OnnxScorer
from m2s2l.scoring import live_scores

TOLERANCE = {"psnr": 0.01, "score": 0.01}  # absolute; PSNR in dB


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--card", required=True, type=Path)
    parser.add_argument("--data", required=True, type=Path, help="dataset root")
    parser.add_argument("--split", default="testing")
    parser.add_argument("--video", default="01", help="clip folder name")
    parser.add_argument("--start", type=int, default=48, help="first frame, 0-based")
    parser.add_argument("--count", type=int, default=24, help="number of frames")
    return parser.parse_args()


def expected_scores(scorer: OnnxScorer, frames: np.ndarray) -> list[dict]:
    appearance, motion = scorer.psnrs(frames)
    scores = live_scores(appearance, motion, scorer.scoring)
    return [{"frame": scorer.history + i, "appearance_psnr": float(a), "motion_psnr": float(m),
             "score": float(s)} for i, (a, m, s) in enumerate(zip(appearance, motion, scores))]


def main():
    args = parse_args()
    scorer = OnnxScorer(args.card)
    _, _, channels, height, width = scorer.card["input"]["shape"]
    clip_dir = next((d for d in list_clip_dirs(args.data / args.split) if d.name == args.video),
                    None)
    if clip_dir is None:
        raise SystemExit(f"video {args.video!r} not found in {args.data / args.split / 'frames'}")
    frames = load_clip(clip_dir, channels, width, height).frames[args.start:args.start + args.count]
    if len(frames) <= scorer.history:
        raise SystemExit(f"{len(frames)} frames leave none with a full history of {scorer.history}")

    vector = {
        "format": "m2s2l-test-vector",
        "card": args.card.name,
        "source": f"{args.data.name}/{args.split}/frames/{args.video}, frames "
                  f"{args.start + 1}..{args.start + len(frames)} (1-based), resized to "
                  f"{width}x{height}",
        "width": width,
        "height": height,
        "channels": channels,
        "n_frames": len(frames),
        "frames_base64": base64.b64encode(np.ascontiguousarray(frames).tobytes()).decode(),
        "tolerance": TOLERANCE,
        "expected": expected_scores(scorer, frames),
    }
    out = args.card.parent / scorer.card["test_vector"]
    out.write_text(json.dumps(vector, indent=1) + "\n")
    print(f"wrote {out}: {len(vector['expected'])} scored frames of {len(frames)}")


if __name__ == "__main__":
    main()
