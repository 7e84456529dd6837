//! JSON arrays of responses: parsed whole, with errors that name the item.

use isc_pat::{CreatePersonalAccessTokenResponse, ErrorKind, ParseMode};

const CANONICAL: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;

fn parse_list(
    json: &str,
    mode: ParseMode,
) -> Result<Vec<CreatePersonalAccessTokenResponse>, isc_pat::Error> {
    CreatePersonalAccessTokenResponse::list_from_json(json.as_bytes(), mode)
}

fn error_of(json: &str, mode: ParseMode) -> (ErrorKind, Option<String>, String) {
    let e = parse_list(json, mode).expect_err("the list must be refused");
    (e.kind(), e.field_path().map(str::to_owned), e.to_string())
}

#[test]
fn every_item_is_parsed_in_order() {
    let second = CANONICAL.replace("NodeJS Integration", "Second");
    let list = parse_list(&format!(" [ {CANONICAL} ,\n{second} ] "), ParseMode::Strict).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].to_json(), CANONICAL);
    assert_eq!(list[1].name(), "Second");
}

#[test]
fn an_empty_array_is_an_empty_list() {
    assert!(parse_list("[]", ParseMode::Lenient).unwrap().is_empty());
}

#[test]
fn errors_name_the_item_and_the_field() {
    let bad_owner = CANONICAL.replace(r#""IDENTITY""#, r#""identity""#);
    let (kind, field, message) =
        error_of(&format!("[{CANONICAL},{bad_owner}]"), ParseMode::Lenient);
    assert_eq!(
        (kind, field.as_deref()),
        (ErrorKind::InvalidOwnerType, Some("[1].owner.type"))
    );
    assert!(
        message.starts_with("[1].owner.type: unknown owner type"),
        "{message}"
    );

    let (kind, field, _) = error_of(&format!("[{CANONICAL},42]"), ParseMode::Lenient);
    assert_eq!(
        (kind, field.as_deref()),
        (ErrorKind::WrongType, Some("[1]"))
    );

    let missing = CANONICAL.replace(r#","accessTokenValiditySeconds":36900"#, "");
    let (kind, field, _) = error_of(&format!("[{missing}]"), ParseMode::Lenient);
    assert_eq!(
        (kind, field.as_deref()),
        (
            ErrorKind::MissingField,
            Some("[0].accessTokenValiditySeconds")
        )
    );

    let extra = CANONICAL.replace("36900}", r#"36900,"lastUsed":null}"#);
    assert_eq!(
        parse_list(&format!("[{extra}]"), ParseMode::Lenient)
            .unwrap()
            .len(),
        1
    );
    let (kind, field, _) = error_of(&format!("[{extra}]"), ParseMode::Strict);
    assert_eq!(
        (kind, field.as_deref()),
        (ErrorKind::UnknownKey, Some("[0].lastUsed"))
    );
}

#[test]
fn the_document_must_be_one_array() {
    let (kind, field, message) = error_of(CANONICAL, ParseMode::Lenient);
    assert_eq!((kind, field), (ErrorKind::WrongType, None));
    assert_eq!(message, "expected a JSON array of objects, found an object");
    let (kind, field, _) = error_of(&format!("[{CANONICAL}] []"), ParseMode::Lenient);
    assert_eq!((kind, field), (ErrorKind::MalformedJson, None));
    let (kind, field, _) = error_of(&format!("[{CANONICAL}"), ParseMode::Lenient);
    assert_eq!((kind, field), (ErrorKind::MalformedJson, None));
    let (kind, _, _) = error_of("", ParseMode::Lenient);
    assert_eq!(kind, ErrorKind::MalformedJson);
}

#[test]
fn items_count_toward_the_nesting_limit() {
    // The list is level 1 and each item level 2, so 126 nested arrays in an
    // item reach the limit of 128 exactly and 127 go past it.
    let item_nesting = |arrays: usize| {
        let nested = format!("{}{}", "[".repeat(arrays), "]".repeat(arrays));
        CANONICAL.replace("36900}", &format!("36900,\"x\":{nested}}}"))
    };
    let item = item_nesting(127);
    assert_eq!(
        error_of(&format!("[{item}]"), ParseMode::Lenient).0,
        ErrorKind::TooDeep
    );
    let shallower = item_nesting(126);
    assert!(parse_list(&format!("[{shallower}]"), ParseMode::Lenient).is_ok());
}

#[test]
fn lists_are_written_compact_and_indented_and_read_back() {
    use isc_pat::JsonStyle;
    // An escaped line break inside a value must not be indented.
    let second = CANONICAL.replace("NodeJS Integration", "Line\\nbreak");
    let list = parse_list(&format!("[{CANONICAL},{second}]"), ParseMode::Strict).unwrap();
    let compact = CreatePersonalAccessTokenResponse::list_to_json(&list, JsonStyle::Compact);
    assert_eq!(compact, format!("[{CANONICAL},{second}]"));
    let pretty = CreatePersonalAccessTokenResponse::list_to_json(&list, JsonStyle::Pretty);
    let expected_items: Vec<String> = list
        .iter()
        .map(|r| {
            r.to_json_pretty()
                .lines()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    assert_eq!(pretty, format!("[\n{}\n]", expected_items.join(",\n")));
    assert!(pretty.starts_with("[\n  {\n    \"id\": "), "{pretty}");
    assert_eq!(parse_list(&pretty, ParseMode::Strict).unwrap(), list);
    for style in [JsonStyle::Compact, JsonStyle::Pretty] {
        assert_eq!(
            CreatePersonalAccessTokenResponse::list_to_json([], style),
            "[]"
        );
    }
}
