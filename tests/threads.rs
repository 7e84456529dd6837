//! 8 threads x 10,000 rounds on one shared response (serialize both ways,
//! getters, clone) and on values of their own (parse, build, refuse, drop):
//! every result equals the one computed on a single thread beforehand.

use std::sync::Arc;
use std::thread;

use isc_pat::{
    CreatePersonalAccessTokenResponse, ErrorKind, OwnerType, ParseMode, PatOwner, ResponseFields,
    Secret,
};

const THREADS: usize = 8;
const ROUNDS: usize = 10_000;
const VARIANTS: usize = 4;

const CANONICAL: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;
const BAD: &str = r#"{"id":"i","secret":"s","scope":null,"name":"n","owner":{"type":"identity","id":"o","name":""},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":1}"#;

/// A value of its own for each variant: distinct id, scope and validity.
fn variant(v: usize) -> CreatePersonalAccessTokenResponse {
    CreatePersonalAccessTokenResponse::new(ResponseFields {
        id: format!("token-{v}"),
        secret: Secret::new(format!("secret-{v}\0x")),
        scope: (v != 3).then(|| vec![format!("scope:{v}"); v]),
        name: "n\u{e9}".into(),
        owner: PatOwner::new(OwnerType::Identity, format!("owner-{v}"), String::new()).unwrap(),
        created: isc_pat::chrono::DateTime::from_timestamp_millis(1_499_798_737_098 + v as i64)
            .unwrap(),
        access_token_validity_seconds: Some(100 + v as i64),
        expiration_date: (v % 2 == 0)
            .then(|| isc_pat::chrono::DateTime::from_timestamp_millis(0).unwrap()),
    })
    .unwrap()
}

/// Everything a round computes, as comparable values.
#[derive(Debug, PartialEq)]
struct Observed {
    compact: String,
    pretty: String,
    getters: String,
    clone_json: String,
    variant_parsed: String,
    variant_built: String,
    refusal: (ErrorKind, Option<String>, String),
}

fn observe(shared: &CreatePersonalAccessTokenResponse, inputs: &[String], v: usize) -> Observed {
    let getters = format!(
        "{}|{}|{:?}|{}|{:?}|{}|{}|{:?}",
        shared.id(),
        shared.secret().expose(),
        shared.scope(),
        shared.name(),
        shared.owner(),
        shared.created(),
        shared.access_token_validity_seconds(),
        shared.expiration_date()
    );
    let parsed =
        CreatePersonalAccessTokenResponse::from_json(inputs[v].as_bytes(), ParseMode::Strict)
            .unwrap();
    let e = CreatePersonalAccessTokenResponse::from_json(BAD.as_bytes(), ParseMode::Lenient)
        .unwrap_err();
    Observed {
        compact: shared.to_json(),
        pretty: shared.to_json_pretty(),
        getters,
        clone_json: shared.clone().to_json(),
        variant_parsed: parsed.to_json(),
        variant_built: variant(v).to_json(),
        refusal: (e.kind(), e.field_path().map(str::to_owned), e.to_string()),
    }
}

#[test]
fn eight_threads_see_what_one_thread_sees() {
    let shared = Arc::new(
        CreatePersonalAccessTokenResponse::from_json(CANONICAL.as_bytes(), ParseMode::Strict)
            .unwrap(),
    );
    let inputs: Arc<Vec<String>> =
        Arc::new((0..VARIANTS).map(|v| variant(v).to_json_pretty()).collect());
    let expected: Arc<Vec<Observed>> = Arc::new(
        (0..VARIANTS)
            .map(|v| observe(&shared, &inputs, v))
            .collect(),
    );
    assert_eq!(expected[0].compact, CANONICAL);
    assert_eq!(expected[0].refusal.1.as_deref(), Some("owner.type"));

    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let (shared, inputs, expected) = (shared.clone(), inputs.clone(), expected.clone());
            thread::spawn(move || {
                let mut mismatches = 0usize;
                for round in 0..ROUNDS {
                    let v = (round + t) % VARIANTS;
                    if observe(&shared, &inputs, v) != expected[v] {
                        mismatches += 1;
                    }
                }
                mismatches
            })
        })
        .collect();
    let mismatches: Vec<usize> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    assert_eq!(mismatches, vec![0; THREADS]);
}
