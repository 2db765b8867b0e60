"""The chunked scan must equal a plain step-by-step recurrence (the oracle below)."""

import pytest
import torch

from m2s2l.ssd import ChunkedScan


def sequential_scan(x, dt, log_decay, B, C):
    """Evaluate state_t = exp(log_decay_t) * state_{t-1} + dt_t * x_t B_t^T and
    y_t = state_t C_t one step at a time. Shapes as in ChunkedScan.forward."""
    batch, length, n_heads, head_dim = x.shape
    state = torch.zeros(batch, n_heads, head_dim, B.shape[-1], dtype=x.dtype)
    outputs = []
    for t in range(length):
        decay = torch.exp(log_decay[:, t])[:, :, None, None]
        update = (dt[:, t, :, None] * x[:, t])[..., None] * B[:, t, None, None, :]
        state = decay * state + update
        outputs.append((state * C[:, t, None, None, :]).sum(-1))
    return torch.stack(outputs, dim=1)


def random_inputs(batch, length, n_heads, head_dim, n_state, dtype, seed=0):
    generator = torch.Generator().manual_seed(seed)

    def rand(*shape):
        return torch.randn(*shape, generator=generator, dtype=dtype)

    x = rand(batch, length, n_heads, head_dim)
    dt = torch.nn.functional.softplus(rand(batch, length, n_heads) - 1.0)
    A = -torch.exp(rand(n_heads))
    B = rand(batch, length, n_state)
    C = rand(batch, length, n_state)
    return x, dt, dt * A, B, C


# Lengths cover one chunk, several whole chunks, a padded last chunk and the token counts of the
# lite config's scanned levels (24x16, 12x8, 6x4).
@pytest.mark.parametrize("length,chunk", [(16, 64), (64, 16), (50, 16), (384, 64), (96, 64),
                                          (24, 64), (7, 3)])
@pytest.mark.parametrize("dtype,tolerance", [(torch.float64, 1e-10), (torch.float32, 1e-4)])
def test_chunked_scan_matches_sequential(length, chunk, dtype, tolerance):
    inputs = random_inputs(2, length, 3, 4, 5, dtype)
    expected = sequential_scan(*inputs)
    actual = ChunkedScan(length, chunk, 3, 4, 5).to(dtype)(*inputs)
    assert actual.shape == expected.shape
    scale = expected.abs().max().item()
    assert torch.allclose(actual, expected, atol=tolerance * scale, rtol=tolerance)


def test_chunked_scan_is_causal():
    x, dt, log_decay, B, C = random_inputs(1, 40, 2, 3, 4, torch.float64, seed=1)
    scan = ChunkedScan(40, 8, 2, 3, 4).double()
    before = scan(x, dt, log_decay, B, C)
    x_changed = x.clone()
    x_changed[:, 25:] += 1.0
    after = scan(x_changed, dt, log_decay, B, C)
    assert torch.equal(before[:, :25], after[:, :25])
    assert not torch.allclose(before[:, 25:], after[:, 25:])
