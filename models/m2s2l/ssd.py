"""Loop-free chunked selective scan (the state-space duality form of Mamba-2).

The recurrence, per head h, with a scalar decay per step:

    state_t = exp(dt_t * A_h) * state_{t-1} + dt_t * x_t B_t^T     (state: P x N)
    y_t     = state_t C_t + D_h * x_t

is evaluated without a loop over time. The sequence is cut into chunks of Q steps. Inside a chunk
the output is a masked (Q x Q) matrix product. The state handed from chunk to chunk is another
masked product, over the chunk axis. Every product is a MatMul (no Einsum), the masks are
precomputed buffers, and all lengths are fixed when the module is built, so the ONNX graph has
no Loop, no Trilu and no shape arithmetic.
"""

import torch
import torch.nn.functional as F
from torch import nn


def _causal_mask(n: int) -> torch.Tensor:
    """Return an (n, n) float mask with ones on and below the diagonal."""
    return torch.tril(torch.ones(n, n))


def _decay_matrix(cumulative: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Return exp(cumulative[i] - cumulative[j]) for j <= i and 0 above the diagonal.

    ``cumulative`` is a running sum of non-positive log-decays, so every kept entry is <= 0. The
    clamp only affects the masked entries, where the difference can be large and positive.
    """
    difference = cumulative.unsqueeze(-1) - cumulative.unsqueeze(-2)
    return torch.exp(torch.clamp(difference, max=0.0)) * mask


class ChunkedScan(nn.Module):
    """Selective scan over sequences of a fixed length ``length``.

    Args of ``forward``:
        x:         (B_, L, n_heads, P) inputs
        dt:        (B_, L, n_heads) positive step sizes
        log_decay: (B_, L, n_heads) dt * A, which is <= 0 because A < 0
        B:         (B_, L, N) input projections
        C:         (B_, L, N) output projections
    Returns (B_, L, n_heads, P). The skip term D * x is left to the caller.
    """

    def __init__(self, length: int, chunk: int, n_heads: int, head_dim: int, state_size: int):
        super().__init__()
        chunk = min(chunk, length)
        n_chunks = -(-length // chunk)
        self.n_heads, self.head_dim, self.state_size = n_heads, head_dim, state_size
        self.length = length
        self.chunk = chunk
        self.n_chunks = n_chunks
        self.padded = n_chunks * chunk
        self.register_buffer("intra_mask", _causal_mask(chunk), persistent=False)
        self.register_buffer("inter_mask", _causal_mask(n_chunks + 1), persistent=False)

    def _pad(self, t: torch.Tensor) -> torch.Tensor:
        """Zero-pad the time axis (dim 1) of a 3-D or 4-D tensor to a whole number of chunks."""
        extra = self.padded - self.length
        if extra == 0:
            return t
        # F.pad lists (before, after) pairs from the last dimension backwards.
        trailing_dims = t.dim() - 2
        return F.pad(t, [0, 0] * trailing_dims + [0, extra])

    def forward(self, x, dt, log_decay, B, C):
        # Sizes come from the constructor, not from tensor shapes, so the exported graph has no
        # Shape arithmetic.
        n_heads, head_dim, n_state = self.n_heads, self.head_dim, self.state_size
        q, c = self.chunk, self.n_chunks

        # Padded steps have dt = 0: no decay and no input, so they do not change the state.
        x, dt, B, C = self._pad(x), self._pad(dt), self._pad(B), self._pad(C)
        log_decay = self._pad(log_decay)

        # (B_, n_heads, c, Q): log-decay per step and its running sum inside each chunk.
        log_decay = log_decay.permute(0, 2, 1).reshape(-1, n_heads, c, q)
        cumulative = torch.cumsum(log_decay, dim=-1)

        x_dt = (x * dt.unsqueeze(-1)).permute(0, 2, 1, 3).reshape(-1, n_heads, c, q, head_dim)
        B_chunks = B.reshape(-1, 1, c, q, n_state)
        C_chunks = C.reshape(-1, 1, c, q, n_state)

        # 1. Output from inputs inside the same chunk.
        scores = torch.matmul(C_chunks, B_chunks.transpose(-1, -2))  # (B_, 1, c, Q, Q)
        weights = scores * _decay_matrix(cumulative, self.intra_mask)  # (B_, n_heads, c, Q, Q)
        y_intra = torch.matmul(weights, x_dt)  # (B_, n_heads, c, Q, P)

        # 2. State at the end of each chunk from that chunk's own inputs.
        decay_to_end = torch.exp(cumulative[..., -1:] - cumulative)  # (B_, n_heads, c, Q)
        states = torch.matmul(
            (x_dt * decay_to_end.unsqueeze(-1)).transpose(-1, -2), B_chunks
        )  # (B_, n_heads, c, P, N)

        # 3. Carry the states across chunks: state entering chunk k is a decayed sum of the
        #    states produced by chunks 0..k-1 (a zero state is placed in front).
        chunk_totals = cumulative[..., -1]  # (B_, n_heads, c)
        chunk_cumulative = F.pad(torch.cumsum(chunk_totals, -1), [1, 0])  # (B_, n_heads, c + 1)
        carry = _decay_matrix(chunk_cumulative, self.inter_mask)  # (B_, n_heads, c+1, c+1)
        flat_states = states.reshape(-1, n_heads, c, head_dim * n_state)
        flat_states = F.pad(flat_states, [0, 0, 1, 0])  # zero state before chunk 0
        entering = torch.matmul(carry, flat_states)[:, :, :-1]  # (B_, n_heads, c, P * N)
        entering = entering.reshape(-1, n_heads, c, head_dim, n_state)

        # 4. Output from the state that entered the chunk, decayed to each step.
        y_inter = torch.matmul(C_chunks, entering.transpose(-1, -2))  # (B_, n_heads, c, Q, P)
        y_inter = y_inter * torch.exp(cumulative).unsqueeze(-1)

        y = (y_intra + y_inter).reshape(-1, n_heads, self.padded, head_dim)
        y = y.permute(0, 2, 1, 3)
        return y[:, : self.length]
