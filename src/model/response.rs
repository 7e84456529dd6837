//! `CreatePersonalAccessTokenResponse`: a personal access token just created,
//! with the only copy of its secret the API will ever show.

use core::fmt;

use crate::model::error::{Error, ErrorKind};
use crate::model::owner::PatOwner;
use crate::model::secret::Secret;
use chrono::{DateTime, Utc};

use crate::model::date::{format_rfc3339, in_range};

/// The validity an access token gets when the caller names none: 12 hours.
pub const DEFAULT_ACCESS_TOKEN_VALIDITY_SECONDS: i32 = 43_200;

/// The fields of a response, as a caller supplies them. Nothing here is
/// checked yet: [`CreatePersonalAccessTokenResponse::new`] does that.
#[derive(Debug)]
pub struct ResponseFields {
    /// Token ID (the Basic-Auth user name); must not be empty.
    pub id: String,
    /// Token secret (the Basic-Auth password); must not be empty.
    pub secret: Secret,
    /// Scopes; `None` is the API's `null` ("no list"), distinct from empty.
    pub scope: Option<Vec<String>>,
    /// Token name; must not be empty.
    pub name: String,
    /// The owner.
    pub owner: PatOwner,
    /// Creation instant; kept to the millisecond (truncated), and it must
    /// lie in the years 0001-9999.
    pub created: DateTime<Utc>,
    /// Seconds an access token minted with this PAT stays valid;
    /// `None` means [`DEFAULT_ACCESS_TOKEN_VALIDITY_SECONDS`]. Must be in
    /// `1..=i32::MAX`; a wider type lets out-of-range input be reported
    /// rather than wrapped.
    pub access_token_validity_seconds: Option<i64>,
    /// Expiry instant, when the server sent one; same rules as `created`.
    pub expiration_date: Option<DateTime<Utc>>,
}

/// A validated, immutable personal-access-token creation response.
///
/// Invariants: `id`, `secret` and `name` are not empty; the owner is valid;
/// `access_token_validity_seconds >= 1`. It is `Send + Sync`: any number of
/// threads may read and serialize one value at once. The secret is wiped
/// from memory when the value is dropped and is never shown by `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct CreatePersonalAccessTokenResponse {
    id: String,
    secret: Secret,
    scope: Option<Vec<String>>,
    name: String,
    owner: PatOwner,
    created: DateTime<Utc>,
    access_token_validity_seconds: i32,
    expiration_date: Option<DateTime<Utc>>,
}

impl CreatePersonalAccessTokenResponse {
    /// Validates `fields` and builds the response.
    pub fn new(fields: ResponseFields) -> Result<Self, Error> {
        non_empty(&fields.id, "id")?;
        non_empty(fields.secret.expose(), "secret")?;
        non_empty(&fields.name, "name")?;
        let access_token_validity_seconds = match fields.access_token_validity_seconds {
            None => DEFAULT_ACCESS_TOKEN_VALIDITY_SECONDS,
            Some(seconds) => validity_seconds(seconds)?,
        };
        let created = instant(fields.created, "created")?;
        let expiration_date = fields
            .expiration_date
            .map(|t| instant(t, "expirationDate"))
            .transpose()?;
        Ok(CreatePersonalAccessTokenResponse {
            id: fields.id,
            secret: fields.secret,
            scope: fields.scope,
            name: fields.name,
            owner: fields.owner,
            created,
            access_token_validity_seconds,
            expiration_date,
        })
    }

    /// The token ID (the Basic-Auth user name).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The token secret (the Basic-Auth password).
    pub fn secret(&self) -> &Secret {
        &self.secret
    }

    /// The scopes; `None` when the API sent `null`.
    pub fn scope(&self) -> Option<&[String]> {
        self.scope.as_deref()
    }

    /// The token name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The owner.
    pub fn owner(&self) -> &PatOwner {
        &self.owner
    }

    /// When the token was created.
    pub fn created(&self) -> DateTime<Utc> {
        self.created
    }

    /// Seconds an access token minted with this PAT stays valid.
    pub fn access_token_validity_seconds(&self) -> i32 {
        self.access_token_validity_seconds
    }

    /// When the token expires, if the server said.
    pub fn expiration_date(&self) -> Option<DateTime<Utc>> {
        self.expiration_date
    }
}

impl fmt::Debug for CreatePersonalAccessTokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreatePersonalAccessTokenResponse")
            .field("id", &self.id)
            .field("secret", &self.secret)
            .field("scope", &self.scope)
            .field("name", &self.name)
            .field("owner", &self.owner)
            .field("created", &format_rfc3339(&self.created))
            .field(
                "access_token_validity_seconds",
                &self.access_token_validity_seconds,
            )
            .field(
                "expiration_date",
                &self.expiration_date.as_ref().map(format_rfc3339),
            )
            .finish()
    }
}

fn instant(t: DateTime<Utc>, field: &str) -> Result<DateTime<Utc>, Error> {
    in_range(t).map_err(|e| Error::field(ErrorKind::InvalidDate, field, e.0))
}

pub(crate) fn non_empty(value: &str, field: &str) -> Result<(), Error> {
    if value.is_empty() {
        Err(Error::field(
            ErrorKind::EmptyField,
            field,
            "must not be empty",
        ))
    } else {
        Ok(())
    }
}

/// Checks the range of `accessTokenValiditySeconds`: 1 up to `i32::MAX`.
pub(crate) fn validity_seconds(seconds: i64) -> Result<i32, Error> {
    match i32::try_from(seconds) {
        Ok(s) if s >= 1 => Ok(s),
        _ => Err(Error::field(
            ErrorKind::OutOfRange,
            "accessTokenValiditySeconds",
            format!("{seconds} is out of range; it must be a whole number of seconds from 1 to 2147483647"),
        )),
    }
}
