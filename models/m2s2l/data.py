"""Frame-folder video datasets in the layout most frame-prediction codebases use.

    ROOT/
      training/frames/01/000.jpg, 001.jpg, ...   normal clips only
      testing/frames/01/000.jpg, ...
      ped2.mat                                  labels, MATLAB v5 (``gt``: 1xV cell of 2xK
                                                [start; end] intervals, 1-based, inclusive)

Frames are read once, converted to grey or RGB, resized to the model input with bilinear
filtering and kept in memory as uint8.
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image

FRAME_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp")


@dataclass
class Clip:
    name: str
    frames: np.ndarray  # (n_frames, C, H, W) uint8


def list_clip_dirs(split_dir: Path) -> list[Path]:
    """Return the clip folders of a split (``SPLIT/frames/*``), sorted by name."""
    frames_dir = split_dir / "frames"
    if not frames_dir.is_dir():
        raise FileNotFoundError(
            f"{frames_dir} not found: expected a split folder with frames/<clip>/<frame> images"
        )
    clips = sorted(p for p in frames_dir.iterdir() if p.is_dir())
    if not clips:
        raise FileNotFoundError(f"{frames_dir} contains no clip folders")
    return clips


def load_frame(path: Path, channels: int, width: int, height: int) -> np.ndarray:
    """Read one image as (C, H, W) uint8 at the model size."""
    mode = "L" if channels == 1 else "RGB"
    with Image.open(path) as image:
        image = image.convert(mode).resize((width, height), Image.BILINEAR)
        array = np.asarray(image, dtype=np.uint8)
    return array[None] if channels == 1 else array.transpose(2, 0, 1)


def frame_paths(clip_dir: Path) -> list[Path]:
    """Return the frame images of a clip folder in frame order."""
    return sorted(p for p in clip_dir.iterdir() if p.suffix.lower() in FRAME_SUFFIXES)


def load_clip(clip_dir: Path, channels: int, width: int, height: int) -> Clip:
    paths = frame_paths(clip_dir)
    if not paths:
        raise FileNotFoundError(f"{clip_dir} contains no frames ({', '.join(FRAME_SUFFIXES)})")
    frames = np.stack([load_frame(p, channels, width, height) for p in paths])
    return Clip(clip_dir.name, frames)


def load_split(split_dir: Path, channels: int, width: int, height: int) -> list[Clip]:
    return [load_clip(d, channels, width, height) for d in list_clip_dirs(Path(split_dir))]


class WindowDataset(torch.utils.data.Dataset):
    """(past frames, frame t, frame t-1) samples from in-memory clips, as float in [0, 1]."""

    def __init__(self, clips: list[Clip], offsets):
        self.offsets = list(offsets)
        self.history = -min(self.offsets)
        self.items = [(ci, t) for ci, clip in enumerate(clips)
                      for t in range(self.history, len(clip.frames))]
        self.clips = clips

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        clip_index, t = self.items[i]
        frames = self.clips[clip_index].frames
        past = frames[[t + o for o in self.offsets]]
        to_float = lambda a: torch.from_numpy(a.astype(np.float32) / 255.0)
        return to_float(past), to_float(frames[t]), to_float(frames[t - 1])


def load_labels(mat_path: Path, frame_counts: list[int]) -> list[np.ndarray]:
    """Read per-frame 0/1 labels from a ``gt`` cell array of 1-based [start; end] intervals.

    Raises ValueError with the file name and the expected format when the file cannot be read.
    """
    from scipy.io import loadmat

    expected = ('a MATLAB .mat file whose "gt" cell array holds 1-based [start; end] anomalous '
                "frame ranges for each test video")
    mat_path = Path(mat_path)
    if not mat_path.is_file():
        raise ValueError(f"labels file {mat_path} not found: pass {expected}")
    try:
        contents = loadmat(str(mat_path))
    except Exception as error:  # scipy raises several types for files that are not .mat
        raise ValueError(f"invalid labels file {mat_path}: not readable as a .mat file ({error}); "
                         f"pass {expected}") from error
    if "gt" not in contents:
        keys = sorted(k for k in contents if not k.startswith("__"))
        raise ValueError(f"invalid labels file {mat_path}: no \"gt\" variable (found {keys}); "
                         f"pass {expected}")
    cells = contents["gt"].reshape(-1)
    if len(cells) != len(frame_counts):
        raise ValueError(
            f"{mat_path} has labels for {len(cells)} videos but the split has "
            f"{len(frame_counts)}: use the label file that belongs to this test split"
        )
    labels = []
    for cell, count in zip(cells, frame_counts):
        intervals = np.asarray(cell).reshape(2, -1)
        frame_labels = np.zeros(count, dtype=np.int64)
        for start, end in intervals.T:
            if not 1 <= start <= end <= count:
                raise ValueError(f"{mat_path}: interval [{start}, {end}] lies outside 1..{count}")
            frame_labels[int(start) - 1:int(end)] = 1
        labels.append(frame_labels)
    return labels
