//! Making tokens: the vendor drop-in `generate_token04` (and its
//! `TokenInfo`), and `mint` (and its `Minted`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyString;
use zego::format::{validate_app_id, validate_user_id};
use zego::{EncodeError, Mint, Mode, Secret, Version};

use crate::args::{is_int, server_secret};
use crate::claims::{Claims, Privilege};
use crate::errors::{MintError, mint_error, no_randomness, with_kind};
use crate::repr::py_repr;

/// What the vendor's `generate_token04` returns: `token` ("" on error),
/// `error_code` (0 on success) and `error_message`.
#[pyclass(module = "zego_token", frozen, get_all)]
pub(crate) struct TokenInfo {
    token: String,
    error_code: i32,
    error_message: String,
}

#[pymethods]
impl TokenInfo {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "TokenInfo(token={}, error_code={}, error_message={})",
            py_repr(py, &self.token)?,
            self.error_code,
            py_repr(py, &self.error_message)?
        ))
    }
}

/// A token made by `mint`: the token string and the claims inside.
#[pyclass(module = "zego_token", frozen, get_all)]
pub(crate) struct Minted {
    token: String,
    claims: Claims,
}

#[pymethods]
impl Minted {
    /// Expiry time, unix seconds.
    #[getter]
    fn expire(&self) -> i64 {
        self.claims.expire
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Minted(token={}, expire={})",
            py_repr(py, &self.token)?,
            self.claims.expire
        ))
    }
}

// ---------------------------------------------------------------- drop-in

/// The vendor's `generate_token04`, as a drop-in: the same name,
/// arguments, result (`TokenInfo`) and error codes (1 AppID, 3 user id,
/// 5 secret, 6 effective time), checked in the vendor's order. The token
/// is a Token04 in AES-256-GCM, the vendor's current mode, which every SDK
/// reads; its nonce comes from the OS random source, and nothing is printed.
///
/// Differences: an AppID outside 1..=4294967295 and a user id over 64
/// bytes (which the SDK refuses) get codes 1 and 3; `payload=None` means
/// no payload; a payload too large for the format raises `MintError`
/// (the vendor raises `struct.error`).
#[pyfunction]
#[pyo3(signature = (app_id, user_id, secret, effective_time_in_seconds, payload = None))]
pub(crate) fn generate_token04(
    py: Python<'_>,
    app_id: &Bound<'_, PyAny>,
    user_id: &Bound<'_, PyAny>,
    secret: &Bound<'_, PyAny>,
    effective_time_in_seconds: &Bound<'_, PyAny>,
    payload: Option<&Bound<'_, PyAny>>,
) -> PyResult<TokenInfo> {
    let fail = |code: i32, message: &str| {
        Ok(TokenInfo {
            token: String::new(),
            error_code: code,
            error_message: message.to_owned(),
        })
    };
    // `type(x) != int` as the vendor tests it: bool is not an int here.
    let app_id = match is_int(app_id).then(|| app_id.extract::<u32>()) {
        Some(Ok(id)) if validate_app_id(id).is_ok() => id,
        _ => return fail(1, "appID invalid"),
    };
    let user_id = match user_id.cast_exact::<PyString>() {
        Ok(s) => s.to_cow()?.into_owned(),
        Err(_) => return fail(3, "userID invalid"),
    };
    if validate_user_id(&user_id).is_err() {
        return fail(3, "userID invalid");
    }
    let secret = match secret.cast_exact::<PyString>() {
        Ok(s) => match Secret::new(&s.to_cow()?) {
            Ok(secret) => secret,
            Err(_) => return fail(5, "secret must be a 32 byte string"),
        },
        Err(_) => return fail(5, "secret must be a 32 byte string"),
    };
    let effective = match is_int(effective_time_in_seconds)
        .then(|| effective_time_in_seconds.extract::<i64>())
    {
        Some(Ok(t)) => t,
        _ => return fail(6, "effective_time_in_seconds invalid"),
    };
    let payload = match payload {
        None => String::new(),
        Some(p) if p.is_none() => String::new(),
        Some(p) => match p.cast::<PyString>() {
            Ok(s) => s.to_cow()?.into_owned(),
            Err(_) => return Err(PyTypeError::new_err("payload must be a str")),
        },
    };
    let mint = Mint::new(app_id, user_id)
        .effective_time(effective)
        .payload(payload);
    match build(&mint, &secret, None) {
        Some(Ok(made)) => Ok(TokenInfo {
            token: made.token,
            error_code: 0,
            error_message: "success".into(),
        }),
        Some(Err(EncodeError::EffectiveTimeNotPositive(_) | EncodeError::TimeOverflow { .. })) => {
            fail(6, "effective_time_in_seconds invalid")
        }
        Some(Err(e)) => Err(mint_error(py, &e)),
        None => Err(no_randomness(py)),
    }
}

// ---------------------------------------------------------------- minting

/// Makes a token: Token04 (GCM by default, or legacy CBC), Token03, or a
/// UIKit kit token, with a raw payload or room privileges.
///
/// `now` (unix seconds) defaults to the OS clock; the nonce and IV always
/// come from the OS random source. `kit_user_name` wraps the token in a
/// kit token (`token#suffix`) joining `kit_room_id` (`None`: a call
/// invitation). Raises `MintError` (with `kind`) or `InvalidSecret`.
#[pyfunction]
#[pyo3(signature = (
    app_id, user_id, secret, *, effective_time = 3600, payload = None, privilege = None,
    mode = None, version = "04", kit_user_name = None, kit_room_id = None, now = None
))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn mint(
    py: Python<'_>,
    app_id: u32,
    user_id: String,
    secret: &str,
    effective_time: i64,
    payload: Option<String>,
    privilege: Option<Privilege>,
    mode: Option<&str>,
    version: &str,
    kit_user_name: Option<String>,
    kit_room_id: Option<String>,
    now: Option<i64>,
) -> PyResult<Minted> {
    let secret = server_secret(py, secret)?;
    let mode: Option<Mode> =
        mode.map(str::parse)
            .transpose()
            .map_err(|e: zego::format::UnknownName| {
                with_kind::<MintError>(py, e.to_string(), "unknown_mode")
            })?;
    let version: Version = version.parse().map_err(|e: zego::format::UnknownName| {
        with_kind::<MintError>(py, e.to_string(), "unknown_version")
    })?;
    let mut mint = Mint::new(app_id, user_id)
        .effective_time(effective_time)
        .version(version);
    // Unset, the version's own: GCM for a Token04, CBC for a Token03.
    if let Some(mode) = mode {
        mint = mint.mode(mode);
    }
    if payload.is_some() && privilege.is_some() {
        return Err(with_kind::<MintError>(
            py,
            "give a payload or a privilege, not both".into(),
            "payload_and_privilege",
        ));
    }
    if let Some(payload) = payload {
        mint = mint.payload(payload);
    }
    if let Some(privilege) = privilege {
        mint = mint.privilege(privilege.to_core());
    }
    if let Some(name) = kit_user_name {
        mint = mint.kit(name, kit_room_id);
    }
    let made = match build(&mint, &secret, now) {
        Some(made) => made.map_err(|e| mint_error(py, &e))?,
        None => return Err(no_randomness(py)),
    };
    let claims = Claims::new(&made.contents, made.mode, made.kit.as_ref());
    Ok(Minted {
        token: made.token,
        claims,
    })
}

/// Makes the token with the OS clock (or `now`) and the OS-seeded RNG;
/// `None` when the OS has no random source at all (the RNG panics then,
/// which is caught here rather than unwinding into Python).
fn build(
    mint: &Mint,
    secret: &Secret,
    now: Option<i64>,
) -> Option<Result<zego::Minted, EncodeError>> {
    catch_unwind(AssertUnwindSafe(|| match now {
        Some(now) => mint.build(secret, now, &mut rand::rng()),
        None => mint.build_now(secret),
    }))
    .ok()
}
