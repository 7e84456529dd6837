//! The model's JSON contract: the documented example byte for byte, every
//! rejection naming its field, and round trips.

use isc_pat::{
    CreatePersonalAccessTokenResponse, ErrorKind, OwnerType, ParseMode, PatOwner, ResponseFields,
    Secret,
};

const CANONICAL: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;

fn documented_example() -> CreatePersonalAccessTokenResponse {
    CreatePersonalAccessTokenResponse::new(ResponseFields {
        id: "86f1dc6fe8f54414950454cbb11278fa".into(),
        secret: Secret::new(
            "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9".into(),
        ),
        scope: Some(vec![
            "demo:personal-access-token-scope:first".into(),
            "demo:personal-access-token-scope:second".into(),
        ]),
        name: "NodeJS Integration".into(),
        owner: PatOwner::new(
            OwnerType::Identity,
            "2c9180a46faadee4016fb4e018c20639".into(),
            "Support".into(),
        )
        .unwrap(),
        created: isc_pat::parse_rfc3339("2017-07-11T18:45:37.098Z").unwrap(),
        access_token_validity_seconds: Some(36900),
        expiration_date: None,
    })
    .unwrap()
}

fn parse(json: &str) -> Result<CreatePersonalAccessTokenResponse, isc_pat::Error> {
    CreatePersonalAccessTokenResponse::from_json(json.as_bytes(), ParseMode::Lenient)
}

fn parse_err(json: &str) -> (ErrorKind, Option<String>, String) {
    let e = parse(json).expect_err("input must be rejected");
    (e.kind(), e.field_path().map(str::to_owned), e.to_string())
}

/// The canonical JSON with `from` replaced by `to` (which must occur once).
fn edit(from: &str, to: &str) -> String {
    assert_eq!(CANONICAL.matches(from).count(), 1, "{from} must occur once");
    CANONICAL.replacen(from, to, 1)
}

#[test]
fn documented_example_serializes_to_the_canonical_json() {
    assert_eq!(documented_example().to_json(), CANONICAL);
}

#[test]
fn canonical_json_parses_to_the_documented_example() {
    assert_eq!(parse(CANONICAL).unwrap(), documented_example());
}

#[test]
fn pretty_json_is_indented_and_parses_back() {
    let pretty = documented_example().to_json_pretty();
    let expected = r#"{
  "id": "86f1dc6fe8f54414950454cbb11278fa",
  "secret": "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9",
  "scope": [
    "demo:personal-access-token-scope:first",
    "demo:personal-access-token-scope:second"
  ],
  "name": "NodeJS Integration",
  "owner": {
    "type": "IDENTITY",
    "id": "2c9180a46faadee4016fb4e018c20639",
    "name": "Support"
  },
  "created": "2017-07-11T18:45:37.098Z",
  "accessTokenValiditySeconds": 36900
}"#;
    assert_eq!(pretty, expected);
    assert_eq!(parse(&pretty).unwrap(), documented_example());
}

#[test]
fn null_and_empty_scope_stay_distinct() {
    let null = parse(&edit(
        r#"["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"]"#,
        "null",
    ))
    .unwrap();
    assert_eq!(null.scope(), None);
    assert!(null.to_json().contains(r#""scope":null"#));
    let empty = parse(&edit(
        r#"["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"]"#,
        "[ ]",
    ))
    .unwrap();
    assert_eq!(empty.scope(), Some(&[][..]));
    assert!(empty.to_json().contains(r#""scope":[]"#));
    assert!(empty.to_json_pretty().contains(r#""scope": [],"#));
}

#[test]
fn expiration_date_is_kept_and_written_only_when_set() {
    let with = edit(
        "36900}",
        r#"36900,"expirationDate":"2018-01-11T19:45:37.098+01:00"}"#,
    );
    let r = parse(&with).unwrap();
    assert_eq!(
        isc_pat::format_rfc3339(&r.expiration_date().unwrap()),
        "2018-01-11T18:45:37.098Z"
    );
    assert!(r.to_json().ends_with(
        r#""accessTokenValiditySeconds":36900,"expirationDate":"2018-01-11T18:45:37.098Z"}"#
    ));
    let null = parse(&edit("36900}", r#"36900,"expirationDate":null}"#)).unwrap();
    assert_eq!(null.expiration_date(), None);
    assert_eq!(null.to_json(), CANONICAL);
}

#[test]
fn default_validity_applies_when_building_without_one() {
    let r = CreatePersonalAccessTokenResponse::new(ResponseFields {
        access_token_validity_seconds: None,
        ..fields_of(&documented_example())
    })
    .unwrap();
    assert_eq!(r.access_token_validity_seconds(), 43200);
}

fn fields_of(r: &CreatePersonalAccessTokenResponse) -> ResponseFields {
    ResponseFields {
        id: r.id().into(),
        secret: r.secret().clone(),
        scope: r.scope().map(<[String]>::to_vec),
        name: r.name().into(),
        owner: r.owner().clone(),
        created: r.created(),
        access_token_validity_seconds: Some(r.access_token_validity_seconds().into()),
        expiration_date: r.expiration_date(),
    }
}

#[test]
fn building_rejects_empty_fields_and_bad_validity() {
    let base = documented_example();
    let cases: Vec<(ResponseFields, &str, ErrorKind)> = vec![
        (
            ResponseFields {
                id: String::new(),
                ..fields_of(&base)
            },
            "id",
            ErrorKind::EmptyField,
        ),
        (
            ResponseFields {
                secret: Secret::new(String::new()),
                ..fields_of(&base)
            },
            "secret",
            ErrorKind::EmptyField,
        ),
        (
            ResponseFields {
                name: String::new(),
                ..fields_of(&base)
            },
            "name",
            ErrorKind::EmptyField,
        ),
        (
            ResponseFields {
                access_token_validity_seconds: Some(0),
                ..fields_of(&base)
            },
            "accessTokenValiditySeconds",
            ErrorKind::OutOfRange,
        ),
        (
            ResponseFields {
                access_token_validity_seconds: Some(-1),
                ..fields_of(&base)
            },
            "accessTokenValiditySeconds",
            ErrorKind::OutOfRange,
        ),
        (
            ResponseFields {
                access_token_validity_seconds: Some(1 << 31),
                ..fields_of(&base)
            },
            "accessTokenValiditySeconds",
            ErrorKind::OutOfRange,
        ),
    ];
    for (fields, field, kind) in cases {
        let e = CreatePersonalAccessTokenResponse::new(fields).unwrap_err();
        assert_eq!((e.kind(), e.field_path()), (kind, Some(field)), "{e}");
    }
    let e = PatOwner::new(OwnerType::Identity, String::new(), "Support".into()).unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path()),
        (ErrorKind::EmptyField, Some("owner.id"))
    );
}

#[test]
fn every_required_key_is_required() {
    for key in [
        "id",
        "secret",
        "scope",
        "name",
        "owner",
        "created",
        "accessTokenValiditySeconds",
    ] {
        let r = documented_example();
        let json = r.to_json_pretty();
        let without: String = {
            let mut lines: Vec<&str> = json.lines().collect();
            let start = lines
                .iter()
                .position(|l| l.starts_with(&format!("  \"{key}\"")))
                .unwrap();
            let end = if lines[start].ends_with('[') || lines[start].ends_with('{') {
                start
                    + lines[start..]
                        .iter()
                        .position(|l| l.starts_with("  ]") || l.starts_with("  }"))
                        .unwrap()
            } else {
                start
            };
            lines.drain(start..=end);
            let mut s = lines.join("\n");
            s = s.replace(",\n}", "\n}");
            s
        };
        let (kind, field, message) = parse_err(&without);
        assert_eq!(
            (kind, field.as_deref()),
            (ErrorKind::MissingField, Some(key)),
            "{message}"
        );
        assert_eq!(message, format!("{key}: required key is missing"));
    }
}

#[test]
fn wrong_types_name_the_field_and_what_was_found() {
    let cases = [
        (
            edit(r#""86f1dc6fe8f54414950454cbb11278fa""#, "42"),
            "id",
            "id: expected a string, found a number",
        ),
        (
            edit(r#""NodeJS Integration""#, "null"),
            "name",
            "name: expected a string, found null",
        ),
        (
            edit(r#""demo:personal-access-token-scope:second""#, "7"),
            "scope[1]",
            "scope[1]: expected a string, found a number",
        ),
        (
            edit(
                r#"["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"]"#,
                r#""a""#,
            ),
            "scope",
            "scope: expected an array of strings or null, found a string",
        ),
        (
            edit("36900", r#""36900""#),
            "accessTokenValiditySeconds",
            "accessTokenValiditySeconds: expected an integer, found a string",
        ),
        (
            edit("36900", "1e3"),
            "accessTokenValiditySeconds",
            "accessTokenValiditySeconds: expected an integer, found \"1e3\"",
        ),
        (
            edit("36900", "36900.0"),
            "accessTokenValiditySeconds",
            "accessTokenValiditySeconds: expected an integer, found \"36900.0\"",
        ),
        (
            edit(r#""2017-07-11T18:45:37.098Z""#, "true"),
            "created",
            "created: expected a string, found a boolean",
        ),
    ];
    for (json, field, message) in cases {
        let (kind, f, m) = parse_err(&json);
        assert_eq!(
            (kind, f.as_deref(), m.as_str()),
            (ErrorKind::WrongType, Some(field), message)
        );
    }
}

#[test]
fn the_owner_is_checked() {
    let owner = r#"{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"}"#;
    let cases = [
        (
            edit(owner, "null"),
            ErrorKind::WrongType,
            "owner",
            "owner: expected an object, found null",
        ),
        (
            edit(owner, "[]"),
            ErrorKind::WrongType,
            "owner",
            "owner: expected an object, found an array",
        ),
        (
            edit(r#""IDENTITY""#, r#""identity""#),
            ErrorKind::InvalidOwnerType,
            "owner.type",
            "owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"",
        ),
        (
            edit(r#""type":"IDENTITY","#, ""),
            ErrorKind::MissingField,
            "owner.type",
            "owner.type: required key is missing",
        ),
        (
            edit(r#""2c9180a46faadee4016fb4e018c20639""#, r#""""#),
            ErrorKind::EmptyField,
            "owner.id",
            "owner.id: must not be empty",
        ),
        (
            edit(
                r#""type":"IDENTITY","#,
                r#""type":"IDENTITY","type":"IDENTITY","#,
            ),
            ErrorKind::DuplicateKey,
            "owner.type",
            "owner.type: the key appears more than once",
        ),
    ];
    for (json, kind, field, message) in cases {
        let (k, f, m) = parse_err(&json);
        assert_eq!((k, f.as_deref(), m.as_str()), (kind, Some(field), message));
    }
}

#[test]
fn validity_must_be_a_positive_int32() {
    for (literal, ok) in [
        ("1", true),
        ("2147483647", true),
        ("0", false),
        ("-1", false),
        ("2147483648", false),
        ("99999999999999999999999", false),
        ("-99999999999999999999999", false),
    ] {
        let result = parse(&edit("36900", literal));
        match (ok, result) {
            (true, Ok(r)) => assert_eq!(r.access_token_validity_seconds().to_string(), literal),
            (false, Err(e)) => {
                assert_eq!(
                    (e.kind(), e.field_path()),
                    (ErrorKind::OutOfRange, Some("accessTokenValiditySeconds"))
                );
                assert!(e.to_string().contains(literal), "{e}");
            }
            (ok, r) => panic!("{literal}: expected ok={ok}, got {r:?}"),
        }
    }
}

#[test]
fn dates_must_be_rfc3339_with_a_zone() {
    for bad in [
        "2017-02-30T00:00:00Z",
        "2017-07-11",
        "2017-07-11T18:45:37.098",
        "+10000-01-01T00:00:00Z",
        "2016-12-31T23:59:60Z",
        "yesterday",
    ] {
        let (kind, field, message) = parse_err(&edit("2017-07-11T18:45:37.098Z", bad));
        assert_eq!(
            (kind, field.as_deref()),
            (ErrorKind::InvalidDate, Some("created")),
            "{message}"
        );
        assert!(message.starts_with("created: "), "{message}");
    }
    let (kind, field, _) = parse_err(&edit("36900}", r#"36900,"expirationDate":"never"}"#));
    assert_eq!(
        (kind, field.as_deref()),
        (ErrorKind::InvalidDate, Some("expirationDate"))
    );
}

#[test]
fn empty_required_strings_are_rejected() {
    for (from, field) in [
        (r#""86f1dc6fe8f54414950454cbb11278fa""#, "id"),
        (
            r#""1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9""#,
            "secret",
        ),
        (r#""NodeJS Integration""#, "name"),
    ] {
        let (kind, f, message) = parse_err(&edit(from, r#""""#));
        assert_eq!(
            (kind, f.as_deref(), message),
            (
                ErrorKind::EmptyField,
                Some(field),
                format!("{field}: must not be empty")
            )
        );
    }
}

#[test]
fn duplicate_keys_are_rejected() {
    let (kind, field, _) = parse_err(&edit(
        r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","#,
        r#"{"id":"a","id":"86f1dc6fe8f54414950454cbb11278fa","#,
    ));
    assert_eq!(
        (kind, field.as_deref()),
        (ErrorKind::DuplicateKey, Some("id"))
    );
}

#[test]
fn unknown_keys_are_skipped_unless_strict() {
    let json = edit(
        "36900}",
        r#"36900,"newField":{"deep":[1,2.5e-3,true,false,null,"x\u00e9"]}}"#,
    );
    assert_eq!(parse(&json).unwrap(), documented_example());
    let e = CreatePersonalAccessTokenResponse::from_json(json.as_bytes(), ParseMode::Strict)
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path()),
        (ErrorKind::UnknownKey, Some("newField"))
    );
    let owner_extra = edit(r#""name":"Support"}"#, r#""name":"Support","email":"x"}"#);
    let e = CreatePersonalAccessTokenResponse::from_json(owner_extra.as_bytes(), ParseMode::Strict)
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path()),
        (ErrorKind::UnknownKey, Some("owner.email"))
    );
    assert!(parse(&owner_extra).is_ok());
}

#[test]
fn malformed_input_is_rejected_with_a_location() {
    for (json, needle) in [
        ("", "at line 1, column 0: EOF while parsing a value"),
        ("   ", "at line 1, column 3: EOF while parsing a value"),
        (&format!("{CANONICAL} x") as &str, "trailing characters"),
        (&CANONICAL[..CANONICAL.len() - 1], "line 1"),
        (&format!("\u{feff}{CANONICAL}"), "byte order mark"),
        (&edit("36900", "036900"), "invalid number"),
        (
            &edit("NodeJS Integration", "NodeJS\nIntegration"),
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        (&edit("NodeJS Integration", "NodeJS\\x"), "invalid escape"),
    ] {
        let (kind, _, message) = parse_err(json);
        assert_eq!(kind, ErrorKind::MalformedJson, "{message}");
        assert!(
            message.contains(needle),
            "{message} should mention {needle}"
        );
    }
    for (json, expected) in [
        ("null", "expected a JSON object, found null"),
        ("[]", "expected a JSON object, found an array"),
        ("\"x\"", "expected a JSON object, found a string"),
    ] {
        let e = parse(json).unwrap_err();
        assert_eq!(
            (
                e.kind(),
                e.to_string().replace("an object", "a JSON object")
            ),
            (ErrorKind::WrongType, expected.to_owned())
        );
    }
}

#[test]
fn invalid_utf8_and_lone_surrogates_are_rejected() {
    let mut bytes = edit("NodeJS Integration", "NodeJS Integration\u{e9}").into_bytes();
    let at = bytes
        .windows(2)
        .position(|w| w == "\u{e9}".as_bytes())
        .unwrap();
    bytes[at + 1] = b'A';
    let e = CreatePersonalAccessTokenResponse::from_json(&bytes, ParseMode::Lenient).unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path()),
        (ErrorKind::InvalidUtf8, Some("name"))
    );
    let e = parse(&edit("NodeJS Integration", "NodeJS \\uD83D Integration")).unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path()),
        (ErrorKind::InvalidUtf8, Some("name"))
    );
    let e = CreatePersonalAccessTokenResponse::from_json(b"\xff", ParseMode::Lenient).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
}

#[test]
fn deep_nesting_is_refused_without_recursion_blowup() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let e = parse(&edit("36900}", &format!("36900,\"x\":{deep}}}"))).unwrap_err();
    assert_eq!(
        (e.kind(), e.field_path().map(|p| p.starts_with('x'))),
        (ErrorKind::TooDeep, Some(true))
    );
    let objects = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    assert_eq!(parse(&objects).unwrap_err().kind(), ErrorKind::TooDeep);
}

#[test]
fn escapes_and_unicode_round_trip() {
    let json = edit(
        "NodeJS Integration",
        r#"Ni\u00f1o \"q\" \\ \/ \b\f\n\r\t \u0000 日本 😀 \ud83d\ude00"#,
    );
    let r = parse(&json).unwrap();
    assert_eq!(r.name(), "Niño \"q\" \\ / \u{8}\u{c}\n\r\t \0 日本 😀 😀");
    let again = parse(&r.to_json()).unwrap();
    assert_eq!(again, r);
    assert_eq!(again.to_json(), r.to_json());
}

#[test]
fn debug_output_hides_the_secret() {
    let r = documented_example();
    let debug = format!("{r:?}");
    assert!(!debug.contains("1d1bef2b9f"), "{debug}");
    assert!(
        debug.contains("***") && debug.contains("86f1dc6fe8f54414950454cbb11278fa"),
        "{debug}"
    );
}

#[test]
fn errors_about_the_secret_do_not_quote_it() {
    let e = parse(&edit("36900", "-5")).unwrap_err();
    assert!(!e.to_string().contains("1d1bef2b9f"));
    let mut bytes = CANONICAL.as_bytes().to_vec();
    let at = CANONICAL.find("1d1bef2b9f").unwrap();
    bytes[at + 10] = 0xff;
    let e = CreatePersonalAccessTokenResponse::from_json(&bytes, ParseMode::Lenient).unwrap_err();
    assert_eq!(e.field_path(), Some("secret"));
    assert!(!e.to_string().contains("1d1bef2b9f"), "{e}");
}

#[test]
fn owner_parses_on_its_own() {
    let o = PatOwner::from_json(
        br#" {"type":"IDENTITY","id":"x","name":""} "#,
        ParseMode::Strict,
    )
    .unwrap();
    assert_eq!(
        (o.id(), o.name(), o.owner_type().as_str()),
        ("x", "", "IDENTITY")
    );
    assert_eq!(
        o.to_json_styled(isc_pat::JsonStyle::Compact),
        r#"{"type":"IDENTITY","id":"x","name":""}"#
    );
}

#[test]
fn responses_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<CreatePersonalAccessTokenResponse>();
    assert_send_sync::<PatOwner>();
    let shared = std::sync::Arc::new(documented_example());
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let r = shared.clone();
            std::thread::spawn(move || (0..1000).map(|_| r.to_json()).collect::<Vec<_>>())
        })
        .collect();
    for t in threads {
        assert!(t.join().unwrap().iter().all(|j| j == CANONICAL));
    }
}
