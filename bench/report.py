#!/usr/bin/env python3
"""Turns the measurements bench/run.sh left in BENCH_DIR/results into bench/results.md (stdout).

    bench/report.py BENCH_DIR "10 50 100" STAGE_SIZE "1 2" "0.25 0.5 1 2"
"""

import json
import statistics
import platform
import re
import sys
from pathlib import Path

GOAL_WORDS_PER_CORE = 250_000
GOAL_EXPORT_RATIO = 1.5


def time_v(path):
    """Wall seconds, CPU seconds and peak RSS (KB) from a /usr/bin/time -v report."""
    text = path.read_text()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    return seconds, user + system, rss, status


def void_entities(out_dir):
    """The number of things in a build, from its void.ttl (void:entities)."""
    path = out_dir / "void.ttl"
    if not path.exists():
        return None
    m = re.search(r"void:entities\s+(\d+)", path.read_text())
    return int(m.group(1)) if m else None


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def nproc():
    return sum(1 for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("processor"))


def fmt(n):
    return f"{n:,.0f}"


def main():
    bench_dir, sizes, stage_size, threads = Path(sys.argv[1]), sys.argv[2].split(), sys.argv[3], sys.argv[4].split()
    long_sizes = sys.argv[5].split() if len(sys.argv) > 5 else []
    res = bench_dir / "results"
    machine = (res / "machine.txt").read_text().split("\n")
    start = machine[0].split()
    end = machine[1].split() if len(machine) > 1 and machine[1] else start
    print("# Benchmark results\n")
    print(f"Measured by `bench/run.sh` on {start[1][:10]} ({start[1]} to {end[1]}).\n")
    print(f"- machine: {nproc()} cores, {cpu_model()}, {platform.system()} {platform.release()}")
    print(f"- load average (1, 5, 15 min) at the start: {' '.join(start[3:6])}, at the end: {' '.join(end[3:6])}; "
          "each row gives the 1-minute load when it started. The machine is shared with other jobs, so wall-clock "
          "figures are pessimistic; the processor-time figures (words per CPU second) are not affected by the "
          "other jobs except through caches and frequency.")
    print("- corpora: `bench/make-corpus.py` (GUM and EWT texts grouped into articles, synthetic ids and dates, "
          "proper nouns renamed per pass with 8 name variants, so distinct names stop growing after ~17 MB)\n")

    print("## End to end: `newsgraph build` (Release)\n")
    print("Each row is the fastest of its runs (least processor time); the runs of a row were made in "
          "separate rounds over all rows, minutes apart. The last column gives every run's words per CPU "
          "second, slowest first, the median in bold.\n")
    print("| text | articles | words | threads | load | wall s | words/s (wall) | CPU s | words/CPU s | peak RSS | things "
          "| words/CPU s, all runs |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    rss_by_size = {}
    per_core = []
    medians = []
    for mb in sizes:
        meta = json.loads((bench_dir / f"corpus-{mb}.jsonl.meta.json").read_text())
        for j in threads:
            tag = f"build-{mb}-j{j}"
            runs = []
            for t in sorted(res.glob(f"{tag}.r*.time")):
                wall, cpu, rss, status = time_v(t)
                load = (res / (t.name[:-len(".time")] + ".load")).read_text().split()[0]
                runs.append((cpu, wall, rss, status, load))
            if not runs:
                continue
            cpu, wall, rss, status, load = min(runs, key=lambda r: r[0])
            rates = sorted(meta["words"] / r[0] for r in runs)
            median = statistics.median(rates)
            things = void_entities(bench_dir / f"out-{mb}-j{j}")
            rss_by_size.setdefault(mb, []).append((j, max(r[2] for r in runs), things))
            per_core.append(meta["words"] / cpu)
            medians.append(median)
            failed = [r[3] for r in runs if r[3] != 0]
            note = "" if not failed else f" (exit {failed[0]})"
            mid = len(rates) // 2 if len(rates) % 2 == 1 else -1
            every = ", ".join(f"**{fmt(r)}**" if i == mid else fmt(r) for i, r in enumerate(rates))
            if mid < 0:
                every += f" (median {fmt(median)})"
            print(f"| {mb} MB | {fmt(meta['articles'])} | {fmt(meta['words'])} | {j} | {load} | {wall:.1f}{note} | "
                  f"{fmt(meta['words'] / wall)} | {cpu:.1f} | {fmt(meta['words'] / cpu)} | {rss / 1024:.0f} MB | "
                  f"{fmt(things) if things is not None else '?'} | {every} |")
    print()

    stage_json = {j: json.loads((res / f"stages-j{j}.json").read_text()) for j in threads
                  if (res / f"stages-j{j}.json").exists()}
    if stage_json:
        first = next(iter(stage_json.values()))
        print(f"## Per stage: `newsgraph-bench`, {stage_size} MB corpus\n")
        print(f"{fmt(first['articles'])} articles, {fmt(first['words'])} words; graph: {fmt(first['entities'])} things, "
              f"{fmt(first['facts'])} facts, {fmt(first['triples'])} triples in graph.ttl, {fmt(first['quads'])} quads "
              "in graph.trig and graph.nq. Processor time of the threads running each stage, summed over threads; "
              "words per CPU second is a per-core rate.\n")
        header = "| stage |" + "".join(f" CPU s (-j {j}) | words/CPU s (-j {j}) |" for j in stage_json)
        print(header)
        print("|---|" + "---:|---:|" * len(stage_json))
        for stage in first["stages"]:
            row = f"| {stage} |"
            for d in stage_json.values():
                cpu = d["stages"][stage]["cpu"]
                row += f" {cpu:.1f} | {fmt(d['words'] / cpu) if cpu > 0 else '-'} |"
            print(row)
        for f in first["export"]:
            row = f"| export {f} |"
            for d in stage_json.values():
                cpu = d["export"][f]["cpu"]
                row += f" {cpu:.1f} | {fmt(d['words'] / cpu)} |"
            print(row)
        row = "| **end to end, CPU** |"
        for d in stage_json.values():
            row += f" {d['end_to_end']['cpu']:.1f} | {fmt(d['words'] / d['end_to_end']['cpu'])} |"
        print(row)
        row = "| end to end, wall |"
        for d in stage_json.values():
            row += f" {d['end_to_end']['wall']:.1f} | {fmt(d['words'] / d['end_to_end']['wall'])} (wall) |"
        print(row)
        print()
        for j, d in stage_json.items():
            load = (res / f"stages-j{j}.load").read_text().split()[0]
            s = d["slowest_article"]
            rss = d.get("rss_mb", {})
            phases = (f" (resident: {rss['resources']:.0f} MB with the resources loaded, {rss['article_graphs']:.0f} MB "
                      f"once every article graph is in memory, {rss['quads']:.0f} MB with the quads and merged "
                      "triples)") if rss else ""
            print(f"- -j {j}: load {load} at the start, peak RSS {d['peak_rss_kb'] / 1024:.0f} MB{phases}; slowest "
                  f"article {s['id']} ({fmt(s['words'])} words, {s['cpu']:.2f} CPU s)")
        check = res / "check.txt"
        if check.exists():
            print(f"- check: the bench's graph.nq against `newsgraph build`'s: {check.read_text().strip()}")
        print()

        print("## Export against serdi\n")
        print("newsgraph writing each file from the graph in memory (fastest of 3, file flushed to disk) against "
              "`serdi -i X -o X` reading the file newsgraph wrote and writing it again (fastest of 3). serdi "
              f"parses as well as writes, so a ratio under {GOAL_EXPORT_RATIO} is the goal.\n")
        print("| file | statements | newsgraph wall s | newsgraph CPU s | statements/s | serdi wall s | serdi CPU s | "
              "ratio (wall) | ratio (CPU) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        d = first
        load = (res / "serdi.load").read_text().split()[0]
        ratios = []
        for f, e in d["export"].items():
            timing = res / f"serdi-{f}.time"
            if not timing.exists():
                continue
            runs = [tuple(map(float, line.split())) for line in timing.read_text().splitlines()
                    if re.fullmatch(r"[\d.]+ [\d.]+ [\d.]+", line.strip())]
            serdi_wall = min(r[0] for r in runs)
            serdi_cpu = min(r[1] + r[2] for r in runs)
            ratio_wall = e["wall"] / max(serdi_wall, 0.01)
            ratio_cpu = e["cpu"] / max(serdi_cpu, 0.01)
            ratios.append(ratio_cpu)
            print(f"| {f} | {fmt(e['statements'])} | {e['wall']:.2f} | {e['cpu']:.2f} | "
                  f"{fmt(e['statements'] / e['wall'])} | {serdi_wall:.2f} | {serdi_cpu:.2f} | {ratio_wall:.2f} | "
                  f"{ratio_cpu:.2f} |")
        print(f"\nserdi timed at load {load}.\n")

    print("## Memory\n")
    print("Peak RSS of `newsgraph build` against the amount of text and the number of things in the graph:\n")
    print("| text | threads | peak RSS | things |")
    print("|---:|---:|---:|---:|")
    for mb, rows in rss_by_size.items():
        for j, rss, things in rows:
            print(f"| {mb} MB | {j} | {rss / 1024:.0f} MB | {fmt(things) if things is not None else '?'} |")
    print()

    long_json = [json.loads((res / f"long-{mb}.json").read_text()) for mb in long_sizes
                 if (res / f"long-{mb}.json").exists()]
    if long_json:
        print("## Single long articles\n")
        print("One article made of all the text, extracted on one thread: words per CPU second per stage. A rate "
              "that falls as the article grows is a stage whose cost grows faster than the text.\n")
        stages = [s for s in long_json[0]["stages"] if s != "graph building" and not s.startswith("ingest")]
        print("| article | words | things | " + " | ".join(stages) + " | extraction CPU s |")
        print("|---:|---:|---:|" + "---:|" * len(stages) + "---:|")
        for d in long_json:
            cpus = [d["stages"][s]["cpu"] for s in stages]
            print(f"| {d['text_bytes'] / 1e6:.2f} MB | {fmt(d['words'])} | {fmt(d['entities'])} | "
                  + " | ".join(fmt(d["words"] / c) if c > 0 else "-" for c in cpus) + f" | {sum(cpus):.2f} |")
        print()

    print("## Goals\n")
    if per_core:
        print(f"- ≥ {fmt(GOAL_WORDS_PER_CORE)} words/s per core end to end: measured "
              f"{fmt(min(per_core))} to {fmt(max(per_core))} words per CPU second (fastest run of each row; "
              f"medians {fmt(min(medians))} to {fmt(max(medians))}): "
              f"{'met' if min(per_core) >= GOAL_WORDS_PER_CORE else 'NOT met'} by the fastest runs, "
              f"{'met' if min(medians) >= GOAL_WORDS_PER_CORE else 'NOT met'} by the medians")
    if stage_json and ratios:
        print(f"- export within {GOAL_EXPORT_RATIO}× of serdi: ratios (CPU) {', '.join(f'{r:.2f}' for r in ratios)}: "
              f"{'met' if max(ratios) <= GOAL_EXPORT_RATIO else 'NOT met'}")
    if len(rss_by_size) >= 2:
        sizes_sorted = sorted(rss_by_size, key=float)
        lo, hi = rss_by_size[sizes_sorted[0]][0], rss_by_size[sizes_sorted[-1]][0]
        print(f"- memory grows with things, not text: {sizes_sorted[0]} MB → {lo[1] / 1024:.0f} MB RSS, "
              f"{sizes_sorted[-1]} MB → {hi[1] / 1024:.0f} MB RSS (×{hi[1] / lo[1]:.1f} for "
              f"×{float(sizes_sorted[-1]) / float(sizes_sorted[0]):.0f} text and "
              f"×{(hi[2] or 0) / max(1, lo[2] or 1):.1f} things)")


if __name__ == "__main__":
    main()
