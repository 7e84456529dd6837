//! The Rust core against a plain serde model with the same fields.
//!
//! Criterion groups (results in `target/criterion/<group>/<side>/new/`):
//! * `rust_build_validate`: build from text fields and validate, then drop;
//!   baseline: fill the plain struct (no validation), then drop.
//! * `rust_serialize_compact`: `to_json` vs `serde_json::to_string`.
//! * `rust_parse`: `from_json` (lenient) vs `serde_json::from_str`, each
//!   result dropped.
//!
//! With `ISC_PAT_BULK_OUT=<file>` the binary instead runs the bulk
//! benchmark: for each side a child process (this binary again, with
//! `ISC_PAT_BULK_SIDE`) builds 100,000 objects, serializes them to one JSON
//! array and parses it back, timing both and reporting its peak resident
//! memory; the rows are appended to `<file>` as JSON lines.

mod common;

use std::hint::black_box;

use criterion::Criterion;
use isc_pat::{CreatePersonalAccessTokenResponse, ParseMode};

use common::{build_ours, build_plain, PlainResponse, CANONICAL, EXPIRING, ID};

fn build_validate(c: &mut Criterion) {
    let mut g = c.benchmark_group("rust_build_validate");
    g.bench_function("ours", |b| b.iter(|| build_ours(black_box(ID))));
    g.bench_function("baseline", |b| b.iter(|| build_plain(black_box(ID))));
    g.finish();
}

fn serialize_compact(c: &mut Criterion) {
    let ours = build_ours(ID);
    let plain = build_plain(ID);
    let mut g = c.benchmark_group("rust_serialize_compact");
    g.bench_function("ours", |b| b.iter(|| black_box(&ours).to_json()));
    g.bench_function("baseline", |b| {
        b.iter(|| serde_json::to_string(black_box(&plain)).expect("serializable"))
    });
    g.finish();
}

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("rust_parse");
    g.bench_function("ours", |b| {
        b.iter(|| {
            CreatePersonalAccessTokenResponse::from_json(
                black_box(CANONICAL.as_bytes()),
                ParseMode::Lenient,
            )
            .expect("valid")
        })
    });
    g.bench_function("baseline", |b| {
        b.iter(|| serde_json::from_str::<PlainResponse>(black_box(CANONICAL)).expect("valid"))
    });
    g.finish();
}

/// Runs one operation `ISC_PAT_PROFILE_ITERS` times (default 10,000) and
/// nothing else, for `valgrind --tool=callgrind`: the difference between two
/// iteration counts, divided, is the instruction count of one operation.
fn profile(op: &str) {
    let iters: usize = std::env::var("ISC_PAT_PROFILE_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let ours = build_ours(ID);
    let plain = build_plain(ID);
    for _ in 0..iters {
        match op {
            "build_ours" => drop(black_box(build_ours(black_box(ID)))),
            "build_baseline" => drop(black_box(build_plain(black_box(ID)))),
            "serialize_ours" => drop(black_box(black_box(&ours).to_json())),
            "serialize_baseline" => drop(black_box(
                serde_json::to_string(black_box(&plain)).expect("serializable"),
            )),
            "parse_ours" => drop(black_box(
                CreatePersonalAccessTokenResponse::from_json(
                    black_box(CANONICAL.as_bytes()),
                    ParseMode::Lenient,
                )
                .expect("valid"),
            )),
            "parse_baseline" => drop(black_box(
                serde_json::from_str::<PlainResponse>(black_box(CANONICAL)).expect("valid"),
            )),
            // The plain derive on the example with expirationDate, read
            // from bytes: the baselines of the C ABI parser rows.
            "parse_plain_slice" => drop(black_box(
                serde_json::from_slice::<PlainResponse>(black_box(EXPIRING.as_bytes()))
                    .expect("valid"),
            )),
            "roundtrip_plain_slice" => {
                let plain: PlainResponse =
                    serde_json::from_slice(black_box(EXPIRING.as_bytes())).expect("valid");
                drop(black_box(
                    serde_json::to_string(&plain).expect("serializable"),
                ))
            }
            "roundtrip_wiping" => wiping::with(true, wiping::round_trip),
            "roundtrip_system" => wiping::with(false, wiping::round_trip),
            other => panic!("unknown operation {other}"),
        }
    }
}

fn main() {
    if let Ok(side) = std::env::var("ISC_PAT_BULK_SIDE") {
        bulk::child(&side);
        return;
    }
    if let Ok(op) = std::env::var("ISC_PAT_PROFILE") {
        profile(&op);
        return;
    }
    if let Ok(out) = std::env::var("ISC_PAT_BULK_OUT") {
        bulk::run(&out);
        return;
    }
    common::check_same_output();
    let mut c = common::criterion();
    build_validate(&mut c);
    serialize_compact(&mut c);
    parse(&mut c);
    c.final_summary();
}

mod bulk {
    use std::fmt::Write as _;
    use std::hint::black_box;
    use std::io::Write as _;
    use std::process::Command;
    use std::time::Instant;

    use isc_pat::{CreatePersonalAccessTokenResponse, ParseMode};

    use crate::common::{build_ours, build_plain, quick, PlainResponse};

    const COUNT: usize = 100_000;

    fn reps() -> usize {
        if quick() {
            5
        } else {
            21
        }
    }

    /// The object ids: distinct, as long as the documented one.
    fn id(i: usize) -> String {
        format!("{i:032x}")
    }

    /// Peak resident set size of this process, in KiB.
    fn peak_kb() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM in /proc/self/status")
    }

    /// Our array: the compact canonical objects joined by commas (the core
    /// has no array writer), into a buffer that grows as serde_json's does.
    fn ours_to_array(objects: &[CreatePersonalAccessTokenResponse]) -> String {
        let mut out = String::with_capacity(128);
        out.push('[');
        for (i, o) in objects.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&o.to_json());
        }
        out.push(']');
        out
    }

    /// Our array back: a small scanner finds each top-level object (the
    /// core has no array reader) and the core parses and validates it.
    fn ours_from_array(json: &str) -> Vec<CreatePersonalAccessTokenResponse> {
        split_array(json.as_bytes())
            .map(|item| {
                CreatePersonalAccessTokenResponse::from_json(item, ParseMode::Lenient)
                    .expect("valid item")
            })
            .collect()
    }

    /// The items of a JSON array of objects, as byte slices. It finds the
    /// extent of each object (strings and escapes respected, nesting
    /// counted) and leaves checking their content to the parser.
    fn split_array(b: &[u8]) -> impl Iterator<Item = &[u8]> {
        let ws = |b: &[u8], mut i: usize| {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            i
        };
        let mut i = ws(b, 0);
        assert_eq!(b.get(i), Some(&b'['), "expected a JSON array");
        i = ws(b, i + 1);
        let mut done = b.get(i) == Some(&b']');
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let start = i;
            assert_eq!(b.get(i), Some(&b'{'), "expected an object at byte {i}");
            let mut depth = 0usize;
            loop {
                let c = *b.get(i).expect("unterminated array");
                i += 1;
                match c {
                    // Jump over a string: to its closing quote, past escapes.
                    b'"' => loop {
                        let j = i + b[i..]
                            .iter()
                            .position(|&c| c == b'"' || c == b'\\')
                            .expect("unterminated string");
                        if b[j] == b'"' {
                            i = j + 1;
                            break;
                        }
                        i = j + 2;
                    },
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let item = &b[start..i];
            i = ws(b, i);
            match b.get(i) {
                Some(b',') => i = ws(b, i + 1),
                Some(b']') => {
                    done = true;
                    assert_eq!(ws(b, i + 1), b.len(), "data after the array");
                }
                _ => panic!("expected ',' or ']' at byte {i}"),
            }
            Some(item)
        })
    }

    /// FNV-1a, to check that both sides wrote the same text.
    fn fnv(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// Runs one side in this process and prints one JSON line: the
    /// serialize and parse times of each repetition (ns, warm-up excluded),
    /// the output's length and hash, and the peak resident memory.
    pub fn child(side: &str) {
        let reps = reps();
        let mut ser = Vec::new();
        let mut parse = Vec::new();
        let mut scan = Vec::new();
        let (len, hash);
        macro_rules! run {
            ($objects:expr, $to_array:expr, $from_array:expr) => {{
                let objects = $objects;
                let mut json = String::new();
                for r in 0..=reps {
                    drop(std::mem::take(&mut json));
                    let t = Instant::now();
                    json = $to_array(&objects);
                    let ns = t.elapsed().as_nanos() as f64;
                    if r > 0 {
                        ser.push(ns);
                    }
                }
                let mut back = Vec::new();
                for r in 0..=reps {
                    drop(std::mem::take(&mut back));
                    let t = Instant::now();
                    back = $from_array(&json);
                    let ns = t.elapsed().as_nanos() as f64;
                    if r > 0 {
                        parse.push(ns);
                    }
                }
                assert_eq!(back.len(), COUNT);
                assert!(back == objects, "the round trip changed the objects");
                // The share of the array scanner alone (ours needs it; the
                // baseline side times it too, unused, to keep both alike).
                for _ in 0..reps {
                    let t = Instant::now();
                    black_box(split_array(black_box(json.as_bytes())).count());
                    scan.push(t.elapsed().as_nanos() as f64);
                }
                len = json.len();
                hash = fnv(json.as_bytes());
            }};
        }
        match side {
            "ours" => run!(
                (0..COUNT).map(|i| build_ours(&id(i))).collect::<Vec<_>>(),
                ours_to_array,
                ours_from_array
            ),
            "baseline" => run!(
                (0..COUNT).map(|i| build_plain(&id(i))).collect::<Vec<_>>(),
                |v: &Vec<PlainResponse>| serde_json::to_string(v).expect("serializable"),
                |s: &str| serde_json::from_str::<Vec<PlainResponse>>(s).expect("valid")
            ),
            other => panic!("unknown side {other}"),
        }
        let peak = peak_kb();
        println!(
            "{{\"ser\":{ser:?},\"parse\":{parse:?},\"scan\":{scan:?},\"len\":{len},\"hash\":{hash},\"peak_kb\":{peak}}}"
        );
    }

    struct Side {
        ser: Vec<f64>,
        parse: Vec<f64>,
        scan: Vec<f64>,
        len: u64,
        hash: u64,
        peak_kb: u64,
    }

    /// Reads the child's line (a fixed shape written just above).
    fn read_side(side: &str) -> Side {
        let exe = std::env::current_exe().expect("own path");
        let out = Command::new(exe)
            .env("ISC_PAT_BULK_SIDE", side)
            .env_remove("ISC_PAT_BULK_OUT")
            .output()
            .expect("run the bulk child");
        assert!(out.status.success(), "bulk child {side} failed: {out:?}");
        let line = String::from_utf8(out.stdout).expect("UTF-8");
        let field = |name: &str| -> &str {
            let key = format!("\"{name}\":");
            let rest = &line[line.find(&key).expect("field") + key.len()..];
            let end = if rest.starts_with('[') {
                rest.find(']').expect("]") + 1
            } else {
                rest.find([',', '}']).expect("end")
            };
            &rest[..end]
        };
        let list = |name: &str| -> Vec<f64> {
            field(name)
                .trim_matches(['[', ']'])
                .split(',')
                .map(|x| x.trim().parse().expect("number"))
                .collect()
        };
        Side {
            ser: list("ser"),
            scan: list("scan"),
            parse: list("parse"),
            len: field("len").parse().expect("len"),
            hash: field("hash").parse().expect("hash"),
            peak_kb: field("peak_kb").parse().expect("peak"),
        }
    }

    /// Median and interquartile range of `xs`, per object.
    fn stats(xs: &[f64]) -> (f64, f64, f64) {
        quartiles(xs.iter().map(|x| x / COUNT as f64).collect())
    }

    /// Median and interquartile range of `v`.
    pub(crate) fn quartiles(mut v: Vec<f64>) -> (f64, f64, f64) {
        v.sort_by(f64::total_cmp);
        let q = |p: f64| {
            let pos = p * (v.len() - 1) as f64;
            let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
            v[lo] + (v[hi] - v[lo]) * (pos - lo as f64)
        };
        (q(0.5), q(0.25), q(0.75))
    }

    fn row(out: &mut String, operation: &str, baseline: &str, ours: &[f64], base: &[f64]) {
        let (m, lo, hi) = stats(ours);
        let (bm, blo, bhi) = stats(base);
        let _ = write!(
            out,
            "{{\"layer\":\"Rust (bulk)\",\"operation\":\"{operation}\",\"ours_ns\":{m:.1},\"ours_spread\":[{lo:.1},{hi:.1}],\"baseline\":\"{baseline}\",\"baseline_ns\":{bm:.1},\"baseline_spread\":[{blo:.1},{bhi:.1}]"
        );
    }

    /// Runs both sides, checks they did the same work, appends the rows.
    pub fn run(path: &str) {
        let ours = read_side("ours");
        let base = read_side("baseline");
        assert_eq!(
            (ours.len, ours.hash),
            (base.len, base.hash),
            "the two sides wrote different JSON arrays"
        );
        let sum =
            |s: &Side| -> Vec<f64> { s.ser.iter().zip(&s.parse).map(|(a, b)| a + b).collect() };
        let mut lines = String::new();
        let n = ours.ser.len();
        let note = format!(
            "100,000 objects, {} bytes of JSON, median of {n} repetitions per object",
            ours.len
        );
        row(
            &mut lines,
            "bulk 100k: serialize to one array",
            "serde_json::to_string(&Vec<plain struct>)",
            &ours.ser,
            &base.ser,
        );
        let _ = writeln!(lines, ",\"note\":\"{note}; ours joins to_json outputs\"}}");
        row(
            &mut lines,
            "bulk 100k: parse the array",
            "serde_json::from_str::<Vec<plain struct>>",
            &ours.parse,
            &base.parse,
        );
        let _ = writeln!(
            lines,
            ",\"note\":\"{note}; ours splits items with a scanner (alone: {:.0} ns per object), from_json each\"}}",
            stats(&ours.scan).0
        );
        row(
            &mut lines,
            "bulk 100k: round trip + peak memory",
            "serde_json, Vec<plain struct>",
            &sum(&ours),
            &sum(&base),
        );
        let _ = writeln!(
            lines,
            ",\"peak_ours_kb\":{},\"peak_baseline_kb\":{},\"peak_target\":\"ours <= baseline\",\"note\":\"peak = VmHWM of a child process per side that builds, serializes and parses back the 100k objects\"}}",
            ours.peak_kb, base.peak_kb
        );
        crate::wiping::row(&mut lines);
        print!("{lines}");
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("open the rows file");
        f.write_all(lines.as_bytes()).expect("write the rows");
    }
}

/// What the wiping allocator costs: the C library installs
/// `isc_pat::WipingAllocator`, which zeroes every block it frees. This
/// binary's allocator is the system's, with the wiping allocator in front
/// of it while `WIPING` is set, so one run measures the same work both ways.
mod wiping {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::fmt::Write as _;
    use std::hint::black_box;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Instant;

    use isc_pat::{CreatePersonalAccessTokenResponse, ParseMode, WipingAllocator};

    use crate::common::{quick, CANONICAL};

    static WIPING: AtomicBool = AtomicBool::new(false);
    static WIPE: WipingAllocator = WipingAllocator(System);

    struct Switchable;

    // SAFETY: every call goes to `System`, directly or through the wiping
    // allocator (which forwards to it); blocks are compatible either way.
    unsafe impl GlobalAlloc for Switchable {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: forwarded unchanged.
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            if WIPING.load(Ordering::Relaxed) {
                // SAFETY: forwarded unchanged; it frees through `System`.
                unsafe { WIPE.dealloc(ptr, layout) }
            } else {
                // SAFETY: forwarded unchanged.
                unsafe { System.dealloc(ptr, layout) }
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if WIPING.load(Ordering::Relaxed) {
                // SAFETY: forwarded unchanged (allocate, copy, wipe, free).
                unsafe { WIPE.realloc(ptr, layout, new_size) }
            } else {
                // SAFETY: forwarded unchanged.
                unsafe { System.realloc(ptr, layout, new_size) }
            }
        }
    }

    #[global_allocator]
    static GLOBAL: Switchable = Switchable;

    /// Runs `work` with the wiping allocator on or off.
    pub fn with<T>(wipe: bool, work: impl FnOnce() -> T) -> T {
        WIPING.store(wipe, Ordering::SeqCst);
        let result = work();
        WIPING.store(false, Ordering::SeqCst);
        result
    }

    /// What a C caller's round trip does: parse, serialize, free both.
    pub fn round_trip() {
        let r = CreatePersonalAccessTokenResponse::from_json(
            black_box(CANONICAL.as_bytes()),
            ParseMode::Lenient,
        )
        .expect("valid");
        drop(black_box(black_box(&r).to_json()));
        drop(black_box(r));
    }

    /// ns per round trip of one batch.
    fn batch(wipe: bool) -> f64 {
        const N: u32 = 2_000;
        with(wipe, || {
            let start = Instant::now();
            for _ in 0..N {
                round_trip();
            }
            start.elapsed().as_nanos() as f64 / f64::from(N)
        })
    }

    /// Appends the row: batches alternate between the two allocators.
    pub fn row(out: &mut String) {
        let batches = if quick() { 31 } else { 201 };
        batch(true);
        batch(false);
        let (mut ours, mut base) = (Vec::new(), Vec::new());
        for _ in 0..batches {
            ours.push(batch(true));
            base.push(batch(false));
        }
        let (m, lo, hi) = crate::bulk::quartiles(ours);
        let (bm, blo, bhi) = crate::bulk::quartiles(base);
        let _ = writeln!(
            out,
            "{{\"layer\":\"Rust\",\"operation\":\"wiping allocator: parse + to_json + free\",\"ours_ns\":{m:.1},\"ours_spread\":[{lo:.1},{hi:.1}],\"baseline\":\"the same with the system allocator (no wiping)\",\"baseline_ns\":{bm:.1},\"baseline_spread\":[{blo:.1},{bhi:.1}],\"note\":\"WipingAllocator (the C library's allocator) in front of the system allocator; median of {batches} batches of 2,000, alternating\"}}"
        );
    }
}
