#!/usr/bin/env python3
"""Peer of the TrajectoryPlanning benchmark: 10 000 angled insertions on the Allen
CCF 2017 annotation at 25 um, each sampled every 5 um from its brain-surface entry
to its tip, labelled, and turned into an ordered list of regions with start and
end distances -- one vectorised numpy pipeline over iblatlas's
AllenAtlas(25).get_labels.

The insertions come from the same seeded generator as the Swift benchmark
(64-bit LCG, values (state >> 11) / 2**53 drawn in the order AP, ML, AP angle,
ML angle, depth), with BrainSTEM's angle convention (AP angle then ML angle):
direction (AP, ML, DV ventral) = (-sin a, -cos a sin m, cos a cos m).
The entry is the top face of the first labelled voxel straight below (AP, ML),
as in StereotaxKit; bregma at CCF (ML 5739, AP 5400, DV 332) um in both.

Offline use: iblatlas downloads its volumes from the IBL server. This script
points it at a local folder instead, holding symbolic links to the annotation
found on STEREOTAX_ATLAS_PATH (allen-ccf-2017/annotation_25.nrrd) under the two
names AllenAtlas reads. The image it calls `average_template_25.nrrd` is that
same annotation: only the labels are used here. If iblatlas cannot be used at
all, the script says so and falls back to numpy indexing of the NRRD read with
pynrrd (--numpy-only forces that path).

    pip install iblatlas pynrrd
    STEREOTAX_ATLAS_PATH=/path/to/atlases python3 Benchmarks/peers/iblatlas_insertions.py
"""
import argparse
import os
import pathlib
import statistics
import sys
import time

import numpy as np

N_INSERTIONS = 10_000
STEP_MM = 0.005
BREGMA_CCF_MM = {"ap": 5.400, "dv": 0.332, "ml": 5.739}
VOXEL_MM = 0.025


def generate(count, seed=0x5EED):
    state = seed
    mask = (1 << 64) - 1
    out = np.empty((count, 5))
    ranges = [(-3.5, 1.5), (-2.5, 2.5), (-20, 20), (-30, 30), (2, 4)]
    for i in range(count):
        for k, (lo, hi) in enumerate(ranges):
            state = (state * 6364136223846793005 + 1442695040888963407) & mask
            out[i, k] = lo + (hi - lo) * ((state >> 11) / float(1 << 53))
    return out


def find_annotation():
    for d in os.environ.get("STEREOTAX_ATLAS_PATH", "").split(":") + [str(pathlib.Path.home() / ".cache/stereotax/atlases")]:
        p = pathlib.Path(d) / "allen-ccf-2017" / "annotation_25.nrrd"
        if d and p.exists():
            return p
    sys.exit("allen-ccf-2017/annotation_25.nrrd is not on STEREOTAX_ATLAS_PATH")


class IBLLabels:
    """Labels through iblatlas: AllenAtlas(25).get_labels(xyz in metres, IBL axes)."""
    name = "iblatlas AllenAtlas(25).get_labels"

    def __init__(self, annotation):
        from iblatlas.atlas import AllenAtlas
        # A folder of its own, kept so that iblatlas's lateralised look-up table
        # (annotation_25_lut_v01.npz, minutes to compute) is computed once.
        self.folder = pathlib.Path.home() / ".cache" / "stereotax" / "iblatlas-offline"
        self.folder.mkdir(parents=True, exist_ok=True)
        for name in ("annotation_25.nrrd", "average_template_25.nrrd"):
            link = self.folder / name
            if link.is_symlink() and pathlib.Path(os.readlink(link)) != pathlib.Path(annotation):
                link.unlink()
            if not link.exists():
                os.symlink(annotation, link)
        self.atlas = AllenAtlas(25, hist_path=self.folder / "average_template_25.nrrd")
        self.ids = self.atlas.regions.id
        self.acronyms = self.atlas.regions.acronym

    def labels(self, ap, ml, dv):
        # IBL xyz: x = ML right+, y = AP anterior+, z = DV dorsal+ (metres).
        xyz = np.column_stack((ml, ap, -dv)) * 1e-3
        return self.atlas.get_labels(xyz, mapping="Allen", mode="clip")

    def acronym(self, ids):
        order = np.argsort(self.ids)
        return self.acronyms[order[np.searchsorted(self.ids[order], ids)]]


class NumpyLabels:
    """Labels by numpy indexing of the NRRD read with pynrrd (nearest voxel)."""
    name = "numpy indexing of the pynrrd volume"

    def __init__(self, annotation):
        import nrrd
        self.volume, _ = nrrd.read(str(annotation))  # (AP, DV, ML), uint32 Allen ids
        self.ids = np.unique(self.volume)
        self.acronyms = np.array([str(i) for i in self.ids])

    def labels(self, ap, ml, dv):
        i = np.floor((BREGMA_CCF_MM["ap"] - ap) / VOXEL_MM + 0.5).astype(np.int64)
        j = np.floor((BREGMA_CCF_MM["dv"] + dv) / VOXEL_MM + 0.5).astype(np.int64)
        k = np.floor((BREGMA_CCF_MM["ml"] + ml) / VOXEL_MM + 0.5).astype(np.int64)
        np.clip(i, 0, self.volume.shape[0] - 1, out=i)
        np.clip(j, 0, self.volume.shape[1] - 1, out=j)
        np.clip(k, 0, self.volume.shape[2] - 1, out=k)
        return self.volume[i, j, k]

    def acronym(self, ids):
        return self.acronyms[np.searchsorted(self.ids, ids)]


def first_labelled(volume_labels):
    """DV index of the first labelled voxel per (AP, ML) column, -1 where none (setup, not timed)."""
    labelled = volume_labels > 0
    first = np.argmax(labelled, axis=1)
    first[~labelled.any(axis=1)] = -1
    return first  # (AP, ML)


def plan_all(params, surface, source):
    ap0, ml0, a, m, depth = (params[:, k] for k in range(5))
    # Entry: the top face of the first labelled voxel below (AP, ML).
    i = np.floor((BREGMA_CCF_MM["ap"] - ap0) / VOXEL_MM + 0.5).astype(np.int64)
    k = np.floor((BREGMA_CCF_MM["ml"] + ml0) / VOXEL_MM + 0.5).astype(np.int64)
    j0 = surface[i, k]
    keep = j0 >= 0
    ap0, ml0, a, m, depth, j0 = ap0[keep], ml0[keep], a[keep], m[keep], depth[keep], j0[keep]
    dv0 = (j0 - 0.5) * VOXEL_MM - BREGMA_CCF_MM["dv"]
    ar, mr = np.radians(a), np.radians(m)
    d = np.column_stack((-np.sin(ar), -np.cos(ar) * np.sin(mr), np.cos(ar) * np.cos(mr)))
    # Samples every 5 um from the entry, plus the tip.
    n = np.floor(depth / STEP_MM).astype(np.int64) + 1
    counts = n + 1
    owner = np.repeat(np.arange(len(n)), counts)
    starts = np.cumsum(counts) - counts
    t = (np.arange(counts.sum()) - np.repeat(starts, counts)) * STEP_MM
    last = starts + counts - 1
    t[last] = depth
    ap = ap0[owner] + t * d[owner, 0]
    ml = ml0[owner] + t * d[owner, 1]
    dv = dv0[owner] + t * d[owner, 2]
    labels = source.labels(ap, ml, dv)
    # Runs of one label within one insertion; boundaries halfway between samples.
    change = np.flatnonzero((labels[1:] != labels[:-1]) | (owner[1:] != owner[:-1])) + 1
    run_start = np.concatenate(([0], change))
    run_end = np.concatenate((change, [len(labels)])) - 1
    run_owner = owner[run_start]
    start_mm = np.where(run_start == starts[run_owner], 0.0, (t[run_start] + t[np.maximum(run_start - 1, 0)]) / 2)
    end_mm = np.where(run_end == last[run_owner], depth[run_owner], (t[run_end] + t[np.minimum(run_end + 1, len(t) - 1)]) / 2)
    run_ids = labels[run_start]
    acronyms = source.acronym(run_ids)
    return run_owner, run_ids, acronyms, start_mm, end_mm, len(labels)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--numpy-only", action="store_true", help="skip iblatlas, index the NRRD with numpy")
    args = parser.parse_args()

    annotation = find_annotation()
    source = None
    if not args.numpy_only:
        try:
            source = IBLLabels(annotation)
        except Exception as error:  # noqa: BLE001 -- report why and fall back
            print(f"iblatlas could not load offline ({type(error).__name__}: {error}); falling back to numpy indexing of the NRRD")
    if source is None:
        source = NumpyLabels(annotation)
    import nrrd
    volume, _ = nrrd.read(str(annotation))
    surface = first_labelled(volume)  # (AP, ML)
    del volume

    params = generate(N_INSERTIONS)
    wall, cpu = [], []
    result = None
    for _ in range(args.repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        result = plan_all(params, surface, source)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    owners, ids, _, _, _, samples = result
    print(f"labels: {source.name}")
    print(f"{len(np.unique(owners))} insertions, {samples} samples, {len(ids)} runs of one structure id")
    print(f"median of {args.repeats}: wall {statistics.median(wall) * 1e3:.0f} ms, CPU {statistics.median(cpu) * 1e3:.0f} ms "
          f"(min wall {min(wall) * 1e3:.0f} ms)")


if __name__ == "__main__":
    main()
