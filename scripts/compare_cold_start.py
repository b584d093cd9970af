#!/usr/bin/env python3
"""Compares the cold start of two or more orderhelp binaries, run in turn so a busy machine slows them alike.

Usage: scripts/compare_cold_start.py OLD_BINARY NEW_BINARY [RUNS]   (default 60 runs each)
Prints each binary's median and quartiles, in milliseconds, from exec to the end of one answered question.
"""
import statistics
import subprocess
import sys
import time

binaries = [a for a in sys.argv[1:] if not a.isdigit()]
runs = next((int(a) for a in sys.argv[1:] if a.isdigit()), 60)
if len(binaries) < 2:
    sys.exit(__doc__)
times = {b: [] for b in binaries}
for _ in range(runs):
    for binary in binaries:
        start = time.perf_counter()
        subprocess.run([binary, "chat", "--no-history"], input=b"how long does a refund take when the seller accepted\n",
                       stdout=subprocess.DEVNULL, check=True)
        times[binary].append((time.perf_counter() - start) * 1000)
for binary in binaries:
    q1, _, q3 = statistics.quantiles(times[binary], n=4)
    print(f"{binary}: median {statistics.median(times[binary]):.1f} ms, quartiles {q1:.1f}–{q3:.1f} ms over {runs} runs")
