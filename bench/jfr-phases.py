#!/usr/bin/env python3
"""Wall-clock phases of one Broadsheet build from a JFR recording: for each phase, the first and last execution
sample (any thread) whose stack holds the phase's marker frame, and the samples in it.

  bench/jfr-phases.py REC.jfr
"""
import json, os, subprocess, sys, datetime

PHASES = [  # (label, marker substring) - the first marker found from the root of the stack wins
    ("scan+parse+markdown", "io.github.broadsheet.content.ArticleParser.parse"),
    ("scan", "io.github.broadsheet.content.ContentScanner"),
    ("site model+related", "io.github.broadsheet.site.SiteAssembler.assemble"),
    ("render plan (views)", "io.github.broadsheet.page.PagePlan"),
    ("render+write pages", "io.github.broadsheet.Generator.render"),
    ("render+write pages", "io.github.broadsheet.render.TemplateRenderer"),
    ("feeds/sitemap/search", "io.github.broadsheet.Generator.generatedFiles"),
    ("feeds/sitemap/search", "io.github.broadsheet.feeds."),
    ("link check", "io.github.broadsheet.links.LinkChecker.check"),
    ("commit", "io.github.broadsheet.output.SiteWriter.commit"),
    ("cache", "io.github.broadsheet.incremental."),
]
jfr = os.environ.get("JFR", "jfr")
raw = subprocess.run([jfr, "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]

def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()

first = min(ts(e["values"]["startTime"]) for e in events)
acc = {}
for e in events:
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
    label = "other"
    for lab, marker in PHASES:
        if any(marker in n for n in names):
            label = lab
            break
    t = ts(e["values"]["startTime"]) - first
    a = acc.setdefault(label, [t, t, 0])
    a[0] = min(a[0], t); a[1] = max(a[1], t); a[2] += 1
total = sum(a[2] for a in acc.values())
print(f"{'phase':24} {'from_s':>7} {'to_s':>7} {'span_s':>7} {'samples':>8} {'share':>6}")
for lab, (t0, t1, n) in sorted(acc.items(), key=lambda kv: kv[1][0]):
    print(f"{lab:24} {t0:7.1f} {t1:7.1f} {t1 - t0:7.1f} {n:8d} {100.0 * n / total:5.1f}%")
