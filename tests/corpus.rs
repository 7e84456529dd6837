//! The hostile-input corpus (`tests/corpus/`, described in its README.md)
//! run through the public Rust API: every case's outcome, status and field
//! path must match the manifest, and accepted cases must round-trip.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use isc_pat::ffi::status::isc_pat_status;
use isc_pat::{
    CreatePersonalAccessTokenResponse, ErrorKind, OwnerType, ParseMode, PatOwner, ResponseFields,
    Secret,
};
use serde::Deserialize;

/// One manifest entry (see tests/corpus/README.md).
#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    kind: String,
    input: String,
    generated: bool,
    strict: bool,
    expect: String,
    field: Option<String>,
    canonical: Option<String>,
}

/// The builder's input for a `fields` case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    id: String,
    secret: String,
    scope: Option<Vec<String>>,
    name: String,
    owner: OwnerFields,
    created: String,
    #[serde(rename = "accessTokenValiditySeconds", default)]
    access_token_validity_seconds: Option<i64>,
    #[serde(rename = "expirationDate", default)]
    expiration_date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnerFields {
    #[serde(rename = "type")]
    owner_type: String,
    id: String,
    name: String,
}

/// The secret of the documented example: no error message may show it.
const DOCUMENTED_SECRET: &str = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";

/// Generous: the largest input (10 MB) parses in well under a second even
/// in a debug build.
const MAX_CASE_TIME: Duration = Duration::from_secs(20);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder of generated inputs, (re)generated when missing or older
/// than the manifest or the generator (`make corpus` does the same).
fn generated_dir() -> PathBuf {
    static GENERATED: OnceLock<PathBuf> = OnceLock::new();
    GENERATED.get_or_init(generate).clone()
}

fn generate() -> PathBuf {
    let corpus = root().join("tests/corpus");
    let out = root().join("target/corpus");
    let stamp = out.join("manifest.tsv");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match modified(&stamp) {
        Some(made) => ["manifest.json", "generate.py"]
            .iter()
            .all(|f| modified(&corpus.join(f)).is_some_and(|m| m <= made)),
        None => false,
    };
    if !fresh {
        let status = Command::new("python3")
            .arg(corpus.join("generate.py"))
            .arg(&corpus)
            .arg(&out)
            .status()
            .expect("python3 runs tests/corpus/generate.py");
        assert!(status.success(), "tests/corpus/generate.py failed");
    }
    out
}

/// The manifest's name of a status: the library's own name
/// (`isc_pat_status_name`, tested against the header in tests/header.rs)
/// without its prefix.
fn status_name(kind: ErrorKind) -> String {
    library_status_name(isc_pat_status::from(kind) as i32)
        .strip_prefix("ISC_PAT_STATUS_")
        .expect("every status name has the prefix")
        .to_owned()
}

/// `isc_pat_status_name` of a raw status value.
fn library_status_name(value: i32) -> &'static str {
    let name = isc_pat::ffi::status::isc_pat_status_name(value);
    // SAFETY: isc_pat_status_name returns a static NUL-terminated string,
    // never NULL.
    unsafe { std::ffi::CStr::from_ptr(name) }
        .to_str()
        .expect("status names are ASCII")
}

/// A refusal as the manifest states it: status name, field path, message.
struct Refusal {
    status: String,
    field: Option<String>,
    message: String,
}

impl From<isc_pat::Error> for Refusal {
    fn from(e: isc_pat::Error) -> Self {
        Refusal {
            status: status_name(e.kind()),
            field: e.field_path().map(str::to_owned),
            message: e.to_string(),
        }
    }
}

fn timestamp(
    text: &str,
    field: &str,
) -> Result<isc_pat::chrono::DateTime<isc_pat::chrono::Utc>, Refusal> {
    isc_pat::parse_rfc3339(text).map_err(|e| Refusal {
        status: "INVALID_DATE".to_owned(),
        field: Some(field.to_owned()),
        message: format!("{field}: {e}"),
    })
}

/// Feeds a `fields` case to the builder, in the order the C builder uses:
/// the owner first, then the response.
fn build(f: Fields) -> Result<CreatePersonalAccessTokenResponse, Refusal> {
    let owner_type = OwnerType::parse(&f.owner.owner_type, "owner.type")?;
    let owner = PatOwner::new(owner_type, f.owner.id, f.owner.name)?;
    let created = timestamp(&f.created, "created")?;
    let expiration_date = match &f.expiration_date {
        None => None,
        Some(text) => Some(timestamp(text, "expirationDate")?),
    };
    Ok(CreatePersonalAccessTokenResponse::new(ResponseFields {
        id: f.id,
        secret: Secret::new(f.secret),
        scope: f.scope,
        name: f.name,
        owner,
        created,
        access_token_validity_seconds: f.access_token_validity_seconds,
        expiration_date,
    })?)
}

/// Runs one case; `Err` describes how it differs from the manifest.
fn run(case: &Case, generated: &Path) -> Result<(), String> {
    let dir = if case.generated {
        generated.to_path_buf()
    } else {
        root().join("tests/corpus")
    };
    let bytes = std::fs::read(dir.join(&case.input)).map_err(|e| format!("read input: {e}"))?;
    let mut secret = DOCUMENTED_SECRET.to_owned();
    let outcome = match case.kind.as_str() {
        "json" => {
            let mode = if case.strict {
                ParseMode::Strict
            } else {
                ParseMode::Lenient
            };
            CreatePersonalAccessTokenResponse::from_json(&bytes, mode).map_err(Refusal::from)
        }
        "fields" => {
            let fields: Fields =
                serde_json::from_slice(&bytes).map_err(|e| format!("bad fields file: {e}"))?;
            secret.clone_from(&fields.secret);
            build(fields)
        }
        other => return Err(format!("unknown kind {other:?}")),
    };
    match (outcome, case.expect.as_str()) {
        (Ok(r), "OK") => check_accepted(case, &r),
        (Ok(_), expected) => Err(format!("accepted, expected {expected}")),
        (Err(e), "OK") => Err(format!(
            "refused, expected OK: {} ({})",
            e.status, e.message
        )),
        (Err(e), expected) => {
            if e.status != expected || e.field != case.field {
                return Err(format!(
                    "got {} at {:?}, expected {expected} at {:?} ({})",
                    e.status, e.field, case.field, e.message
                ));
            }
            if let Some(field) = &e.field {
                if !e.message.starts_with(&format!("{field}: ")) {
                    return Err(format!(
                        "message does not start with the field: {}",
                        e.message
                    ));
                }
            }
            if secret.len() >= 8 && e.message.contains(&secret[..8]) {
                return Err(format!("the message shows the secret: {}", e.message));
            }
            Ok(())
        }
    }
}

/// An accepted value writes the expected canonical JSON, and both of its
/// forms parse back (strictly) to an equal value.
fn check_accepted(case: &Case, r: &CreatePersonalAccessTokenResponse) -> Result<(), String> {
    let compact = r.to_json();
    if let Some(canonical) = &case.canonical {
        if &compact != canonical {
            return Err(format!("wrote {compact}\nexpected {canonical}"));
        }
    }
    for text in [compact.clone(), r.to_json_pretty()] {
        let again =
            CreatePersonalAccessTokenResponse::from_json(text.as_bytes(), ParseMode::Strict)
                .map_err(|e| format!("output does not parse back: {e}"))?;
        if &again != r || again.to_json() != compact {
            return Err("output parses back to a different value".to_owned());
        }
    }
    Ok(())
}

#[test]
fn every_corpus_case_has_the_outcome_the_manifest_states() {
    let generated = generated_dir();
    let manifest = std::fs::read(root().join("tests/corpus/manifest.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_slice(&manifest).expect("manifest.json parses");
    assert!(cases.len() >= 150, "the corpus lost cases: {}", cases.len());
    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, "");
    for case in &cases {
        let started = Instant::now();
        let result = run(case, &generated);
        let elapsed = started.elapsed();
        if elapsed > slowest.0 {
            slowest = (elapsed, &case.name);
        }
        if let Err(why) = result {
            failures.push(format!("{}: {why}", case.name));
        } else if elapsed > MAX_CASE_TIME {
            failures.push(format!("{}: took {elapsed:?}", case.name));
        }
    }
    println!(
        "{} corpus cases; slowest {} in {:?}",
        cases.len(),
        slowest.1,
        slowest.0
    );
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn case_names_are_unique_and_inputs_exist() {
    let generated = generated_dir();
    let manifest = std::fs::read(root().join("tests/corpus/manifest.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_slice(&manifest).unwrap();
    let mut names = std::collections::HashSet::new();
    for case in &cases {
        assert!(names.insert(&case.name), "duplicate case {}", case.name);
        let dir = if case.generated {
            generated.clone()
        } else {
            root().join("tests/corpus")
        };
        assert!(
            dir.join(&case.input).is_file(),
            "{}: no input file",
            case.name
        );
        if case.expect == "OK" {
            assert!(
                case.field.is_none(),
                "{}: an accepted case names no field",
                case.name
            );
        } else {
            assert!(
                case.canonical.is_none(),
                "{}: a refused case has no output",
                case.name
            );
        }
    }
}
