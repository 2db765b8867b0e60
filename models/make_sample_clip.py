"""Encode one UCSD Ped2 test video as the viewer's bundled sample clip.

Reads the frame folder ``DATA_ROOT/testing/frames/NN/000.jpg ...`` and the labels in
``DATA_ROOT/ped2.mat`` and writes, into ``public/samples/`` by default:

    ped2-test-NN.mp4    H.264 High, yuv420p, 10 fps (the rate Ped2 was recorded at), 360x240,
                        every frame a keyframe so that seeking to any frame is exact,
                        moov atom first (+faststart) so the browser can start before the end
    ped2-test-NN.json   sidecar: id, title, video, citation, source, fps, frame_count,
                        labels (0/1 per frame, 0-based), label_file, label_file_sha256
    index.json          {"default": "ped2-test-NN", "clips": [{"id", "video", "meta"}]}

``video`` and ``meta`` are file names relative to the folder that contains ``index.json``.

The dataset states no licence and asks to be cited, so by default the new clip replaces any
other ``ped2-test-*`` clip in the output folder; ``--keep-existing`` keeps them in the index.

Usage:
    python models/make_sample_clip.py /path/to/ped2 1
    python models/make_sample_clip.py /path/to/ped2 4 --keep-existing
"""

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
from scipy.io import loadmat

FPS = 10
# A near-transparent quality: all-intra at CRF 18 comes to 1.79 MB for the 180 frames of test
# video 01 (ffmpeg 5.1, libx264 preset slow).
CRF = 18
CITATION = (
    "UCSD Anomaly Detection Dataset: V. Mahadevan, W. Li, V. Bhalodia, N. Vasconcelos, "
    '"Anomaly Detection in Crowded Scenes", CVPR 2010.'
)
CLIP_PATTERN = re.compile(r"^ped2-test-(\d+)\.json$")
REPO_ROOT = Path(__file__).resolve().parent.parent


def clip_id(video_number: int) -> str:
    return f"ped2-test-{video_number:02d}"


def list_frames(frames_dir: Path) -> list[Path]:
    """Return the JPEG frames of one clip, checking they run 000.jpg, 001.jpg, ... without gaps."""
    if not frames_dir.is_dir():
        raise FileNotFoundError(f"{frames_dir} not found: expected a folder of NNN.jpg frames")
    frames = sorted(frames_dir.glob("*.jpg"))
    if not frames:
        raise FileNotFoundError(f"{frames_dir} contains no .jpg frames")
    expected = [f"{i:03d}.jpg" for i in range(len(frames))]
    actual = [p.name for p in frames]
    if actual != expected:
        missing = sorted(set(expected) - set(actual))[:5]
        raise ValueError(
            f"{frames_dir}: frames must be numbered 000.jpg to {len(frames) - 1:03d}.jpg "
            f"without gaps; missing {missing}"
        )
    return frames


def read_labels(mat_path: Path, video_number: int, frame_count: int) -> list[int]:
    """Read the 0/1 label of every frame of one test video from a ``gt`` cell array.

    ``gt`` is a 1xV cell array of 2xK ``[start; end]`` intervals, 1-based and inclusive.
    The result is indexed from 0, so interval [61, 180] marks frames 60..179.
    """
    cells = loadmat(str(mat_path))["gt"].reshape(-1)
    if not 1 <= video_number <= len(cells):
        raise ValueError(
            f"{mat_path} has labels for test videos 1..{len(cells)}, not {video_number}"
        )
    intervals = np.asarray(cells[video_number - 1]).reshape(2, -1)
    labels = np.zeros(frame_count, dtype=np.int64)
    for start, end in intervals.T:
        if not 1 <= start <= end <= frame_count:
            raise ValueError(
                f"{mat_path}: interval [{start}, {end}] of test video {video_number} "
                f"lies outside its frames 1..{frame_count}"
            )
        labels[int(start) - 1:int(end)] = 1
    return labels.tolist()


def encode(frames_dir: Path, output: Path) -> None:
    command = [
        "ffmpeg", "-v", "error", "-y",
        "-framerate", str(FPS), "-start_number", "0", "-i", str(frames_dir / "%03d.jpg"),
        "-c:v", "libx264", "-preset", "slow", "-crf", str(CRF),
        "-g", "1", "-pix_fmt", "yuv420p",
        # The JPEGs are full-range BT.601. Tagging the limited-range output as BT.601 makes
        # browsers convert it back with the same matrix.
        "-colorspace", "smpte170m", "-color_primaries", "smpte170m",
        "-color_trc", "smpte170m", "-color_range", "tv",
        "-movflags", "+faststart", "-an",
        str(output),
    ]
    subprocess.run(command, check=True)


def probe_frame_count(video: Path) -> int:
    """Count the decoded frames of the first video stream with ffprobe."""
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
         "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", str(video)],
        check=True, capture_output=True, text=True,
    )
    return int(result.stdout.strip())


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def format_sidecar(meta: dict) -> str:
    """Format the sidecar as indented JSON with the per-frame labels on one line."""
    text = json.dumps({**meta, "labels": "LABELS"}, indent=2)
    return text.replace('"LABELS"', json.dumps(meta["labels"], separators=(",", ":"))) + "\n"


def remove_other_clips(output_dir: Path, keep_id: str) -> None:
    for meta in output_dir.glob("ped2-test-*.json"):
        other_id = meta.stem
        if other_id == keep_id or not CLIP_PATTERN.match(meta.name):
            continue
        for path in (meta, output_dir / f"{other_id}.mp4"):
            if path.exists():
                print(f"removing {path} (replaced by {keep_id}; pass --keep-existing to keep it)")
                path.unlink()


def write_index(output_dir: Path, default_id: str) -> None:
    clip_ids = sorted(m.stem for m in output_dir.glob("ped2-test-*.json") if CLIP_PATTERN.match(m.name))
    index = {
        "default": default_id,
        "clips": [{"id": i, "video": f"{i}.mp4", "meta": f"{i}.json"} for i in clip_ids],
    }
    (output_dir / "index.json").write_text(json.dumps(index, indent=2) + "\n")


def make_sample_clip(data_root: Path, video_number: int, output_dir: Path, keep_existing: bool) -> Path:
    """Write the clip, its sidecar and the index, and return the sidecar path."""
    frames_dir = data_root / "testing" / "frames" / f"{video_number:02d}"
    mat_path = data_root / "ped2.mat"
    frames = list_frames(frames_dir)
    if not mat_path.is_file():
        raise FileNotFoundError(f"{mat_path} not found: expected the Ped2 ground truth (key gt)")
    labels = read_labels(mat_path, video_number, len(frames))

    output_dir.mkdir(parents=True, exist_ok=True)
    name = clip_id(video_number)
    video = output_dir / f"{name}.mp4"
    encode(frames_dir, video)

    decoded = probe_frame_count(video)
    if decoded != len(frames):
        video.unlink()
        raise RuntimeError(
            f"{video} decodes to {decoded} frames but {frames_dir} contains {len(frames)}: "
            "the encoder dropped or duplicated frames; the clip was removed"
        )

    meta = {
        "id": name,
        "title": f"UCSD Ped2, test video {video_number:02d}",
        "video": video.name,
        "citation": CITATION,
        "source": (
            f"UCSD Anomaly Detection Dataset, Ped2, test video {video_number:02d} "
            f"(frames {frames[0].name} to {frames[-1].name}), re-encoded to H.264"
        ),
        "fps": FPS,
        "frame_count": len(frames),
        "labels": labels,
        "label_file": mat_path.name,
        "label_file_sha256": sha256_of(mat_path),
    }
    meta_path = output_dir / f"{name}.json"
    meta_path.write_text(format_sidecar(meta))

    if not keep_existing:
        remove_other_clips(output_dir, name)
    write_index(output_dir, name)

    print(
        f"wrote {video} ({video.stat().st_size / 1e6:.2f} MB, {decoded} frames at {FPS} fps, "
        f"{sum(labels)} anomalous), {meta_path} and {output_dir / 'index.json'}"
    )
    return meta_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_root", type=Path,
                        help="Ped2 root that contains testing/frames/NN/ and ped2.mat")
    parser.add_argument("video", type=int, help="test video number, 1-based (1 for testing/frames/01)")
    parser.add_argument("--output-dir", type=Path, default=REPO_ROOT / "public" / "samples",
                        help="folder for the clip, its sidecar and index.json (default: %(default)s)")
    parser.add_argument("--keep-existing", action="store_true",
                        help="keep other ped2-test-* clips in the folder and list them in the index")
    args = parser.parse_args(argv)

    for tool in ("ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} not found on PATH: install ffmpeg (Debian: apt-get install ffmpeg)")

    make_sample_clip(args.data_root, args.video, args.output_dir, args.keep_existing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
