"""Print parameters and GMACs (multiply-accumulates) of each config at its input size.

Usage: python models/stats.py [--config lite|paper ...]
GMACs are counted with torch.utils.flop_counter (matmuls and convolutions, the scan's products
included) and halved, since it counts a multiply-add as two FLOPs.
"""

import argparse

import torch
from torch.utils.flop_counter import FlopCounterMode

from m2s2l import CONFIGS, M2S2L, get_config


def measure(name: str) -> tuple[int, float]:
    """Return (parameters, GMACs for one input) of the named config."""
    cfg = get_config(name)
    model = M2S2L(cfg).eval()
    params = sum(p.numel() for p in model.parameters())
    frames = torch.rand(1, len(cfg.frame_offsets), cfg.channels, cfg.height, cfg.width)
    counter = FlopCounterMode(display=False)
    with torch.no_grad(), counter:
        model(frames)
    return params, counter.get_total_flops() / 2e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", nargs="*", default=sorted(CONFIGS),
                        help="configs to measure (default: all)")
    args = parser.parse_args()
    print(f"{'config':<8} {'input':<14} {'parameters':>12} {'GMACs':>8}")
    for name in args.config:
        cfg = get_config(name)
        params, gmacs = measure(name)
        size = f"{cfg.channels}x{cfg.height}x{cfg.width}"
        print(f"{name:<8} {size:<14} {params / 1e6:>10.2f} M {gmacs:>8.2f}")


if __name__ == "__main__":
    main()
