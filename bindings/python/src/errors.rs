//! The module's exception classes, and the conversions of the library's
//! errors into them: each exception carries a snake_case `kind`.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use zego::{EncodeError, Rejection};

create_exception!(
    zego_token,
    ZegoTokenError,
    PyValueError,
    "Base class of this package's errors; each carries a snake_case `kind`."
);
create_exception!(
    zego_token,
    Rejected,
    ZegoTokenError,
    "A token a Verifier refused. `kind` names why (`expired`, `untrusted`, ...), as the command line's --json does."
);
create_exception!(
    zego_token,
    InvalidSecret,
    ZegoTokenError,
    "A ServerSecret or CallbackSecret that cannot be one. The message never shows the secret."
);
create_exception!(
    zego_token,
    MintError,
    ZegoTokenError,
    "A token that cannot be made from these arguments. `kind` names why."
);

/// An exception of type `E` with `message` and a `kind` attribute.
pub(crate) fn with_kind<E: pyo3::PyTypeInfo>(py: Python<'_>, message: String, kind: &str) -> PyErr {
    let err = PyErr::new::<E, _>(message);
    match err.value(py).setattr("kind", kind) {
        Ok(()) => err,
        Err(e) => e,
    }
}

pub(crate) fn rejected(py: Python<'_>, rejection: &Rejection) -> PyErr {
    with_kind::<Rejected>(py, rejection.to_string(), rejection.kind())
}

pub(crate) fn mint_error(py: Python<'_>, e: &EncodeError) -> PyErr {
    with_kind::<MintError>(py, e.to_string(), e.kind())
}

pub(crate) fn no_randomness(py: Python<'_>) -> PyErr {
    with_kind::<MintError>(py, "the OS random source failed".into(), "no_randomness")
}
