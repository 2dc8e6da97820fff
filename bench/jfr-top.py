#!/usr/bin/env python3
"""Aggregate the execution samples of a JFR recording: top self frames, top inclusive methods and packages.

  bench/jfr-top.py REC.jfr [--top 25] [--thread SUBSTRING] [--prefix io.github.broadsheet]

Reads `jfr print --json --events jdk.ExecutionSample --stack-depth 200` (the jfr tool of the JDK on PATH, or
$JFR). Self = the top frame of each sample; inclusive = every sample whose stack contains the method (counted
once per sample); "first own frame" = the first frame (from the top) whose class starts with --prefix, which
attributes library time (Flexmark, Freemarker, JDK) to the engine code that called it.
"""
import argparse, collections, json, os, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("rec")
ap.add_argument("--top", type=int, default=25)
ap.add_argument("--thread", default=None)
ap.add_argument("--prefix", default="io.github.broadsheet")
ap.add_argument("--under", action="append", default=[],
                help="also break down the samples under this method (substring) by its callees, 1-2 levels")
ap.add_argument("--callers", action="append", default=[],
                help="who calls frames whose name contains this substring (first caller outside those frames)")
ap.add_argument("--period", type=float, default=1.0, help="period of jdk.ThreadCPULoad in the recording (s)")
a = ap.parse_args()
PERIOD = a.period
jfr = os.environ.get("JFR", "jfr")
raw = subprocess.run([jfr, "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", a.rec],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]

def name(f):
    m = f["method"]
    return m["type"]["name"] + "." + m["name"]

self_c, incl, pkg_incl, own, threads = (collections.Counter() for _ in range(5))
callers = {c: (collections.Counter(), [0]) for c in a.callers}
under = {u: (collections.Counter(), collections.Counter(), [0]) for u in a.under}
total = 0
for e in events:
    v = e["values"]
    t = (v.get("sampledThread") or {}).get("javaName") or "?"
    if a.thread and a.thread not in t:
        continue
    frames = (v.get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    total += 1
    threads[t.rstrip("0123456789-")] += 1
    names = [name(f).replace("/", ".") for f in frames]
    self_c[names[0]] += 1
    for n in set(names):
        incl[n] += 1
    pk = set()
    for n in names:
        cls = n.rsplit(".", 1)[0]
        pk.add(".".join(cls.split(".")[:4]))
    for p in pk:
        pkg_incl[p] += 1
    for u, (c1, c2, n) in under.items():
        idx = next((i for i, x in enumerate(names) if u in x), None)
        if idx is not None:
            n[0] += 1
            c1[names[idx - 1] if idx > 0 else "(self)"] += 1
            c2[" > ".join(names[max(0, idx - 2):idx][::-1]) if idx > 0 else "(self)"] += 1
    for c, (cc, n) in callers.items():
        idx = next((i for i, x in enumerate(names) if c in x), None)
        if idx is not None:
            n[0] += 1
            j = idx
            while j < len(names) and c in names[j]:
                j += 1
            cc[names[j] if j < len(names) else "(root)"] += 1
    first = next((n for n in names if n.startswith(a.prefix) and "$$Lambda" not in n), "(no own frame)")
    own[first] += 1

def show(title, c):
    print(f"\n== {title} (of {total} samples)")
    for n, k in c.most_common(a.top):
        print(f"{100.0 * k / total:6.1f}%  {k:7d}  {n}")

print(f"{total} execution samples in {a.rec}")

# CPU per thread group from jdk.ThreadCPULoad (fractions of the whole machine per period; needs a short period,
# e.g. bench/bench.jfc sets 1 s): seconds = sum(user + system) * cores * period
try:
    raw = subprocess.run([jfr, "print", "--json", "--events", "jdk.ThreadCPULoad,jdk.CPUInformation", a.rec],
                         check=True, capture_output=True, text=True).stdout
    ev = json.loads(raw)["recording"]["events"]
    cores = next((e["values"]["hwThreads"] for e in ev if e["type"] == "jdk.CPUInformation"), os.cpu_count())
    cpu = collections.Counter()
    for e in ev:
        if e["type"] != "jdk.ThreadCPULoad":
            continue
        t = (e["values"].get("eventThread") or {})
        tn = t.get("javaName") or t.get("osName") or "?"
        cpu[tn.rstrip("0123456789#-")] += (e["values"]["user"] + e["values"]["system"]) * cores * PERIOD
    if cpu:
        tot = sum(cpu.values())
        print(f"\n== CPU seconds per thread group (jdk.ThreadCPULoad, period {PERIOD} s, {cores} cores): {tot:.1f} s")
        for n, k in cpu.most_common(12):
            print(f"{100.0 * k / tot:6.1f}%  {k:7.1f}s  {n}")
except (subprocess.CalledProcessError, KeyError) as e:
    print("no thread CPU data:", e)
show("threads", threads)
show("self (top frame)", self_c)
show("first own frame (" + a.prefix + ")", own)
show("inclusive methods", incl)
show("inclusive packages (4 levels)", pkg_incl)
for c, (cc, n) in callers.items():
    show(f"callers of {c} ({n[0]} samples = {100.0 * n[0] / max(1, total):.1f}% of all)", cc)
for u, (c1, c2, n) in under.items():
    show(f"under {u}: direct callees ({n[0]} samples = {100.0 * n[0] / max(1, total):.1f}% of all)", c1)
    show(f"under {u}: two levels", c2)
