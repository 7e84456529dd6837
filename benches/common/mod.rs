//! What the benchmark binaries share: the documented example as inputs,
//! the serde baseline (a plain derived struct with the same fields, no
//! validation), and the criterion settings for quick and full runs.

// Each bench binary uses a different part of this module.
#![allow(dead_code)]

use std::time::Duration;

use criterion::Criterion;
use isc_pat::{
    CreatePersonalAccessTokenResponse, OwnerType, ParseMode, PatOwner, ResponseFields, Secret,
};
use serde::{Deserialize, Serialize};

/// The documented example in compact canonical JSON (MODEL.md).
pub const CANONICAL: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;

/// The documented example with an `expirationDate` (the parser rows of
/// the callgrind table).
pub const EXPIRING: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900,"expirationDate":"2018-01-11T18:45:37.098Z"}"#;

pub const ID: &str = "86f1dc6fe8f54414950454cbb11278fa";
pub const SECRET: &str = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";
pub const SCOPE: [&str; 2] = [
    "demo:personal-access-token-scope:first",
    "demo:personal-access-token-scope:second",
];
pub const NAME: &str = "NodeJS Integration";
pub const OWNER_TYPE: &str = "IDENTITY";
pub const OWNER_ID: &str = "2c9180a46faadee4016fb4e018c20639";
pub const OWNER_NAME: &str = "Support";
pub const CREATED: &str = "2017-07-11T18:45:37.098Z";
pub const VALIDITY: i32 = 36900;

/// The baseline owner: a plain derived struct, no rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlainOwner {
    #[serde(rename = "type")]
    pub owner_type: String,
    pub id: String,
    pub name: String,
}

/// The baseline response: the same fields and wire names as the model,
/// `created` kept as the text it came in as, nothing validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainResponse {
    pub id: String,
    pub secret: String,
    pub scope: Option<Vec<String>>,
    pub name: String,
    pub owner: PlainOwner,
    pub created: String,
    pub access_token_validity_seconds: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
}

/// Builds the baseline object from the example's text fields (`id` replaced
/// when given, so bulk data holds distinct objects).
pub fn build_plain(id: &str) -> PlainResponse {
    PlainResponse {
        id: id.to_owned(),
        secret: SECRET.to_owned(),
        scope: Some(SCOPE.iter().map(|s| (*s).to_owned()).collect()),
        name: NAME.to_owned(),
        owner: PlainOwner {
            owner_type: OWNER_TYPE.to_owned(),
            id: OWNER_ID.to_owned(),
            name: OWNER_NAME.to_owned(),
        },
        created: CREATED.to_owned(),
        access_token_validity_seconds: VALIDITY,
        expiration_date: None,
    }
}

/// Builds and validates our object from the same text fields: the owner
/// type and `created` are parsed from text, every rule is checked.
pub fn build_ours(id: &str) -> CreatePersonalAccessTokenResponse {
    let owner = PatOwner::new(
        OwnerType::parse(OWNER_TYPE, "owner.type").expect("valid type"),
        OWNER_ID.to_owned(),
        OWNER_NAME.to_owned(),
    )
    .expect("valid owner");
    CreatePersonalAccessTokenResponse::new(ResponseFields {
        id: id.to_owned(),
        secret: Secret::new(SECRET.to_owned()),
        scope: Some(SCOPE.iter().map(|s| (*s).to_owned()).collect()),
        name: NAME.to_owned(),
        owner,
        created: isc_pat::parse_rfc3339(CREATED).expect("valid date"),
        access_token_validity_seconds: Some(i64::from(VALIDITY)),
        expiration_date: None,
    })
    .expect("valid response")
}

/// Refuses to benchmark two sides that do not produce the same text.
pub fn check_same_output() {
    let ours = build_ours(ID).to_json();
    let plain = serde_json::to_string(&build_plain(ID)).expect("serializable");
    assert_eq!(ours, CANONICAL, "our output is not the canonical example");
    assert_eq!(plain, CANONICAL, "the baseline output differs from ours");
    let parsed =
        CreatePersonalAccessTokenResponse::from_json(CANONICAL.as_bytes(), ParseMode::Lenient)
            .expect("the example parses");
    assert_eq!(parsed, build_ours(ID));
    let plain: PlainResponse = serde_json::from_str(CANONICAL).expect("the example parses");
    assert_eq!(plain, build_plain(ID));
}

/// True when `BENCH_QUICK` is set to anything but `0` or empty.
pub fn quick() -> bool {
    std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Criterion settings: short windows in quick mode, long ones otherwise.
/// Command-line flags given after `--` still apply on top.
pub fn criterion() -> Criterion {
    let c = Criterion::default().without_plots();
    let c = if quick() {
        c.sample_size(20)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2))
            .nresamples(10_000)
    } else {
        c.sample_size(100)
            .warm_up_time(Duration::from_secs(3))
            .measurement_time(Duration::from_secs(15))
    };
    c.configure_from_args()
}
