#!/usr/bin/env python3
"""Peer for the AtlasLookup benchmark: iblatlas get_labels on the same 1,000,000 points.

Reads the points the Swift benchmark wrote (Benchmarks/.build-data/points-1m.npy:
CCF millimetres, columns AP, DV, ML, origin at the centre of voxel (0, 0, 0)),
converts them with iblatlas' own `ccf2xyz(..., ccf_order='apdvml')` to iblatlas'
xyz (metres from bregma; x = ML right, y = AP anterior, z = DV dorsal), then
times `BrainAtlas.get_labels(xyz)` (median wall-clock and CPU time of several
passes) and prints points per second. It checks the labels against StereotaxKit's
(Benchmarks/.build-data/labels-1m-stereotaxkit.npy) and prints the agreement.

The atlas. `iblatlas.atlas.AllenAtlas(25)` needs the average-template image as
well as the annotation and downloads both from the Allen Institute when they are
missing, so this script does not call its constructor. It builds the same object
from the shared annotation, `$STEREOTAX_ATLAS_PATH/allen-ccf-2017/annotation_25.nrrd`
(read with pynrrd; nothing is downloaded): an `AllenAtlas` subclass whose
constructor does what `AllenAtlas.__init__` does with the annotation (C-order read,
transpose to (AP, ML, DV), the lateralised label look-up table of iblatlas'
`BrainRegions`, bregma at ML 5739, AP 5400, DV 332 µm, voxel steps
25 µm x (1, -1, -1)) and passes the label volume as the image too (get_labels uses
only the labels). Like AllenAtlas it caches the label table as an .npz
(Benchmarks/.build-data/iblatlas-annotation_25_lut_v01.npz), so only the first run
pays for building it. `get_labels`, `ccf2xyz` and the coordinate object are
iblatlas' own, unchanged. The conversion to xyz is not timed (StereotaxKit takes
the CCF points as they are).

    STEREOTAX_ATLAS_PATH=/path/to/atlases python3 Benchmarks/peers/iblatlas_get_labels.py [--repeats 20]

Run the Swift benchmark first (it writes the points), or run both with
Benchmarks/run-atlas-benchmarks.sh.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from peer_timing import time_passes

try:
    import numpy as np
    import nrrd
    from iblatlas.atlas import ALLEN_CCF_LANDMARKS_MLAPDV_UM, AllenAtlas, BrainAtlas
    from iblatlas.regions import BrainRegions
    from iblutil.numerical import ismember
except ImportError:  # install on first use, as the benchmark docs say
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "iblatlas", "pynrrd"])
    import numpy as np
    import nrrd
    from iblatlas.atlas import ALLEN_CCF_LANDMARKS_MLAPDV_UM, AllenAtlas, BrainAtlas
    from iblatlas.regions import BrainRegions
    from iblutil.numerical import ismember

DATA = Path(__file__).resolve().parent.parent / ".build-data"
ANNOTATION = Path("allen-ccf-2017") / "annotation_25.nrrd"
LABEL_TABLE = DATA / "iblatlas-annotation_25_lut_v01.npz"


class SharedAnnotationAllenAtlas(AllenAtlas):
    """iblatlas' AllenAtlas at 25 µm, built from a local annotation file, image-free."""

    def __init__(self, annotation_path, lut_path, res_um=25):
        """Reads the label look-up table from `lut_path` when it exists; else builds
        it from `annotation_path` and saves it there (AllenAtlas caches it the same
        way, as annotation_25_lut_v01.npz next to the annotation)."""
        regions = BrainRegions()
        xyz2dims = np.array([1, 0, 2])
        dims2xyz = np.array([1, 0, 2])
        self.res_um = res_um
        ibregma = ALLEN_CCF_LANDMARKS_MLAPDV_UM["bregma"] / self.res_um
        dxyz = self.res_um * 1e-6 * np.array([1, -1, -1])
        self.label_table_cached = lut_path.is_file()
        if self.label_table_cached:
            label = np.load(lut_path)["arr_0"]
        else:
            volume, _ = nrrd.read(str(annotation_path), index_order="C")  # (ML, DV, AP)
            label = np.transpose(volume, (2, 0, 1)).astype(np.int32)  # (AP, ML, DV), as AllenAtlas
            # Lateralise and map structure ids to indices of BrainRegions, as AllenAtlas does.
            lateral = np.zeros(label.shape[xyz2dims[0]])
            lateral[int(np.floor(ibregma[0]))] = 1
            lateral = np.sign(np.cumsum(lateral)[np.newaxis, :, np.newaxis] - 0.5)
            label = label * lateral.astype(np.int32)
            _, im = ismember(label, regions.id)
            label = np.reshape(im.astype(np.uint16), label.shape)
            lut_path.parent.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(lut_path, label)
        BrainAtlas.__init__(self, label, label, dxyz, regions, ibregma, dims2xyz=dims2xyz, xyz2dims=xyz2dims)


def find_annotation():
    """The annotation on StereotaxKit's search path: $STEREOTAX_ATLAS_PATH, then ~/.cache/stereotax/atlases."""
    directories = [d for d in os.environ.get("STEREOTAX_ATLAS_PATH", "").split(":") if d]
    directories.append(Path.home() / ".cache" / "stereotax" / "atlases")
    for directory in directories:
        if (Path(directory) / ANNOTATION).is_file():
            return Path(directory) / ANNOTATION
    sys.exit(f"{ANNOTATION} not found: set STEREOTAX_ATLAS_PATH to the directory that holds it")


def load(path, what):
    if not path.is_file():
        sys.exit(f"{path} ({what}) is missing: run the Swift benchmark first, "
                 "swift package --package-path Benchmarks benchmark --target AtlasLookup")
    return np.load(path)



def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

    points_mm = load(DATA / "points-1m.npy", "points")
    swift_ids = load(DATA / "labels-1m-stereotaxkit.npy", "StereotaxKit's labels")
    annotation = find_annotation()

    start, start_cpu = time.perf_counter(), time.process_time()
    atlas = SharedAnnotationAllenAtlas(annotation, LABEL_TABLE)
    build_wall, build_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    how = (f"from its cached label table {LABEL_TABLE.name}" if atlas.label_table_cached
           else f"from {annotation} (gzip NRRD read, label table built and cached)")

    # CCF µm in (AP, DV, ML) order -> iblatlas xyz (m from bregma, ML right, AP anterior, DV dorsal).
    xyz = atlas.ccf2xyz(points_mm * 1000.0, ccf_order="apdvml")
    n = xyz.shape[0]

    ids = atlas.get_labels(xyz)
    agree = np.count_nonzero(ids == swift_ids)
    wall, cpu = time_passes(lambda: atlas.get_labels(xyz), args.repeats)

    import iblatlas
    print(f"iblatlas {iblatlas.__version__}, numpy {np.__version__}, {n:,} points, median of {args.repeats} passes")
    print(f"atlas opened {how}: wall {build_wall * 1e3:.0f} ms, CPU {build_cpu * 1e3:.0f} ms (one run)")
    print(f"labels agree with StereotaxKit: {agree:,} of {n:,} ({agree / n:.6f})")
    if agree != n:
        bad = np.flatnonzero(ids != swift_ids)[:5]
        for i in bad:
            print(f"  point {i}: CCF mm {points_mm[i]}, iblatlas {ids[i]}, StereotaxKit {swift_ids[i]}")
    print(f"get_labels(xyz): wall {wall * 1e3:.1f} ms/pass = {n / wall / 1e6:.2f} M points/s; "
          f"CPU {cpu * 1e3:.1f} ms/pass = {n / cpu / 1e6:.2f} M points/s")


if __name__ == "__main__":
    main()
