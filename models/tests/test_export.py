"""The ONNX export of a (randomly initialised) lite model equals PyTorch in onnxruntime, and its
graph avoids the operators that onnxruntime-web runs slowly or wrongly."""

import collections

import numpy as np
import onnx
import onnx.numpy_helper
import onnxruntime as ort
import pytest
import torch

from export import INPUT_NAME, OUTPUT_NAMES, export_onnx
from m2s2l import M2S2L, get_config

TOLERANCE = 1e-4  # max absolute difference of outputs in [0, 1] and [-1, 1]


@pytest.fixture(scope="module")
def exported_lite(tmp_path_factory):
    """Export once per module: each export takes tens of seconds on 2 cores."""
    torch.manual_seed(0)
    model = M2S2L(get_config("lite")).eval()
    path = tmp_path_factory.mktemp("export") / "lite.onnx"
    export_onnx(model, path, opset=18)
    return model, path


def test_onnx_matches_pytorch(exported_lite):
    model, path = exported_lite
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    frames = np.random.default_rng(1).random((1, 8, 1, 128, 192), dtype=np.float32)
    with torch.no_grad():
        expected = [t.numpy() for t in model(torch.from_numpy(frames))]
    actual = session.run(list(OUTPUT_NAMES), {INPUT_NAME: frames})
    for name, e, a in zip(OUTPUT_NAMES, expected, actual):
        assert a.shape == e.shape, name
        assert np.abs(a - e).max() <= TOLERANCE, name


def test_onnx_graph_has_no_slow_or_broken_ops(exported_lite):
    _, path = exported_lite
    ops = collections.Counter(node.op_type for node in onnx.load(str(path)).graph.node)
    for op in ("Loop", "Scan", "Einsum", "Trilu", "If"):
        assert ops[op] == 0, f"{op} found in the exported graph"
    assert ops["MatMul"] > 0


def test_onnx_graph_has_no_negative_step_slices(exported_lite):
    _, path = exported_lite
    graph = onnx.load(str(path)).graph
    constants = {init.name: onnx.numpy_helper.to_array(init) for init in graph.initializer}
    for node in graph.node:
        if node.op_type == "Slice" and len(node.input) == 5:
            steps = constants.get(node.input[4])
            assert steps is not None, f"{node.name}: slice steps are not constant"
            assert (steps > 0).all(), f"{node.name}: negative-step slice"
