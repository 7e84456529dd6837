//! JSON in and out for the model.

mod escape;
pub mod list;
pub mod parse;
pub mod write;
