"""Model sizes. ``lite`` and ``paper`` share one code path and differ only in these numbers."""

from dataclasses import dataclass

# Offsets from the target frame t of the past frames the model receives, oldest first.
# Appearance uses t-4..t-1; motion uses differences at strides 1, 2 and 4 (three each), which
# reach back to t-13. Only the distinct frames are passed in; the graph forms the differences.
FRAME_OFFSETS = (-13, -9, -7, -5, -4, -3, -2, -1)
APPEARANCE_OFFSETS = (-4, -3, -2, -1)
TEMPORAL_STRIDES = (1, 2, 4)
DIFFERENCES_PER_STRIDE = 3


def difference_pairs(stride: int) -> list[tuple[int, int]]:
    """Return (newer, older) offset pairs of the frame differences at ``stride``, newest first."""
    return [(-1 - k * stride, -1 - (k + 1) * stride) for k in range(DIFFERENCES_PER_STRIDE)]


@dataclass(frozen=True)
class M2S2LConfig:
    """Sizes of one M2S2L variant.

    Level i of the pyramid runs at stride 4 * 2**i (4, 8, 16, then the stride-32 bottleneck).
    """

    name: str
    height: int
    width: int
    channels: int  # 1: grey, 3: RGB
    dims: tuple[int, int, int, int]  # spatial encoder width per level
    temporal_dims: tuple[int, int, int, int]  # width of each temporal encoder per level
    depths: tuple[int, int, int, int]  # blocks per level in the spatial encoder
    temporal_depths: tuple[int, int, int, int]
    decoder_dims: tuple[int, int, int, int]
    # Levels with more tokens than this use a depthwise-convolution block instead of a scan.
    max_scan_tokens: int = 100_000
    state_size: int = 16  # N
    head_dim: int = 16  # P
    expand: int = 2  # E = expand * dim
    chunk: int = 64  # Q
    mlp_ratio: float = 2.0
    frame_offsets: tuple[int, ...] = FRAME_OFFSETS

    def __post_init__(self):
        if self.height % 32 or self.width % 32:
            raise ValueError(
                f"input size {self.width}x{self.height} is invalid: width and height must be "
                "multiples of 32 (the bottleneck runs at stride 32)"
            )
        if self.channels not in (1, 3):
            raise ValueError(f"channels={self.channels} is invalid: use 1 (grey) or 3 (RGB)")

    def level_size(self, level: int) -> tuple[int, int]:
        """Return (height, width) of the feature map at ``level`` (0..3)."""
        stride = 4 * 2**level
        return self.height // stride, self.width // stride

    @property
    def history(self) -> int:
        """Number of past frames a frame needs before it can be scored."""
        return -min(self.frame_offsets)


CONFIGS = {
    # Browser real time on a laptop CPU; trains on 2 CPU cores. Ped2 is 3:2, so 192x128 keeps
    # its aspect ratio. The stride-4 level (1536 tokens) uses convolution blocks.
    "lite": M2S2LConfig(
        name="lite",
        height=128,
        width=192,
        channels=1,
        dims=(24, 48, 96, 128),
        temporal_dims=(8, 16, 32, 48),
        depths=(1, 1, 2, 1),
        temporal_depths=(1, 1, 1, 1),
        decoder_dims=(24, 48, 96, 128),
        max_scan_tokens=1024,
        state_size=16,
        head_dim=16,
        chunk=64,
    ),
    # The operating point of the M2S2L paper (arXiv 2511.05564 reports 20.1 GFLOPs): 256x256 RGB,
    # about 20 GMACs and 45 M parameters.
    "paper": M2S2LConfig(
        name="paper",
        height=256,
        width=256,
        channels=3,
        dims=(96, 192, 384, 640),
        temporal_dims=(32, 64, 128, 192),
        depths=(2, 2, 4, 2),
        temporal_depths=(1, 1, 2, 1),
        decoder_dims=(64, 128, 256, 640),
        state_size=16,
        head_dim=32,
        chunk=64,
    ),
}


def get_config(name: str, **overrides) -> M2S2LConfig:
    """Return the named config, optionally with fields replaced (for tests and experiments)."""
    if name not in CONFIGS:
        raise ValueError(f"unknown config {name!r}: choose one of {sorted(CONFIGS)}")
    base = CONFIGS[name]
    if not overrides:
        return base
    values = {f: getattr(base, f) for f in base.__dataclass_fields__}
    values.update(overrides)
    return M2S2LConfig(**values)
