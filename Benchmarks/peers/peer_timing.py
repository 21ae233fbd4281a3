"""Timing shared by the peer scripts: the median wall-clock and CPU time of one pass."""
import statistics
import time


def time_passes(fn, repeats):
    """Median wall-clock and CPU seconds of one pass, after one warm-up pass."""
    fn()
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)
