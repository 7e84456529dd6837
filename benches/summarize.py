#!/usr/bin/env python3
"""Gathers benchmark results into one table: target/bench/summary.{md,json}.

    summarize.py criterion  ROWS_DIR CRITERION_DIR   criterion estimates -> ROWS_DIR/rust.jsonl
    summarize.py table      ROWS_DIR OUT_DIR         every ROWS_DIR/*.jsonl -> table + summary files

Row format (one JSON object per line, in any ROWS_DIR/*.jsonl file):
  layer, operation          strings naming the row
  ours_ns                   median time per object, nanoseconds
  ours_spread               [q1, q3] per object (interquartile range), ns
  baseline                  what the baseline is, in words
  baseline_ns               its median per object, ns (null: see baseline_ref)
  baseline_spread           [q1, q3], ns
  peak_ours_kb, peak_baseline_kb   peak resident memory (optional)
  optional: target_max_ratio (number), peak_target (text), note (text),
  unit ("ns", the default, or "instructions": then ours_ns and baseline_ns
  hold instruction counts per object, from callgrind; or "ms": whole
  milliseconds, not per object, e.g. a process's start-up),
  target_max_diff (number, in the row's unit): the row is met when
  ours - baseline is at most this,
  baseline_ref ("group/bench" of a criterion result of the same run, used
  when baseline_ns is null).
"""

import datetime
import glob
import json
import os
import platform
import subprocess
import sys

# The criterion benchmarks and the rows they make:
# (layer, operation, group, ours id, baseline id, baseline text, target).
CRITERION_ROWS = [
    ("Rust", "build + validate", "rust_build_validate", "ours", "baseline",
     "plain #[derive(Serialize, Deserialize)] struct, built without validation", None),
    ("Rust", "serialize compact", "rust_serialize_compact", "ours", "baseline",
     "serde_json::to_string(&plain struct)", 1.1),
    ("Rust", "parse", "rust_parse", "ours", "baseline",
     "serde_json::from_str::<plain struct> (no validation)", 1.2),
    ("C ABI (from Rust)", "create + serialize + free", "c_abi_create_serialize_free", "ffi",
     "rust_direct", "Rust API doing the same work", 1.3),
    ("C ABI (from Rust)", "parse + free", "c_abi_parse_free", "ffi", "rust_direct",
     "Rust API doing the same work", None),
]

# Layers appear in this order; unknown layers follow in file order.
LAYER_ORDER = ["Rust", "C ABI (from Rust)", "C (gcc -O2, libisc_pat.so)", "Rust (bulk)",
               "Rust (instructions)", "C ABI (instructions)", ".NET", ".NET (bulk)",
               "PowerShell", "PowerShell (bulk)"]


def quantile(sorted_values, p):
    pos = p * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def criterion_result(criterion_dir, ref):
    """(median ns, [q1, q3]) of criterion benchmark `group/bench`, or None."""
    base = os.path.join(criterion_dir, *ref.split("/"), "new")
    try:
        with open(os.path.join(base, "estimates.json")) as f:
            median = json.load(f)["median"]["point_estimate"]
        with open(os.path.join(base, "sample.json")) as f:
            sample = json.load(f)
    except (OSError, KeyError, ValueError):
        return None
    per_iter = sorted(t / n for t, n in zip(sample["times"], sample["iters"]))
    return median, [quantile(per_iter, 0.25), quantile(per_iter, 0.75)]


def cmd_criterion(rows_dir, criterion_dir):
    os.makedirs(rows_dir, exist_ok=True)
    path = os.path.join(rows_dir, "rust.jsonl")
    with open(path, "w") as out:
        for layer, op, group, ours_id, base_id, base_text, target in CRITERION_ROWS:
            ours = criterion_result(criterion_dir, f"{group}/{ours_id}")
            base = criterion_result(criterion_dir, f"{group}/{base_id}")
            if ours is None or base is None:
                sys.exit(f"missing criterion results for {group} in {criterion_dir}")
            row = {
                "layer": layer, "operation": op,
                "ours_ns": ours[0], "ours_spread": ours[1],
                "baseline": base_text, "baseline_ns": base[0], "baseline_spread": base[1],
                "peak_ours_kb": None, "peak_baseline_kb": None,
                "target_max_ratio": target,
                "note": f"criterion {group}/{ours_id} vs {group}/{base_id}",
            }
            out.write(json.dumps(row) + "\n")


def read_rows(rows_dir):
    rows = []
    for path in sorted(glob.glob(os.path.join(rows_dir, "*.jsonl"))):
        with open(path) as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except ValueError as e:
                    sys.exit(f"{path}:{n}: not a JSON row: {e}")
                row["source"] = os.path.basename(path)
                rows.append(row)
    return rows


def fmt_ns(ns):
    if ns is None:
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.1f} µs"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def fmt_value(value, unit):
    if unit == "ms":
        return "-" if value is None else f"{value:,.0f} ms"
    if unit == "instructions":
        return "-" if value is None else f"{value:,.0f} instr."
    return fmt_ns(value)


def fmt_spread(spread, unit=None):
    if not spread:
        return ""
    return f"IQR {fmt_value(spread[0], unit)}..{fmt_value(spread[1], unit)}"


def fmt_kb(kb):
    return "-" if kb is None else f"{kb / 1024:.1f} MiB"


def machine():
    info = {"nproc": os.cpu_count(), "platform": platform.platform()}
    try:
        with open("/proc/cpuinfo") as f:
            models = [l.split(":", 1)[1].strip() for l in f if l.startswith("model name")]
        info["cpu"] = models[0] if models else None
        with open("/proc/loadavg") as f:
            info["loadavg"] = " ".join(f.read().split()[:3])
    except OSError:
        pass
    return info


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def cmd_table(rows_dir, out_dir, criterion_dir):
    rows = read_rows(rows_dir)
    if not rows:
        sys.exit(f"no benchmark rows in {rows_dir}")
    for row in rows:
        if row.get("baseline_ns") is None and row.get("baseline_ref"):
            found = criterion_result(criterion_dir, row["baseline_ref"])
            if found:
                row["baseline_ns"], row["baseline_spread"] = found
        ours, base = row.get("ours_ns"), row.get("baseline_ns")
        row["ratio"] = ours / base if ours and base else None
        checks = []
        target = row.get("target_max_ratio")
        if target is not None and row["ratio"] is not None:
            checks.append(row["ratio"] <= target)
        max_diff = row.get("target_max_diff")
        if max_diff is not None and ours is not None and base is not None:
            checks.append(ours - base <= max_diff)
        po, pb = row.get("peak_ours_kb"), row.get("peak_baseline_kb")
        if row.get("peak_target") and po is not None and pb is not None:
            checks.append(po <= pb)
        row["target_met"] = all(checks) if checks else None
    order = {layer: i for i, layer in enumerate(LAYER_ORDER)}
    rows.sort(key=lambda r: order.get(r["layer"], len(order)))

    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    meta = {
        "generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": "quick" if quick else "full",
        "commit": git_commit(),
        "machine": machine(),
    }
    header = ["layer", "operation", "ours (median)", "ours spread", "baseline", "baseline (median)",
              "baseline spread", "ours/baseline", "peak ours", "peak baseline", "target"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        target = []
        if r.get("target_max_ratio") is not None:
            target.append(f"ratio <= {r['target_max_ratio']}")
        if r.get("target_max_diff") is not None:
            diff = (r["ours_ns"] - r["baseline_ns"]) if r.get("ours_ns") is not None and r.get("baseline_ns") is not None else None
            target.append(f"ours - baseline <= {fmt_value(r['target_max_diff'], r.get('unit'))}"
                          + ("" if diff is None else f" (adds {fmt_value(diff, r.get('unit'))})"))
        if r.get("peak_target"):
            target.append(f"peak {r['peak_target']}")
        verdict = {True: "met", False: "MISSED", None: ""}[r["target_met"]]
        cells = [
            r["layer"], r["operation"], fmt_value(r.get("ours_ns"), r.get("unit")),
            fmt_spread(r.get("ours_spread"), r.get("unit")), r.get("baseline", ""),
            fmt_value(r.get("baseline_ns"), r.get("unit")),
            fmt_spread(r.get("baseline_spread"), r.get("unit")),
            "-" if r["ratio"] is None else f"{r['ratio']:.2f}",
            fmt_kb(r.get("peak_ours_kb")), fmt_kb(r.get("peak_baseline_kb")),
            (", ".join(target) + (f": {verdict}" if verdict else "")) if target else "",
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    m = meta["machine"]
    md = "\n".join([
        f"Benchmarks ({meta['mode']} run, commit {meta['commit']}, {meta['generated']}; "
        f"{m.get('cpu')}, {m.get('nproc')} CPUs, load average {m.get('loadavg')})",
        "",
        *lines,
        "",
        "Times are per object. Spread: interquartile range of the samples. "
        "Ratio < 1 means ours is faster. \"instr.\": instructions per object counted by "
        "callgrind (repeatable on a busy machine, unlike times). Values in ms (import rows) "
        "are whole-process times, not per object.",
        "",
    ])
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "summary.md"), "w") as f:
        f.write(md)
    with open(os.path.join(out_dir, "summary.json"), "w") as f:
        json.dump({**meta, "rows": rows}, f, indent=2)
        f.write("\n")
    print(md)
    print(f"written: {os.path.join(out_dir, 'summary.md')}, {os.path.join(out_dir, 'summary.json')}")


def main(argv):
    if len(argv) == 4 and argv[1] == "criterion":
        cmd_criterion(argv[2], argv[3])
    elif len(argv) in (4, 5) and argv[1] == "table":
        cmd_table(argv[2], argv[3], argv[4] if len(argv) == 5 else "target/criterion")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
