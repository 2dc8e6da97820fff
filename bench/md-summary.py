#!/usr/bin/env python3
"""Summarise MarkdownBench output of interleaved variants (lines '== NAME' then 'pass k: ... cpu X s ...')."""
import collections, re, statistics, sys
d = collections.defaultdict(list)
v = None
for line in open(sys.argv[1]):
    if line.startswith("=="):
        v = line.split()[1]
        continue
    m = re.match(r"pass (\d+): .* wall ([\d.]+) s, cpu ([\d.]+) s, sha256 (\w+)", line)
    if m and v:
        d[(v, int(m.group(1)))].append((float(m.group(2)), float(m.group(3)), m.group(4)))
names = sorted({k[0] for k in d}, key=lambda n: n != "OLD")
last = max(k[1] for k in d)
for n in names:
    first = [c for _, c, _ in d[(n, 1)]]
    warm = [c for p in range(max(2, last - 4), last + 1) for _, c, _ in d[(n, p)]]
    shas = {s for p in range(1, last + 1) for _, _, s in d[(n, p)]}
    print(f"{n:6} pass-1 cpu median {statistics.median(first):5.2f} s (n={len(first)})   "
          f"warm passes {max(2, last - 4)}-{last}: cpu median {statistics.median(warm):5.2f} s, min {min(warm):5.2f} s"
          f" (n={len(warm)})   sha {','.join(shas)}")
