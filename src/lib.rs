//! A native, validated model of the Identity Security Cloud API (V2024)
//! `CreatePersonalAccessTokenResponse` and its `PatOwner`.
//!
//! Layers, each using only the one before it:
//! * [`model`]: the types and their rules (pure Rust);
//! * [`json`]: the model's serde `Serialize` and validating `Deserialize`,
//!   and JSON text in and out through serde_json;
//! * `ffi`: the C ABI over both (see `include/isc_pat.h`).

#![deny(unsafe_op_in_unsafe_fn)]

pub mod json;
pub mod model;
mod wipe;

pub mod ffi;

pub use chrono;
pub use json::{JsonStyle, ParseMode, MAX_JSON_DEPTH};
pub use model::date::{format_rfc3339, parse_rfc3339, DateError};
pub use model::error::{Error, ErrorKind};
pub use model::owner::{OwnerType, PatOwner};
pub use model::response::{
    CreatePersonalAccessTokenResponse, ResponseFields, DEFAULT_ACCESS_TOKEN_VALIDITY_SECONDS,
};
pub use model::secret::Secret;
pub use wipe::WipingAllocator;
