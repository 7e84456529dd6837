//! The model inside a user's own serde types: `Deserialize` validates (no
//! invalid object can be built this way either) and `Serialize` writes the
//! wire names, so the model composes with any derive.

use isc_pat::{CreatePersonalAccessTokenResponse, PatOwner};
use serde::{Deserialize, Serialize};

const TOKEN: &str = r#"{"id":"86f1dc6fe8f54414950454cbb11278fa","secret":"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9","scope":["demo:personal-access-token-scope:first","demo:personal-access-token-scope:second"],"name":"NodeJS Integration","owner":{"type":"IDENTITY","id":"2c9180a46faadee4016fb4e018c20639","name":"Support"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900}"#;

/// A user's reply type, holding the response like any other field.
#[derive(Debug, Deserialize, Serialize)]
struct Reply {
    request: u32,
    token: CreatePersonalAccessTokenResponse,
    owners: Vec<PatOwner>,
}

fn reply(token: &str) -> String {
    format!(
        r#"{{"request":7,"token":{token},"owners":[{{"type":"IDENTITY","id":"o","name":""}}]}}"#
    )
}

#[test]
fn a_users_own_struct_holds_the_response() {
    let r: Reply = serde_json::from_str(&reply(TOKEN)).unwrap();
    assert_eq!(r.request, 7);
    assert_eq!(r.token.name(), "NodeJS Integration");
    assert_eq!(r.token.owner().id(), "2c9180a46faadee4016fb4e018c20639");
    assert_eq!(r.owners[0].id(), "o");
    // Serialize writes the same wire form as `to_json`.
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        reply(&r.token.to_json())
    );
    assert_eq!(r.token.to_json(), TOKEN);
}

#[test]
fn an_invalid_token_inside_fails_the_whole_struct_naming_the_field() {
    for (bad, message) in [
        (
            TOKEN.replace(r#""type":"IDENTITY""#, r#""type":"identity""#),
            "owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"",
        ),
        (
            TOKEN.replace(r#""id":"86f1dc6fe8f54414950454cbb11278fa""#, r#""id":"""#),
            "id: must not be empty",
        ),
        (
            TOKEN.replace("36900", "0"),
            "accessTokenValiditySeconds: 0 is out of range",
        ),
        (
            TOKEN.replace("2017-07-11T18:45:37.098Z", "2017-02-30T00:00:00Z"),
            "created: \"2017-02-30T00:00:00Z\" is not a real date-time",
        ),
        (
            TOKEN.replace(
                r#""accessTokenValiditySeconds":36900"#,
                r#""accessTokenValiditySeconds":36900,"id":"x""#,
            ),
            "id: the key appears more than once",
        ),
        (
            TOKEN.replace(r#","accessTokenValiditySeconds":36900"#, ""),
            "accessTokenValiditySeconds: required key is missing",
        ),
    ] {
        let e = serde_json::from_str::<Reply>(&reply(&bad)).unwrap_err();
        let shown = e.to_string();
        assert!(shown.starts_with(message), "{shown}");
        // serde_json adds where in the user's document the token failed.
        assert!(shown.contains(" at line 1 column "), "{shown}");
        assert!(!shown.contains("1d1bef2b"), "{shown}");
    }
}

#[test]
fn a_users_struct_refuses_what_the_model_refuses_at_any_depth() {
    let nested = "[".repeat(200) + &"]".repeat(200);
    let deep = TOKEN.replace("36900}", &format!("36900,\"x\":{nested}}}"));
    let e = serde_json::from_str::<CreatePersonalAccessTokenResponse>(&deep).unwrap_err();
    // serde_json's own limit (128 levels) or the model's: either way refused
    // with an error, never a crash.
    assert!(
        e.to_string().contains("x[0]") || e.to_string().contains("recursion limit"),
        "{e}"
    );
}
