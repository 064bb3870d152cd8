//! The `zego_token` Python module: the zego_token library's doors (the
//! vendor drop-in, `Mint`, `Verifier`, `diagnose`, `signature`) in
//! Python's idiom. Every rule is the library's; this crate converts
//! arguments, results and errors only.
//!
//! One concern per module, none importing one that imports it:
//!
//! - `errors`: the exception classes, and the library's errors as them;
//! - `args`: argument conversions (secrets, rights, `int`s) and the clock;
//! - `repr`: values in `__repr__`s as Python writes them;
//! - `claims`: `Claims`, `Privilege` and `Kit`;
//! - `mint`: the vendor drop-in `generate_token04`, and `mint`;
//! - `verify`: the `Verifier`;
//! - `diagnose`: `diagnose`, its `Report` and `Failure`s;
//! - `signature`: server API and callback signatures.
//!
//! This file registers all of them in the module.

mod args;
mod claims;
mod diagnose;
mod errors;
mod mint;
mod repr;
mod signature;
mod verify;

use pyo3::prelude::*;

use crate::claims::{Claims, Kit, Privilege};
use crate::diagnose::{Failure, Report};
use crate::errors::{InvalidSecret, MintError, Rejected, ZegoTokenError};
use crate::mint::{Minted, TokenInfo};
use crate::verify::Verifier;

/// Mint, verify and diagnose ZEGOCLOUD tokens, from the zego_token Rust core.
#[pymodule]
fn zego_token(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ZegoTokenError", py.get_type::<ZegoTokenError>())?;
    m.add("Rejected", py.get_type::<Rejected>())?;
    m.add("InvalidSecret", py.get_type::<InvalidSecret>())?;
    m.add("MintError", py.get_type::<MintError>())?;
    m.add_class::<TokenInfo>()?;
    m.add_class::<Privilege>()?;
    m.add_class::<Kit>()?;
    m.add_class::<Claims>()?;
    m.add_class::<Minted>()?;
    m.add_class::<Verifier>()?;
    m.add_class::<Failure>()?;
    m.add_class::<Report>()?;
    m.add_function(wrap_pyfunction!(mint::generate_token04, m)?)?;
    m.add_function(wrap_pyfunction!(mint::mint, m)?)?;
    m.add_function(wrap_pyfunction!(diagnose::diagnose_token, m)?)?;
    m.add_function(wrap_pyfunction!(signature::api_signature, m)?)?;
    m.add_function(wrap_pyfunction!(signature::sign_api_request, m)?)?;
    m.add_function(wrap_pyfunction!(signature::callback_signature, m)?)?;
    m.add_function(wrap_pyfunction!(signature::verify_callback, m)?)?;
    m.add("ERROR_CODE_SUCCESS", 0)?;
    m.add("ERROR_CODE_APP_ID_INVALID", 1)?;
    m.add("ERROR_CODE_USER_ID_INVALID", 3)?;
    m.add("ERROR_CODE_SECRET_INVALID", 5)?;
    m.add("ERROR_CODE_EFFECTIVE_TIME_IN_SECONDS_INVALID", 6)?;
    Ok(())
}
