"""M2S2L: Mamba-based multi-scale spatial-temporal learning for video anomaly detection.

Our implementation of the model described in the abstract of Liu et al., "M2S2L: Mamba-based
Multi-Scale Spatial-temporal Learning for Video Anomaly Detection" (IEEE VCIP 2025,
arXiv 2511.05564). Only the abstract is public, so the layer layout here is our own design.

Glossary (symbols follow the Mamba-2 paper, Dao and Gu 2024, arXiv 2405.21060):
    B_      batch size
    T       number of past frames the model receives (``len(frame_offsets)``)
    C_in    colour channels (1 for grey, 3 for RGB)
    H, W    input height and width in pixels
    L       sequence length of a scan (tokens in one feature map)
    E       inner width of a scan (channels after the input projection)
    n_heads scan heads; each head has one scalar decay ``a = dt * A``
    P       head width, E = n_heads * P
    N       state size (width of the B and C projections)
    Q       chunk length of the chunked scan
"""

from .config import CONFIGS, M2S2LConfig, get_config
from .model import M2S2L

__all__ = ["CONFIGS", "M2S2LConfig", "get_config", "M2S2L"]
