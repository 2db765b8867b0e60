"""Score a test split with an exported model and report frame-level AUC.

Usage:
    python models/evaluate.py --card models/exported/m2s2l-lite-ped2.json \
        --data ../shared/data/ped2 --labels ../shared/data/ped2/ped2.mat --csv scores.csv

Runs the ONNX model in onnxruntime exactly as the viewer does. Reports micro AUC (all test frames
pooled) and macro AUC (mean of per-video AUCs over videos with both classes) under two protocols:
  live   the causal score with the card's calibration statistics (from training frames only);
  paper  per-video min-max normalisation of each PSNR, then fusion (looks at future frames).
The first `history` frames of each video have no full history, get no score, and are left out of
every AUC. With --update-card the results are written into the card's `evaluation` section.
"""

import argparse
import csv
import hashlib
import json
import time
from pathlib import Path


from m2s2l.data import frame_paths, list_clip_dirs, load_clip, load_labels
from m2s2l.runner import OnnxScorer
from m2s2l.scoring import frame_auc, live_scores, paper_protocol_scores


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--card", required=True, type=Path, help="model card (NAME.json)")
    parser.add_argument("--data", required=True, type=Path,
                        help="dataset root containing testing/frames/<clip>/")
    parser.add_argument("--labels", required=True, type=Path,
                        help="frame-level labels (.mat with key gt)")
    parser.add_argument("--csv", type=Path, help="write per-frame scores here")
    parser.add_argument("--threads", type=int, default=0, help="onnxruntime threads (0: default)")
    parser.add_argument("--update-card", action="store_true",
                        help="store the results in the card's evaluation section")
    return parser.parse_args()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main():
    args = parse_args()
    scorer = OnnxScorer(args.card, threads=args.threads)
    shape = scorer.card["input"]["shape"]
    channels, height, width = shape[2], shape[3], shape[4]
    clip_dirs = list_clip_dirs(args.data / "testing")
    # Read the labels before scoring, so a wrong file fails at once rather than after minutes.
    try:
        labels = load_labels(args.labels, [len(frame_paths(d)) for d in clip_dirs])
    except ValueError as error:
        raise SystemExit(f"evaluate: {error}") from None
    print(f"labels: {args.labels} (sha256 {sha256(args.labels)[:16]}...)")

    started = time.time()
    clips, rows = [], []
    for clip_dir in clip_dirs:
        clip = load_clip(clip_dir, channels, width, height)
        appearance, motion = scorer.psnrs(clip.frames)
        clips.append((clip, appearance, motion))
        print(f"  video {clip.name}: {len(clip.frames)} frames, {len(appearance)} scored")
    seconds = time.time() - started

    history = scorer.history
    kept_labels, live, paper = [], [], []
    for (clip, appearance, motion), video_labels in zip(clips, labels):
        video_live = live_scores(appearance, motion, scorer.scoring)
        video_paper = paper_protocol_scores(appearance, motion, scorer.scoring["weights"])
        kept_labels.append(video_labels[history:])
        live.append(video_live)
        paper.append(video_paper)
        for i in range(len(appearance)):
            rows.append([clip.name, history + i + 1, int(video_labels[history + i]),
                         appearance[i], motion[i], video_live[i], video_paper[i]])

    results = {"live": frame_auc(kept_labels, live), "paper": frame_auc(kept_labels, paper)}
    n_scored = sum(len(l) for l in kept_labels)
    n_total = sum(len(l) for l in labels)
    print(f"scored {n_scored} of {n_total} frames in {len(clips)} videos "
          f"(first {history} frames of each video have no full history and are left out); "
          f"{1000 * seconds / n_scored:.1f} ms per frame")
    print(f"{'protocol':<8} {'micro AUC':>10} {'macro AUC':>10}")
    for protocol, r in results.items():
        print(f"{protocol:<8} {r['micro']:>10.4f} {r['macro']:>10.4f}")
    print("per-video AUC (live / paper):")
    for (clip, _, _), auc_live, auc_paper in zip(clips, results["live"]["per_video"],
                                                 results["paper"]["per_video"]):
        text = "one class only" if auc_live is None else f"{auc_live:.4f} / {auc_paper:.4f}"
        print(f"  video {clip.name}: {text}")

    if args.csv:
        with open(args.csv, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["video", "frame", "label", "appearance_psnr", "motion_psnr",
                             "live_score", "paper_score"])
            writer.writerows(rows)
        print(f"wrote {args.csv}")

    if args.update_card:
        card = json.loads(args.card.read_text())
        card["evaluation"] = {
            "dataset": f"{args.data.name} test split, {len(clips)} videos",
            "label_file": args.labels.name,
            "label_file_sha256": sha256(args.labels),
            "frames_scored": n_scored,
            "frames_total": n_total,
            "unscored_rule": f"the first {history} frames of each video (no full history) "
                             "get no score and are left out of every AUC",
            "videos": [clip.name for clip, _, _ in clips],
            "auc": results,
        }
        args.card.write_text(json.dumps(card, indent=2) + "\n")
        print(f"updated {args.card}")


if __name__ == "__main__":
    main()
