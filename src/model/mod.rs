//! The pure Rust model: types, validation and nothing else (no FFI, no JSON).

pub mod date;
pub mod error;
pub mod owner;
pub mod response;
pub mod secret;
