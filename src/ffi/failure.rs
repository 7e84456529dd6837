//! A failure inside the C layer: the status, the field at fault and the
//! problem, before it becomes an error object for the caller.

use crate::ffi::status::isc_pat_status;
use crate::model::error::Error;

#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) status: isc_pat_status,
    pub(crate) field: Option<String>,
    pub(crate) problem: String,
}

impl Failure {
    pub(crate) fn new(
        status: isc_pat_status,
        field: Option<&str>,
        problem: impl Into<String>,
    ) -> Self {
        Failure {
            status,
            field: field.map(str::to_owned),
            problem: problem.into(),
        }
    }

    pub(crate) fn null_argument(name: &str) -> Self {
        Failure::new(isc_pat_status::NullArgument, Some(name), "must not be NULL")
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure {
            status: e.kind().into(),
            field: e.field_path().map(str::to_owned),
            problem: e.problem().to_owned(),
        }
    }
}
