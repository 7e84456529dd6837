//! `PatOwner`: the identity a personal access token belongs to.

use crate::model::error::{quote_value, Error, ErrorKind};

/// The kind of owner. The API defines one value, `IDENTITY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OwnerType {
    /// An identity (a person or a service account).
    Identity,
}

impl OwnerType {
    /// The wire spelling, e.g. `IDENTITY`.
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerType::Identity => "IDENTITY",
        }
    }

    /// Reads the wire spelling, which is case-sensitive as in the API.
    pub fn parse(text: &str, field: &str) -> Result<Self, Error> {
        match text {
            "IDENTITY" => Ok(OwnerType::Identity),
            other => Err(Error::field(
                ErrorKind::InvalidOwnerType,
                field,
                format!(
                    "unknown owner type {}; the only type is \"IDENTITY\"",
                    quote_value(other)
                ),
            )),
        }
    }
}

/// The owner of a personal access token.
///
/// Invariant: `id` is not empty. `name` is a display name and may be empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatOwner {
    owner_type: OwnerType,
    id: String,
    name: String,
}

impl PatOwner {
    /// Builds an owner; fails when `id` is empty.
    pub fn new(owner_type: OwnerType, id: String, name: String) -> Result<Self, Error> {
        Self::at("owner", owner_type, id, name)
    }

    /// As [`PatOwner::new`], naming fields under `path` in errors.
    pub(crate) fn at(
        path: &str,
        owner_type: OwnerType,
        id: String,
        name: String,
    ) -> Result<Self, Error> {
        if id.is_empty() {
            return Err(Error::field(
                ErrorKind::EmptyField,
                &format!("{path}.id"),
                "must not be empty",
            ));
        }
        Ok(PatOwner {
            owner_type,
            id,
            name,
        })
    }

    /// The owner's DTO type (always `IDENTITY`).
    pub fn owner_type(&self) -> OwnerType {
        self.owner_type
    }

    /// The owner's identity ID.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The owner's display name.
    pub fn name(&self) -> &str {
        &self.name
    }
}
