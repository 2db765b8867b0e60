"""Output shapes and basic properties of both configs."""

import pytest
import torch

from m2s2l import M2S2L, get_config


@pytest.mark.parametrize("name", ["lite", "paper"])
def test_output_shapes(name):
    cfg = get_config(name)
    torch.manual_seed(0)
    model = M2S2L(cfg).eval()
    frames = torch.rand(2, len(cfg.frame_offsets), cfg.channels, cfg.height, cfg.width)
    with torch.no_grad():
        appearance, motion, (shared, part_a, part_m) = model(frames, return_parts=True)
    image_shape = (2, cfg.channels, cfg.height, cfg.width)
    assert appearance.shape == image_shape
    assert motion.shape == image_shape
    code_shape = (2, cfg.dims[3], cfg.height // 32, cfg.width // 32)
    assert shared.shape == part_a.shape == part_m.shape == code_shape


def test_output_ranges():
    cfg = get_config("lite")
    torch.manual_seed(0)
    model = M2S2L(cfg).eval()
    with torch.no_grad():
        appearance, motion = model(torch.rand(1, 8, 1, cfg.height, cfg.width))
    assert appearance.min() >= 0
    assert appearance.max() <= 1
    assert motion.min() >= -1
    assert motion.max() <= 1


def test_model_ignores_nothing_but_batch():
    """Each sample of a batch is scored independently of the others."""
    cfg = get_config("lite")
    torch.manual_seed(0)
    model = M2S2L(cfg).eval()
    frames = torch.rand(2, 8, 1, cfg.height, cfg.width)
    with torch.no_grad():
        together, _ = model(frames)
        alone, _ = model(frames[1:])
    assert torch.allclose(together[1:], alone, atol=1e-5)


def test_invalid_input_size_rejected():
    with pytest.raises(ValueError, match="multiples of 32"):
        get_config("lite", height=100)
