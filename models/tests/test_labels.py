"""Label files: the Ped2 layout is read, and files that do not fit are rejected clearly."""

import numpy as np
import pytest
from scipy.io import savemat

from m2s2l.data import load_labels


def write_gt(path, intervals_per_video):
    cells = np.empty((1, len(intervals_per_video)), dtype=object)
    for i, intervals in enumerate(intervals_per_video):
        cells[0, i] = np.asarray(intervals, dtype=np.float64).T  # 2 x K: [start; end]
    savemat(path, {"gt": cells})


def test_intervals_become_frame_labels(tmp_path):
    path = tmp_path / "gt.mat"
    write_gt(path, [[(2, 3)], [(1, 1), (4, 5)]])
    first, second = load_labels(path, [4, 5])
    assert first.tolist() == [0, 1, 1, 0]
    assert second.tolist() == [1, 0, 0, 1, 1]


def test_video_count_mismatch_rejected(tmp_path):
    path = tmp_path / "gt.mat"
    write_gt(path, [[(1, 2)]])
    with pytest.raises(ValueError, match="labels for 1 videos but the split has 2"):
        load_labels(path, [4, 4])


def test_interval_outside_video_rejected(tmp_path):
    path = tmp_path / "gt.mat"
    write_gt(path, [[(3, 9)]])
    with pytest.raises(ValueError, match=r"outside 1\.\.4"):
        load_labels(path, [4])


def test_file_without_gt_rejected(tmp_path):
    path = tmp_path / "other.mat"
    savemat(path, {"labels": np.zeros(3)})
    with pytest.raises(ValueError, match='no "gt" variable'):
        load_labels(path, [3])


def test_non_mat_file_rejected(tmp_path):
    path = tmp_path / "labels.m"
    path.write_text("TestVideoFile{end+1}.gt_frame = [61:180];\n")
    with pytest.raises(ValueError, match="not readable as a .mat file"):
        load_labels(path, [180])


def test_missing_file_rejected(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        load_labels(tmp_path / "absent.mat", [3])
