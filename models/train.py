"""Train M2S2L on the normal training clips of a frame-folder dataset.

Usage:
    python models/train.py --data ../shared/data/ped2 --config lite --out runs/lite-ped2

Reads DATA/training/frames only. Writes OUT/last.pt after every epoch (and every
--checkpoint-every steps) and resumes from it when started again with the same OUT.
"""

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from m2s2l import M2S2L, get_config
from m2s2l.data import WindowDataset, load_split
from m2s2l.losses import total_loss

LOSS_WEIGHTS = {"appearance_l2": 1.0, "appearance_gradient": 1.0, "motion_l1": 1.0,
                "orthogonality": 0.01}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path,
                        help="dataset root containing training/frames/<clip>/")
    parser.add_argument("--config", default="lite", help="model config: lite or paper")
    parser.add_argument("--out", required=True, type=Path, help="run folder for checkpoints")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--lr", type=float, default=5e-4, help="peak learning rate (Adam)")
    parser.add_argument("--warmup-steps", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=0,
                        help="torch CPU threads (0: leave torch's default)")
    parser.add_argument("--checkpoint-every", type=int, default=100, help="steps")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    return parser.parse_args()


def seed_everything(seed: int):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def learning_rate(step: int, total_steps: int, peak: float, warmup: int) -> float:
    """Linear warm-up, then cosine decay to zero at ``total_steps``."""
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, total_steps - warmup)
    return peak * 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


def save_checkpoint(path: Path, model, optimizer, step: int, args, history):
    tmp = path.with_suffix(".tmp")
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "step": step,
                "config": args.config, "args": {k: str(v) for k, v in vars(args).items()},
                "history": history}, tmp)
    tmp.replace(path)


def main():
    args = parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    cfg = get_config(args.config)
    args.out.mkdir(parents=True, exist_ok=True)

    print(f"loading {args.data / 'training'} at {cfg.width}x{cfg.height}, {cfg.channels} channel(s)")
    clips = load_split(args.data / "training", cfg.channels, cfg.width, cfg.height)
    dataset = WindowDataset(clips, cfg.frame_offsets)
    print(f"{len(clips)} clips, {sum(len(c.frames) for c in clips)} frames, "
          f"{len(dataset)} training samples (frames with {cfg.history} past frames)")

    model = M2S2L(cfg).to(args.device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    steps_per_epoch = len(dataset) // args.batch_size
    total_steps = steps_per_epoch * args.epochs
    step, history = 0, []
    checkpoint_path = args.out / "last.pt"
    if checkpoint_path.exists():
        state = torch.load(checkpoint_path, map_location=args.device)
        if state["config"] != args.config:
            raise SystemExit(f"{checkpoint_path} was trained with config {state['config']!r}, "
                             f"not {args.config!r}: pick another --out")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step, history = state["step"], state["history"]
        print(f"resumed from {checkpoint_path} at step {step} of {total_steps}")

    model.train()
    progress = tqdm(total=total_steps, initial=step, unit="step", dynamic_ncols=True)
    started = time.time()
    while step < total_steps:
        epoch = step // steps_per_epoch
        # One permutation per epoch, derived from the seed, so a resumed run uses the same order.
        order = torch.randperm(len(dataset), generator=torch.Generator().manual_seed(args.seed + epoch))
        first = (step % steps_per_epoch) * args.batch_size
        for start in range(first, steps_per_epoch * args.batch_size, args.batch_size):
            batch = [dataset[int(i)] for i in order[start:start + args.batch_size]]
            past, frame_t, frame_before = (torch.stack(items).to(args.device) for items in zip(*batch))
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(step, total_steps, args.lr, args.warmup_steps)

            appearance, motion, parts = model(past, return_parts=True)
            loss, terms = total_loss(appearance, motion, parts, frame_t, frame_before, LOSS_WEIGHTS)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1

            progress.update(1)
            progress.set_postfix(epoch=epoch + 1, loss=f"{loss.item():.4f}",
                                 lr=f"{optimizer.param_groups[0]['lr']:.1e}")
            if step % 20 == 0:
                history.append({"step": step, "loss": loss.item(), **terms})
            if step % args.checkpoint_every == 0 or step % steps_per_epoch == 0:
                save_checkpoint(checkpoint_path, model, optimizer, step, args, history)
            if step >= total_steps:
                break

    save_checkpoint(checkpoint_path, model, optimizer, step, args, history)
    progress.close()
    summary = {"config": args.config, "steps": step, "epochs": args.epochs,
               "batch_size": args.batch_size, "lr": args.lr, "seed": args.seed,
               "samples": len(dataset), "this_run_seconds": round(time.time() - started, 1),
               "device": args.device, "threads": torch.get_num_threads()}
    (args.out / "train_summary.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
