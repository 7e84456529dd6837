#!/usr/bin/env python3
"""Instruction counts per operation under valgrind's callgrind: repeatable
where wall-clock times on a shared machine are not.

    callgrind.py ROWS_DIR        (builds the bench binaries with $CARGO or cargo)

Each operation runs in the bench binary's ISC_PAT_PROFILE mode at two
iteration counts; the difference of the totals divided by the difference of
the counts is the cost of one operation, start-up excluded. Rows go to
ROWS_DIR/callgrind.jsonl with "unit": "instructions" (ours_ns and
baseline_ns then hold instruction counts, not nanoseconds).
"""

import json
import os
import re
import subprocess
import sys
import tempfile

LOW, HIGH = 1_000, 6_000

# Executables: 0 rust_core, 1 c_boundary (bench binaries), 2 the C loop of
# benches/c/bench_boundary.c linked to the shared library as shipped (the
# wiping allocator on), given as $BENCH_C_BOUNDARY.
# (layer, operation, (exe, ours op), (exe, baseline op), baseline text, target)
ROWS = [
    ("Rust (instructions)", "build + validate", (0, "build_ours"), (0, "build_baseline"),
     "plain struct, no validation", None),
    ("Rust (instructions)", "serialize compact", (0, "serialize_ours"), (0, "serialize_baseline"),
     "serde_json::to_string(&plain struct)", 1.1),
    ("Rust (instructions)", "parse", (0, "parse_ours"), (0, "parse_baseline"),
     "serde_json::from_str::<plain struct>", 1.2),
    ("C ABI (instructions)", "create + serialize + free", (1, "create_ffi"), (1, "create_rust"),
     "Rust API doing the same work", 1.3),
    ("C ABI (instructions)", "parse + free", (1, "parse_ffi"), (1, "parse_rust"),
     "Rust API doing the same work", None),
    ("C, libisc_pat.so (instructions)", "parse + free (with expirationDate)",
     (2, "parse_free_expiring"), (0, "parse_plain_slice"),
     "serde_json::from_slice::<plain #[derive(Deserialize)] struct>", 1.2),
    ("C, libisc_pat.so (instructions)", "parse + to_json + free (with expirationDate)",
     (2, "parse_json_free_expiring"), (0, "roundtrip_plain_slice"),
     "serde_json::from_slice + to_string of the plain struct", 1.2),
]


def total_instructions(exe, op, iters):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ISC_PAT_PROFILE=op, ISC_PAT_PROFILE_ITERS=str(iters))
        # The C loop takes the operation as arguments, the Rust binaries from
        # the environment.
        args = ["--profile", op, str(iters)] if exe == os.environ.get("BENCH_C_BOUNDARY") else []
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", exe, *args],
            env=env, capture_output=True, text=True, check=True)
    m = re.search(r"refs:\s*([\d,]+)", out.stderr)
    if not m:
        sys.exit(f"no instruction count from callgrind for {op}:\n{out.stderr}")
    return int(m.group(1).replace(",", ""))


def per_op(exe, op):
    return (total_instructions(exe, op, HIGH) - total_instructions(exe, op, LOW)) / (HIGH - LOW)


def bench_executables():
    """Paths of the rust_core and c_boundary bench binaries (built if needed)."""
    cargo = os.environ.get("CARGO", "cargo")
    out = subprocess.run(
        [cargo, "bench", "--locked", "--no-run", "--message-format=json",
         "--bench", "rust_core", "--bench", "c_boundary"],
        capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("executable"):
            found[msg["target"]["name"]] = msg["executable"]
    return [found["rust_core"], found["c_boundary"]]


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    rows_dir, exes = argv[1], bench_executables() + [os.environ["BENCH_C_BOUNDARY"]]
    os.makedirs(rows_dir, exist_ok=True)
    with open(os.path.join(rows_dir, "callgrind.jsonl"), "w") as f:
        for layer, op, (ours_exe, ours), (base_exe, base), base_text, target in ROWS:
            o, b = per_op(exes[ours_exe], ours), per_op(exes[base_exe], base)
            print(f"{layer:22} {op:28} {o:9.0f} vs {b:9.0f} instructions")
            f.write(json.dumps({
                "layer": layer, "operation": op, "unit": "instructions",
                "ours_ns": o, "ours_spread": None,
                "baseline": base_text, "baseline_ns": b, "baseline_spread": None,
                "target_max_ratio": target,
                "note": f"callgrind, ({HIGH} - {LOW} iterations) of {ours} / {base}",
            }) + "\n")


if __name__ == "__main__":
    main(sys.argv)
