#!/usr/bin/env python3
"""Peer for the BatchAffine benchmark: numpy maps 10 M points, P @ R.T + t.

Same workload as Benchmarks/Benchmarks/BatchAffine: 10 M points as an
(n, 3) float64 array (interleaved x, y, z), one fixed affine map. Prints the
median time of one pass and points per second, for a fresh output array
(`P @ R.T + t`) and for a preallocated one (`np.matmul(P, R.T, out=Q); np.add(Q, t, out=Q)`),
by wall clock and by CPU time. Run with OPENBLAS_NUM_THREADS=1 for one core.

    python3 Benchmarks/peers/numpy_batch_affine.py [--repeats 20]
"""
import argparse
import subprocess
import sys

from peer_timing import time_passes

try:
    import numpy as np
except ImportError:  # install on first use, as the benchmark docs say
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "numpy"])
    import numpy as np

N = 10_000_000


def transform():
    """Rotation by 17 degrees about (1, 2, 3), scaled by 1.0001, shear 0.01, translation in mm."""
    axis = np.array([1.0, 2.0, 3.0])
    axis /= np.linalg.norm(axis)
    theta = np.radians(17.0)
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    r = np.eye(3) + np.sin(theta) * k + (1 - np.cos(theta)) * (k @ k)
    a = r * 1.0001
    a[0, 1] += 0.01
    return a, np.array([0.0054, -0.0057, 0.0003])



def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()

    rng = np.random.default_rng(0x5EED)
    p = rng.uniform(-6.0, 6.0, size=(N, 3))
    a, t = transform()
    at = np.ascontiguousarray(a.T)
    q = np.empty_like(p)

    def fresh():
        return p @ at + t

    def into():
        np.matmul(p, at, out=q)
        np.add(q, t, out=q)

    print(f"numpy {np.__version__}, {N:,} points, median of {args.repeats} passes")
    for name, fn in (("P @ R.T + t (new array)", fresh), ("matmul(P, R.T, out=Q); Q += t (preallocated)", into)):
        wall, cpu = time_passes(fn, args.repeats)
        print(f"{name}: wall {wall * 1e3:.1f} ms/pass = {N / wall / 1e6:.1f} M points/s; "
              f"CPU {cpu * 1e3:.1f} ms/pass = {N / cpu / 1e6:.1f} M points/s")


if __name__ == "__main__":
    main()
