"""The M2S2L network: spatial and temporal encoder pyramids, per-level fusion, the
shared/appearance/motion decomposition and the two reconstruction decoders."""

import torch
import torch.nn.functional as F
from torch import nn

from .blocks import ChannelNorm, ConvBlock, VSSBlock
from .config import (APPEARANCE_OFFSETS, DIFFERENCES_PER_STRIDE, TEMPORAL_STRIDES, M2S2LConfig,
                     difference_pairs)


def make_stage(cfg: M2S2LConfig, level: int, dim: int, depth: int) -> nn.Sequential:
    """Return ``depth`` blocks for one pyramid level: VSS blocks, or convolution blocks where
    the level has more tokens than ``cfg.max_scan_tokens``."""
    height, width = cfg.level_size(level)
    blocks = []
    for _ in range(depth):
        if height * width > cfg.max_scan_tokens:
            blocks.append(ConvBlock(dim, cfg.mlp_ratio))
        else:
            blocks.append(VSSBlock(dim, height, width, cfg.expand, cfg.head_dim,
                                   cfg.state_size, cfg.chunk, cfg.mlp_ratio))
    return nn.Sequential(*blocks)


class Pyramid(nn.Module):
    """Encoder pyramid at strides 4, 8, 16 and 32 over a stack of frames (or differences)."""

    def __init__(self, cfg: M2S2LConfig, in_channels: int, dims, depths):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(in_channels, dims[0], 4, stride=4),
                                  ChannelNorm(dims[0]))
        self.stages = nn.ModuleList(
            make_stage(cfg, level, dims[level], depths[level]) for level in range(4)
        )
        self.downsamples = nn.ModuleList(
            nn.Sequential(ChannelNorm(dims[level]),
                          nn.Conv2d(dims[level], dims[level + 1], 2, stride=2))
            for level in range(3)
        )

    def forward(self, x):
        """x: (B_, in_channels, H, W) -> four maps, level i of shape (B_, dims[i], H/4/2^i, W/4/2^i)."""
        features = []
        x = self.stem(x)
        for level in range(4):
            x = self.stages[level](x)
            features.append(x)
            if level < 3:
                x = self.downsamples[level](x)
        return features


class FullResolutionStem(nn.Module):
    """Two 3x3 convolutions at full resolution: the decoder's finest skip connection."""

    def __init__(self, in_channels: int, width: int):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(in_channels, width, 3, padding=1), nn.GELU(),
                                 nn.Conv2d(width, width, 3, padding=1), nn.GELU())

    def forward(self, x):
        return self.net(x)


class UNetDecoder(nn.Module):
    """Decode a bottleneck code back to a full-resolution image using the fused encoder levels
    (strides 16, 8, 4) and a full-resolution stem as skips. Ends in tanh."""

    def __init__(self, cfg: M2S2LConfig, code_channels: int, stem_width: int):
        super().__init__()
        enc, dec = cfg.dims, cfg.decoder_dims
        self.entry = nn.Sequential(nn.Conv2d(code_channels, dec[3], 3, padding=1), nn.GELU())
        self.ups = nn.ModuleList()
        self.merges = nn.ModuleList()
        for level in (2, 1, 0):
            self.ups.append(nn.ConvTranspose2d(dec[level + 1], dec[level], 2, stride=2))
            self.merges.append(nn.Sequential(
                nn.Conv2d(dec[level] + enc[level], dec[level], 3, padding=1), nn.GELU(),
                nn.Conv2d(dec[level], dec[level], 3, padding=1), nn.GELU(),
            ))
        self.final_up = nn.ConvTranspose2d(dec[0], stem_width, 4, stride=4)
        self.head = nn.Sequential(
            nn.Conv2d(2 * stem_width, stem_width, 3, padding=1), nn.GELU(),
            nn.Conv2d(stem_width, cfg.channels, 3, padding=1),
        )

    def forward(self, code, skips, stem):
        """code: (B_, code_channels, H/32, W/32); skips: fused maps at strides 4, 8, 16;
        stem: (B_, stem_width, H, W). Returns (B_, channels, H, W) in [-1, 1]."""
        x = self.entry(code)
        for up, merge, skip in zip(self.ups, self.merges, (skips[2], skips[1], skips[0])):
            x = merge(torch.cat([up(x), skip], dim=1))
        x = F.gelu(self.final_up(x))
        return torch.tanh(self.head(torch.cat([x, stem], dim=1)))


class M2S2L(nn.Module):
    """M2S2L anomaly model.

    Input ``frames``: (B_, T, C_in, H, W) in [0, 1], the past frames at ``cfg.frame_offsets``
    (oldest first). Outputs:
        appearance: (B_, C_in, H, W) in [0, 1], the predicted target frame t;
        motion:     (B_, C_in, H, W) in [-1, 1], the predicted difference I_t - I_{t-1}.
    """

    def __init__(self, cfg: M2S2LConfig):
        super().__init__()
        self.cfg = cfg
        c = cfg.channels
        offsets = list(cfg.frame_offsets)
        self.register_buffer("appearance_index",
                             torch.tensor([offsets.index(o) for o in APPEARANCE_OFFSETS]),
                             persistent=False)
        for stride in TEMPORAL_STRIDES:
            pairs = difference_pairs(stride)
            self.register_buffer(f"newer_index_{stride}",
                                 torch.tensor([offsets.index(n) for n, _ in pairs]),
                                 persistent=False)
            self.register_buffer(f"older_index_{stride}",
                                 torch.tensor([offsets.index(o) for _, o in pairs]),
                                 persistent=False)

        self.spatial = Pyramid(cfg, len(APPEARANCE_OFFSETS) * c, cfg.dims, cfg.depths)
        self.temporal = nn.ModuleList(
            Pyramid(cfg, DIFFERENCES_PER_STRIDE * c, cfg.temporal_dims, cfg.temporal_depths)
            for _ in TEMPORAL_STRIDES
        )
        n_scales = len(TEMPORAL_STRIDES)
        self.fusion = nn.ModuleList(
            nn.Conv2d(cfg.dims[level] + n_scales * cfg.temporal_dims[level], cfg.dims[level], 1)
            for level in range(4)
        )
        bottleneck = cfg.dims[3]
        self.to_shared = nn.Conv2d(bottleneck, bottleneck, 1)
        self.to_appearance = nn.Conv2d(bottleneck, bottleneck, 1)
        self.to_motion = nn.Conv2d(bottleneck, bottleneck, 1)

        stem_width = max(16, cfg.dims[0] // 2)
        self.appearance_stem = FullResolutionStem(len(APPEARANCE_OFFSETS) * c, stem_width)
        self.motion_stem = FullResolutionStem(c, stem_width)
        self.appearance_decoder = UNetDecoder(cfg, 2 * bottleneck, stem_width)
        self.motion_decoder = UNetDecoder(cfg, 2 * bottleneck, stem_width)

    def differences(self, x, stride: int):
        """x: (B_, T, C, H, W) in [-1, 1] -> (B_, 3 * C, H, W), differences of [0, 1] frames."""
        newer = x.index_select(1, getattr(self, f"newer_index_{stride}"))
        older = x.index_select(1, getattr(self, f"older_index_{stride}"))
        return ((newer - older) * 0.5).flatten(1, 2)

    def forward(self, frames, return_parts: bool = False):
        cfg = self.cfg
        x = frames * 2.0 - 1.0
        appearance_in = x.index_select(1, self.appearance_index).flatten(1, 2)

        spatial = self.spatial(appearance_in)
        differences = {stride: self.differences(x, stride) for stride in TEMPORAL_STRIDES}
        temporal = [encoder(differences[stride])
                    for encoder, stride in zip(self.temporal, TEMPORAL_STRIDES)]
        fused = [
            self.fusion[level](torch.cat([spatial[level]] + [t[level] for t in temporal], dim=1))
            for level in range(4)
        ]

        shared = self.to_shared(fused[3])
        part_appearance = self.to_appearance(fused[3])
        part_motion = self.to_motion(fused[3])

        last_difference = differences[1][:, : cfg.channels]  # I_{t-1} - I_{t-2}
        appearance = self.appearance_decoder(torch.cat([shared, part_appearance], dim=1),
                                             fused, self.appearance_stem(appearance_in))
        motion = self.motion_decoder(torch.cat([shared, part_motion], dim=1),
                                     fused, self.motion_stem(last_difference))
        appearance = (appearance + 1.0) * 0.5
        if return_parts:
            return appearance, motion, (shared, part_appearance, part_motion)
        return appearance, motion
