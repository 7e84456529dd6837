//! Property tests with fixed seeds (a failure replays exactly; the seed is
//! printed with it):
//! * any valid object survives build -> JSON (compact and indented) ->
//!   parse, and writes the same bytes again;
//! * arbitrary bytes, and mutations of canonical JSON (flipped bytes,
//!   truncations, duplicated keys, deep nesting, huge numbers, wrong types,
//!   inserted garbage), give `Ok` or a clean error, never a panic, within a
//!   bounded time per input.

use std::fmt::Debug;
use std::time::{Duration, Instant};

use isc_pat::chrono::{DateTime, Utc};
use isc_pat::{
    CreatePersonalAccessTokenResponse, OwnerType, ParseMode, PatOwner, ResponseFields, Secret,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

/// Seeds of the three runs. Change one only to explore; a failure names
/// its seed so it can be replayed by putting it back here.
const ROUND_TRIP_SEED: [u8; 32] = *b"isc-pat round trip seed 2024-v01";
const BYTES_SEED: [u8; 32] = *b"isc-pat arbitrary bytes seed 001";
const MUTATION_SEED: [u8; 32] = *b"isc-pat json mutations seed 0001";

const ROUND_TRIP_CASES: u32 = 4096;
const BYTES_CASES: u32 = 10_000;
const MUTATION_CASES: u32 = 10_000;

/// Per input, in a debug build: inputs are at most a few tens of KB, which
/// parse in well under a millisecond; this only catches runaway behaviour.
const MAX_PARSE_TIME: Duration = Duration::from_secs(2);

/// Runs `test` on `cases` values of `strategy` from a fixed seed; on
/// failure, panics with the seed and the (shrunk) failing input.
fn run<S: Strategy>(
    name: &str,
    seed: &[u8; 32],
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: Debug,
{
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, seed));
    if let Err(e) = runner.run(&strategy, test) {
        panic!(
            "{name} failed with seed {:?} ({}): {e}",
            String::from_utf8_lossy(seed),
            hex(seed)
        );
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ----- strategies ------------------------------------------------------------

/// Any character, with NUL, control characters, quotes and backslashes
/// much more likely than chance would make them.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        1 => Just('\0'),
        1 => (0u8..0x20).prop_map(char::from),
        1 => prop::sample::select(vec!['"', '\\', '/', '\u{7f}', '\u{2028}', '\u{feff}', '\u{10ffff}']),
    ]
}

fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), min..=max).prop_map(String::from_iter)
}

/// Milliseconds from the Unix epoch to 0001-01-01T00:00:00.000Z and to
/// 9999-12-31T23:59:59.999Z: the range the model keeps.
const MIN_UNIX_MILLIS: i64 = -62_135_596_800_000;
const MAX_UNIX_MILLIS: i64 = 253_402_300_799_999;

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (MIN_UNIX_MILLIS..=MAX_UNIX_MILLIS).prop_map(|ms| DateTime::from_timestamp_millis(ms).unwrap())
}

fn valid_response() -> impl Strategy<Value = CreatePersonalAccessTokenResponse> {
    (
        (text(1, 24), text(1, 24), text(1, 24)),
        prop::option::of(prop::collection::vec(text(0, 12), 0..100)),
        (text(1, 24), text(0, 24)),
        instant(),
        1..=i64::from(i32::MAX),
        prop::option::of(instant()),
    )
        .prop_map(
            |((id, secret, name), scope, (owner_id, owner_name), created, validity, expiration)| {
                CreatePersonalAccessTokenResponse::new(ResponseFields {
                    id,
                    secret: Secret::new(secret),
                    scope,
                    name,
                    owner: PatOwner::new(OwnerType::Identity, owner_id, owner_name).unwrap(),
                    created,
                    access_token_validity_seconds: Some(validity),
                    expiration_date: expiration,
                })
                .expect("every generated field is valid")
            },
        )
}

/// One way to damage a JSON text.
#[derive(Clone, Debug)]
enum Mutation {
    FlipByte {
        at: usize,
        mask: u8,
    },
    Truncate {
        at: usize,
    },
    DuplicateKey {
        key: usize,
    },
    DeepNesting {
        depth: usize,
        objects: bool,
        closed: bool,
    },
    HugeNumber {
        digits: String,
        exponent: Option<i64>,
    },
    WrongType {
        key: usize,
        value: usize,
    },
    InsertGarbage {
        at: usize,
        bytes: Vec<u8>,
    },
    RemoveByte {
        at: usize,
    },
}

const KEYS: [&str; 8] = [
    "id",
    "secret",
    "scope",
    "name",
    "owner",
    "created",
    "accessTokenValiditySeconds",
    "expirationDate",
];
const WRONG_VALUES: [&str; 12] = [
    "null", "true", "false", "0", "-1", "1.5", "1e400", "\"\"", "\"x\"", "[]", "{}", "[{}]",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, mask)| Mutation::FlipByte { at, mask }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (0..KEYS.len()).prop_map(|key| Mutation::DuplicateKey { key }),
        (1usize..5000, any::<bool>(), any::<bool>()).prop_map(|(depth, objects, closed)| {
            Mutation::DeepNesting {
                depth,
                objects,
                closed,
            }
        }),
        ("-?[0-9]{1,400}", prop::option::of(any::<i64>()))
            .prop_map(|(digits, exponent)| Mutation::HugeNumber { digits, exponent }),
        (0..KEYS.len(), 0..WRONG_VALUES.len())
            .prop_map(|(key, value)| Mutation::WrongType { key, value }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Mutation::InsertGarbage { at, bytes }),
        any::<usize>().prop_map(|at| Mutation::RemoveByte { at }),
    ]
}

/// The span of the value of the first `"key":` in `json`, if any (a
/// string, number or literal; objects and arrays end at their bracket).
fn value_span(json: &[u8], key: &str) -> Option<(usize, usize)> {
    let needle = format!("\"{key}\":");
    let start = json
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())?
        + needle.len();
    let mut end = start;
    let mut depth = 0i32;
    let mut in_string = false;
    while end < json.len() {
        let c = json[end];
        if in_string {
            match c {
                b'\\' => end += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                b',' if depth == 0 => break,
                _ => {}
            }
        }
        end += 1;
        if depth == 0 && !in_string && end > start && matches!(json[end - 1], b'"' | b']' | b'}') {
            break;
        }
    }
    Some((start, end.min(json.len())))
}

fn apply(json: &mut Vec<u8>, m: &Mutation) {
    let len = json.len();
    match m {
        Mutation::FlipByte { at, mask } if len > 0 => json[at % len] ^= mask,
        Mutation::Truncate { at } => json.truncate(at % (len + 1)),
        Mutation::DuplicateKey { key } => {
            if let Some((s, e)) = value_span(json, KEYS[*key]) {
                let member =
                    [format!("\"{}\":", KEYS[*key]).as_bytes(), &json[s..e], b","].concat();
                let at = json.iter().position(|&c| c == b'{').map_or(0, |i| i + 1);
                json.splice(at..at, member);
            }
        }
        Mutation::DeepNesting {
            depth,
            objects,
            closed,
        } => {
            let (open, close) = if *objects {
                ("{\"a\":".repeat(*depth), format!("0{}", "}".repeat(*depth)))
            } else {
                ("[".repeat(*depth), "]".repeat(*depth))
            };
            let member = format!(
                "\"x\":{open}{},",
                if *closed { close } else { String::new() }
            );
            let at = json.iter().position(|&c| c == b'{').map_or(0, |i| i + 1);
            json.splice(at..at, member.into_bytes());
        }
        Mutation::HugeNumber { digits, exponent } => {
            let number = match exponent {
                Some(e) => format!("{digits}e{e}"),
                None => digits.clone(),
            };
            if let Some((s, e)) = value_span(json, "accessTokenValiditySeconds") {
                json.splice(s..e, number.into_bytes());
            }
        }
        Mutation::WrongType { key, value } => {
            if let Some((s, e)) = value_span(json, KEYS[*key]) {
                json.splice(s..e, WRONG_VALUES[*value].bytes());
            }
        }
        Mutation::InsertGarbage { at, bytes } => {
            let at = at % (len + 1);
            json.splice(at..at, bytes.iter().copied());
        }
        Mutation::RemoveByte { at } if len > 0 => {
            json.remove(at % len);
        }
        _ => {}
    }
}

/// Parses `input`; the result must be `Ok` (and then round-trip) or an
/// error with a message, within the time bound. A panic fails the case.
fn parses_cleanly(input: &[u8], mode: ParseMode) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let result = CreatePersonalAccessTokenResponse::from_json(input, mode);
    let elapsed = started.elapsed();
    prop_assert!(
        elapsed < MAX_PARSE_TIME,
        "parsing {} bytes took {elapsed:?}",
        input.len()
    );
    match result {
        Ok(r) => {
            let compact = r.to_json();
            let again =
                CreatePersonalAccessTokenResponse::from_json(compact.as_bytes(), ParseMode::Strict)
                    .map_err(|e| {
                        TestCaseError::fail(format!("accepted value does not re-parse: {e}"))
                    })?;
            prop_assert_eq!(&again, &r);
            prop_assert_eq!(again.to_json(), compact);
        }
        Err(e) => {
            prop_assert!(!e.problem().is_empty());
            let shown = e.to_string();
            if let Some(field) = e.field_path() {
                prop_assert!(shown.starts_with(&format!("{field}: ")), "{}", shown);
            }
        }
    }
    Ok(())
}

// ----- the properties ------------------------------------------------------------

#[test]
fn any_valid_object_round_trips_through_both_json_forms() {
    run(
        "round trip",
        &ROUND_TRIP_SEED,
        ROUND_TRIP_CASES,
        valid_response(),
        |r| {
            let compact = r.to_json();
            for (text, mode) in [
                (compact.clone(), ParseMode::Strict),
                (r.to_json_pretty(), ParseMode::Strict),
                (r.to_json_pretty(), ParseMode::Lenient),
            ] {
                let parsed = CreatePersonalAccessTokenResponse::from_json(text.as_bytes(), mode)
                    .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
                prop_assert_eq!(&parsed, &r);
                prop_assert_eq!(parsed.to_json(), compact.clone());
                prop_assert_eq!(parsed.to_json_pretty(), r.to_json_pretty());
            }
            Ok(())
        },
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // mostly JSON punctuation, so the parser gets past the first byte
        prop::collection::vec(
            prop::sample::select(b"{}[]:,\"\\ 0123456789.-+eEtrufalsn\xff\xc3\xa9u".to_vec()),
            0..512
        ),
    ];
    run(
        "arbitrary bytes",
        &BYTES_SEED,
        BYTES_CASES,
        (bytes, any::<bool>()),
        |(input, strict)| {
            let mode = if strict {
                ParseMode::Strict
            } else {
                ParseMode::Lenient
            };
            parses_cleanly(&input, mode)?;
            let _ = PatOwner::from_json(&input, mode);
            Ok(())
        },
    );
}

#[test]
fn mutated_canonical_json_never_panics() {
    run(
        "mutations",
        &MUTATION_SEED,
        MUTATION_CASES,
        (
            valid_response(),
            any::<bool>(),
            prop::collection::vec(mutation(), 1..4),
            any::<bool>(),
        ),
        |(r, pretty, mutations, strict)| {
            let mut json = if pretty {
                r.to_json_pretty()
            } else {
                r.to_json()
            }
            .into_bytes();
            for m in &mutations {
                apply(&mut json, m);
            }
            let mode = if strict {
                ParseMode::Strict
            } else {
                ParseMode::Lenient
            };
            parses_cleanly(&json, mode)
        },
    );
}

/// The harness itself can fail: a property that does not hold is reported
/// (with its seed) instead of passing.
#[test]
fn a_false_property_is_reported() {
    let outcome = std::panic::catch_unwind(|| {
        run("control", &BYTES_SEED, 64, any::<u8>(), |b| {
            prop_assert!(b < 200);
            Ok(())
        })
    });
    let message = *outcome
        .expect_err("a false property must fail")
        .downcast::<String>()
        .unwrap();
    assert!(message.contains(&hex(&BYTES_SEED)), "{message}");
}

#[test]
fn mutations_change_the_input() {
    // The mutation helpers find the values they target.
    let canonical = br#"{"id":"a","secret":"b","scope":["c"],"name":"d","owner":{"type":"IDENTITY","id":"e","name":""},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;
    assert_eq!(value_span(canonical, "scope"), Some((31, 36)));
    let mut dup = canonical.to_vec();
    apply(&mut dup, &Mutation::DuplicateKey { key: 0 });
    assert!(dup.starts_with(br#"{"id":"a","id":"a","#));
    let mut huge = canonical.to_vec();
    apply(
        &mut huge,
        &Mutation::HugeNumber {
            digits: "9".repeat(30),
            exponent: None,
        },
    );
    let e = CreatePersonalAccessTokenResponse::from_json(&huge, ParseMode::Lenient).unwrap_err();
    assert_eq!(e.field_path(), Some("accessTokenValiditySeconds"));
    let mut wrong = canonical.to_vec();
    apply(&mut wrong, &Mutation::WrongType { key: 4, value: 0 });
    let e = CreatePersonalAccessTokenResponse::from_json(&wrong, ParseMode::Lenient).unwrap_err();
    assert_eq!(e.field_path(), Some("owner"));
}
