"""Building blocks: the VSS block (2D selective scan in four directions), a depthwise-convolution
block for levels too large to scan cheaply, and a channel LayerNorm for NCHW maps."""

import math

import torch
import torch.nn.functional as F
from torch import nn

from .ssd import ChunkedScan


class ChannelNorm(nn.Module):
    """LayerNorm over the channel axis of an NCHW map."""

    def __init__(self, channels: int):
        super().__init__()
        self.norm = nn.LayerNorm(channels)

    def forward(self, x):
        return self.norm(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


class ConvBlock(nn.Module):
    """Depthwise 7x7 convolution then a pointwise MLP, with a residual connection (ConvNeXt
    layout). Used where a scan over every token would cost too much."""

    def __init__(self, dim: int, mlp_ratio: float):
        super().__init__()
        hidden = int(dim * mlp_ratio)
        self.depthwise = nn.Conv2d(dim, dim, 7, padding=3, groups=dim)
        self.norm = ChannelNorm(dim)
        self.expand = nn.Conv2d(dim, hidden, 1)
        self.project = nn.Conv2d(hidden, dim, 1)

    def forward(self, x):
        """x: (B_, dim, h, w) -> same shape."""
        y = self.norm(self.depthwise(x))
        return x + self.project(F.gelu(self.expand(y)))


def scan_orders(height: int, width: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Return the four scan orders of an (height, width) grid and their inverses.

    Orders, as rows of a (4, L) index tensor into the row-major token list: row-major,
    column-major, and both reversed. Reversal is done by indexing, not by flipping, because
    flips export as negative-step slices, which onnxruntime-web 1.31 computed wrongly.
    """
    rows = torch.arange(height * width)
    columns = rows.reshape(height, width).t().reshape(-1)
    orders = torch.stack([rows, columns, rows.flip(0), columns.flip(0)])
    inverses = torch.argsort(orders, dim=1)
    return orders, inverses


class SelectiveScan2D(nn.Module):
    """SS2D: a Mamba-2 selective scan over a feature map along four directions, summed.

    Each direction has its own step-size, decay, B and C parameters. All four run as one batched
    chunked scan.
    """

    DIRECTIONS = 4

    def __init__(self, dim: int, height: int, width: int, expand: int, head_dim: int,
                 state_size: int, chunk: int):
        super().__init__()
        inner = expand * dim
        if inner % head_dim:
            raise ValueError(f"inner width {inner} is not a multiple of head_dim={head_dim}")
        self.height, self.width = height, width
        self.length = height * width
        self.inner = inner
        self.n_heads = inner // head_dim
        self.head_dim = head_dim
        self.state_size = state_size
        k = self.DIRECTIONS

        self.in_proj = nn.Linear(dim, 2 * inner, bias=False)
        self.depthwise = nn.Conv2d(inner, inner, 3, padding=1, groups=inner)
        # Per direction: dt (one per head), B and C.
        proj_width = self.n_heads + 2 * state_size
        self.x_proj = nn.Parameter(torch.randn(k, inner, proj_width) / math.sqrt(inner))
        # dt starts log-uniform in [1e-3, 1e-1], as in Mamba.
        dt = torch.exp(torch.rand(k, self.n_heads) * (math.log(0.1) - math.log(1e-3))
                       + math.log(1e-3))
        self.dt_bias = nn.Parameter(dt + torch.log(-torch.expm1(-dt)))
        self.A_log = nn.Parameter(torch.log(torch.rand(k, self.n_heads) * 15 + 1))
        self.D = nn.Parameter(torch.ones(k, self.n_heads))
        self.out_norm = nn.LayerNorm(inner)
        self.out_proj = nn.Linear(inner, dim, bias=False)
        self.scan = ChunkedScan(self.length, chunk, self.n_heads, head_dim, state_size)

        orders, inverses = scan_orders(height, width)
        self.register_buffer("order_index", orders.reshape(-1), persistent=False)
        offsets = (torch.arange(k) * self.length).unsqueeze(1)
        self.register_buffer("inverse_index", (inverses + offsets).reshape(-1), persistent=False)

    def forward(self, tokens):
        """tokens: (B_, L, dim) in row-major order -> (B_, L, dim)."""
        k, L, E, nh, P, N = (self.DIRECTIONS, self.length, self.inner, self.n_heads,
                             self.head_dim, self.state_size)
        u, gate = self.in_proj(tokens).chunk(2, dim=-1)  # (B_, L, E) each

        u = u.transpose(1, 2).reshape(-1, E, self.height, self.width)
        u = F.silu(self.depthwise(u)).reshape(-1, E, L).transpose(1, 2)

        # (B_, k, L, E): the tokens in each direction's order.
        u_dirs = u.index_select(1, self.order_index).reshape(-1, k, L, E)
        proj = torch.matmul(u_dirs, self.x_proj)  # (B_, k, L, nh + 2N)
        dt_raw, B, C = proj.split([nh, N, N], dim=-1)
        dt = F.softplus(dt_raw + self.dt_bias.unsqueeze(1))  # (B_, k, L, nh)
        log_decay = dt * -torch.exp(self.A_log).unsqueeze(1)

        x = u_dirs.reshape(-1, k, L, nh, P)
        y = self.scan(
            x.reshape(-1, L, nh, P),
            dt.reshape(-1, L, nh),
            log_decay.reshape(-1, L, nh),
            B.reshape(-1, L, N),
            C.reshape(-1, L, N),
        ).reshape(-1, k, L, nh, P)
        y = y + x * self.D.reshape(1, k, 1, nh, 1)

        # Back to row-major order, then sum the four directions.
        y = y.reshape(-1, k * L, E).index_select(1, self.inverse_index)
        y = y.reshape(-1, k, L, E).sum(dim=1)
        return self.out_proj(self.out_norm(y) * F.silu(gate))


class VSSBlock(nn.Module):
    """Visual state-space block: x + SS2D(norm(x)), then x + MLP(norm(x))."""

    def __init__(self, dim: int, height: int, width: int, expand: int, head_dim: int,
                 state_size: int, chunk: int, mlp_ratio: float):
        super().__init__()
        self.dim, self.height, self.width = dim, height, width
        self.norm_scan = nn.LayerNorm(dim)
        self.scan = SelectiveScan2D(dim, height, width, expand, head_dim, state_size, chunk)
        hidden = int(dim * mlp_ratio)
        self.norm_mlp = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))

    def forward(self, x):
        """x: (B_, dim, h, w) -> same shape."""
        tokens = x.flatten(2).transpose(1, 2)
        tokens = tokens + self.scan(self.norm_scan(tokens))
        tokens = tokens + self.mlp(self.norm_mlp(tokens))
        return tokens.transpose(1, 2).reshape(-1, self.dim, self.height, self.width)
