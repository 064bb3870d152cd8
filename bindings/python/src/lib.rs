//! The `zego_token` Python module: the zego_token library's doors (the
//! vendor drop-in, [`Mint`], [`Verifier`], `diagnose`, `signature`) in
//! Python's idiom. Every rule is the library's; this crate converts
//! arguments, results and errors only.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{SystemTime, UNIX_EPOCH};

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyString};
use rand::TryRng as _;
use rand::rngs::SysRng;
use zego::diagnose::{self, AppSign, Expectations};
use zego::format::{validate_app_id, validate_user_id};
use zego::signature::{self, CallbackSecret, Signed};
use zego::{Contents, EncodeError, Mint, Mode, Rejection, Right, Secret, Verified, Version};

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
fn with_kind<E: pyo3::PyTypeInfo>(py: Python<'_>, message: String, kind: &str) -> PyErr {
    let err = PyErr::new::<E, _>(message);
    match err.value(py).setattr("kind", kind) {
        Ok(()) => err,
        Err(e) => e,
    }
}

fn rejected(py: Python<'_>, rejection: &Rejection) -> PyErr {
    with_kind::<Rejected>(py, rejection.to_string(), rejection.kind())
}

fn mint_error(py: Python<'_>, e: &EncodeError) -> PyErr {
    with_kind::<MintError>(py, e.to_string(), e.kind())
}

/// The ServerSecret, or `InvalidSecret` (its message names the slip, never
/// the secret's characters).
fn server_secret(py: Python<'_>, secret: &str) -> PyResult<Secret> {
    Secret::new(secret).map_err(|e| with_kind::<InvalidSecret>(py, e.to_string(), e.kind()))
}

fn callback_secret(py: Python<'_>, secret: &str) -> PyResult<CallbackSecret> {
    CallbackSecret::new(secret)
        .map_err(|e| with_kind::<InvalidSecret>(py, e.to_string(), "callback_secret"))
}

/// The OS clock in unix seconds, for `now=None`.
fn clock() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(_) => 0,
    }
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

fn no_randomness(py: Python<'_>) -> PyErr {
    with_kind::<MintError>(py, "the OS random source failed".into(), "no_randomness")
}

fn parse_right(py: Python<'_>, name: &str) -> PyResult<Right> {
    name.parse::<Right>()
        .map_err(|e| with_kind::<ZegoTokenError>(py, e.to_string(), "unknown_right"))
}

// ---------------------------------------------------------------- types

/// What the vendor's `generate_token04` returns: `token` ("" on error),
/// `error_code` (0 on success) and `error_message`.
#[pyclass(module = "zego_token", frozen, get_all)]
struct TokenInfo {
    token: String,
    error_code: i32,
    error_message: String,
}

#[pymethods]
impl TokenInfo {
    fn __repr__(&self) -> String {
        format!(
            "TokenInfo(token={:?}, error_code={}, error_message={:?})",
            self.token, self.error_code, self.error_message
        )
    }
}

/// Room privileges: the room, whether the user may log in and publish,
/// and the streams it may publish (`None`: any).
#[pyclass(module = "zego_token", frozen, get_all, eq, from_py_object)]
#[derive(Clone, PartialEq)]
struct Privilege {
    room_id: String,
    login: bool,
    publish: bool,
    stream_ids: Option<Vec<String>>,
}

#[pymethods]
impl Privilege {
    #[new]
    #[pyo3(signature = (room_id, login = true, publish = false, stream_ids = None))]
    fn new(room_id: String, login: bool, publish: bool, stream_ids: Option<Vec<String>>) -> Self {
        Privilege {
            room_id,
            login,
            publish,
            stream_ids,
        }
    }

    /// The vendor's privilege payload JSON for these privileges.
    fn to_payload(&self) -> String {
        self.to_core().to_payload()
    }

    fn __repr__(&self) -> String {
        format!(
            "Privilege(room_id={:?}, login={}, publish={}, stream_ids={:?})",
            self.room_id,
            py_bool(self.login),
            py_bool(self.publish),
            self.stream_ids
        )
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

impl Privilege {
    fn to_core(&self) -> zego::Privilege {
        zego::Privilege {
            room_id: self.room_id.clone(),
            login: self.login,
            publish: self.publish,
            stream_ids: self.stream_ids.clone(),
        }
    }

    fn from_core(p: zego::Privilege) -> Privilege {
        Privilege {
            room_id: p.room_id,
            login: p.login,
            publish: p.publish,
            stream_ids: p.stream_ids,
        }
    }
}

/// The suffix of a UIKit kit token: who the UIKit logs in as, and where.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
struct Kit {
    user_id: String,
    room_id: Option<String>,
    user_name: String,
    app_id: u32,
}

#[pymethods]
impl Kit {
    fn __repr__(&self) -> String {
        format!(
            "Kit(user_id={:?}, room_id={:?}, user_name={:?}, app_id={})",
            self.user_id, self.room_id, self.user_name, self.app_id
        )
    }
}

impl Kit {
    fn from_core(k: &zego::Kit) -> Kit {
        Kit {
            user_id: k.user_id.clone(),
            room_id: k.room_id.clone(),
            user_name: k.user_name.clone(),
            app_id: k.app_id,
        }
    }
}

/// The claims of an opened token (Token04 or Token03).
///
/// `payload` is a Token04's payload (`None` for a Token03); `privilege`
/// the room privileges it carries, if any; `authenticated` whether the
/// mode (GCM) proves the token was made with the secret.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
struct Claims {
    version: &'static str,
    app_id: u32,
    user_id: String,
    nonce: i64,
    ctime: i64,
    expire: i64,
    payload: Option<String>,
    privilege: Option<Privilege>,
    mode: &'static str,
    authenticated: bool,
    kit: Option<Kit>,
}

#[pymethods]
impl Claims {
    fn __repr__(&self) -> String {
        format!(
            "Claims(version={:?}, app_id={}, user_id={:?}, ctime={}, expire={}, mode={:?})",
            self.version, self.app_id, self.user_id, self.ctime, self.expire, self.mode
        )
    }
}

impl Claims {
    fn new(contents: &Contents, mode: Mode, kit: Option<&zego::Kit>) -> Claims {
        Claims {
            version: contents.version().as_str(),
            app_id: contents.app_id(),
            user_id: contents.user_id().to_owned(),
            nonce: contents.nonce(),
            ctime: contents.ctime(),
            expire: contents.expire(),
            payload: contents.as_v04().map(|c| c.payload.clone()),
            privilege: contents.privilege().map(Privilege::from_core),
            mode: mode.as_str(),
            authenticated: mode == Mode::Gcm,
            kit: kit.map(Kit::from_core),
        }
    }

    fn from_verified(v: &Verified) -> Claims {
        Claims::new(&v.contents, v.mode, v.kit.as_ref())
    }
}

/// A token made by `mint`: the token string and the claims inside.
#[pyclass(module = "zego_token", frozen, get_all)]
struct Minted {
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

    fn __repr__(&self) -> String {
        format!(
            "Minted(token={:?}, expire={})",
            self.token, self.claims.expire
        )
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
fn generate_token04(
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

/// Whether `value` is exactly an `int`, as the vendor's `type(x) != int`
/// tests (a `bool` is not).
fn is_int(value: &Bound<'_, PyAny>) -> bool {
    value.is_exact_instance_of::<PyInt>()
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
fn mint(
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

// ---------------------------------------------------------------- verifying

/// Checks tokens for one app; build it once and share it.
///
/// `verify(token, now=None)` returns the `Claims` of a token that opens
/// with the secret, is for this app (and `user_id`, `room_id`, `require`d
/// rights, where given) and is within its lifetime (widened by `leeway`
/// seconds at both ends), or raises `Rejected` with a `kind`. The
/// rejection is safe to show whoever sent the token.
#[pyclass(module = "zego_token", frozen)]
struct Verifier {
    inner: zego::Verifier,
}

#[pymethods]
impl Verifier {
    #[new]
    #[pyo3(signature = (secret, app_id, *, leeway = 0, user_id = None, room_id = None, require = Vec::new()))]
    fn new(
        py: Python<'_>,
        secret: &str,
        app_id: u32,
        leeway: i64,
        user_id: Option<String>,
        room_id: Option<String>,
        require: Vec<String>,
    ) -> PyResult<Verifier> {
        let mut inner = zego::Verifier::new(server_secret(py, secret)?, app_id).leeway(leeway);
        if let Some(user) = user_id {
            inner = inner.user_id(user);
        }
        if let Some(room) = room_id {
            inner = inner.room_id(room);
        }
        for right in require {
            inner = inner.require(parse_right(py, &right)?);
        }
        Ok(Verifier { inner })
    }

    /// The claims of `token` checked at `now` (unix seconds; the OS clock
    /// when `None`), or `Rejected`.
    #[pyo3(signature = (token, now = None))]
    fn verify(&self, py: Python<'_>, token: &str, now: Option<i64>) -> PyResult<Claims> {
        let verified = match now {
            Some(now) => self.inner.verify(token, now),
            None => self.inner.verify_now(token),
        };
        verified
            .map(|v| Claims::from_verified(&v))
            .map_err(|r| rejected(py, &r))
    }

    /// `verify`, expecting the token to be for `user_id` (this request's
    /// user, in place of any set on the verifier).
    #[pyo3(signature = (token, user_id, now = None))]
    fn verify_user(
        &self,
        py: Python<'_>,
        token: &str,
        user_id: &str,
        now: Option<i64>,
    ) -> PyResult<Claims> {
        self.inner
            .verify_user(token, user_id, now.unwrap_or_else(clock))
            .map(|v| Claims::from_verified(&v))
            .map_err(|r| rejected(py, &r))
    }

    fn __repr__(&self) -> String {
        "Verifier(<secret redacted>)".into()
    }
}

// ---------------------------------------------------------------- diagnosis

/// One failed check of a `diagnose` report.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
struct Failure {
    kind: &'static str,
    #[pyo3(name = "class_")]
    class: &'static str,
    message: String,
    sdk_codes: Vec<u32>,
}

#[pymethods]
impl Failure {
    fn __repr__(&self) -> String {
        format!("Failure(kind={:?}, message={:?})", self.kind, self.message)
    }

    fn __str__(&self) -> String {
        self.message.clone()
    }
}

/// Everything `diagnose` learnt about a token: `valid`, every `failures`
/// entry, the `claims` it could read, and `warnings` (doubts that fail no
/// check). Detailed on purpose: show it to the token's owner, not to
/// whoever sent a token.
#[pyclass(module = "zego_token", frozen, get_all)]
struct Report {
    valid: bool,
    failures: Vec<Failure>,
    claims: Option<Claims>,
    version: Option<&'static str>,
    mode: Option<&'static str>,
    authenticated: bool,
    kit: Option<Kit>,
    warnings: Vec<String>,
}

#[pymethods]
impl Report {
    fn __repr__(&self) -> String {
        let kinds: Vec<_> = self.failures.iter().map(|f| f.kind).collect();
        format!("Report(valid={}, failures={kinds:?})", py_bool(self.valid))
    }
}

/// Every check a token fails, with the SDK error codes each causes, and
/// the claims it could read. Without `secret` only the structure is read.
/// `now` (unix seconds) defaults to the OS clock. With `app_sign`, a token
/// sealed with the AppSign by a faulty generator is recognised (the
/// AppSign is never shown).
#[pyfunction(name = "diagnose")]
#[pyo3(signature = (
    token, secret = None, *, app_id = None, user_id = None, room_id = None,
    require = Vec::new(), leeway = 0, now = None, app_sign = None
))]
#[allow(clippy::too_many_arguments)]
fn diagnose_token(
    py: Python<'_>,
    token: &str,
    secret: Option<&str>,
    app_id: Option<u32>,
    user_id: Option<String>,
    room_id: Option<String>,
    require: Vec<String>,
    leeway: i64,
    now: Option<i64>,
    app_sign: Option<&str>,
) -> PyResult<Report> {
    let app_sign = match app_sign {
        Some(text) => Some(
            AppSign::new(text)
                .map_err(|e| with_kind::<InvalidSecret>(py, e.to_string(), "app_sign"))?,
        ),
        None => None,
    };
    let report = match secret {
        Some(secret) => {
            let secret = server_secret(py, secret)?;
            let mut expect = Expectations::default().leeway(leeway);
            expect.app_id = app_id;
            expect.user_id = user_id;
            expect.room_id = room_id;
            for right in require {
                expect = expect.require(parse_right(py, &right)?);
            }
            let now = now.unwrap_or_else(clock);
            diagnose::verify_with(token, &secret, app_sign.as_ref(), &expect, now)
        }
        None => diagnose::inspect_with(token, None, app_sign.as_ref()),
    };
    let mode = report.envelope.as_ref().map(|e| e.mode());
    let failures = report
        .failures
        .iter()
        .map(|f| Failure {
            kind: f.kind(),
            class: f.class().as_str(),
            message: f.to_string(),
            sdk_codes: f.sdk_codes().to_vec(),
        })
        .collect();
    Ok(Report {
        valid: report.is_valid(),
        failures,
        claims: report
            .claims
            .as_ref()
            .map(|c| Claims::new(c, mode.unwrap_or(Mode::Cbc), report.kit.as_ref())),
        version: report.envelope.as_ref().map(|e| e.version().as_str()),
        mode: mode.map(Mode::as_str),
        authenticated: report.authenticated(),
        kit: report.kit.as_ref().map(Kit::from_core),
        warnings: report.warnings().iter().map(ToString::to_string).collect(),
    })
}

// ---------------------------------------------------------------- signatures

/// The server API signature: `hex(md5(AppId + SignatureNonce +
/// ServerSecret + Timestamp))`.
#[pyfunction]
fn api_signature(
    py: Python<'_>,
    app_id: u32,
    signature_nonce: &str,
    secret: &str,
    timestamp: i64,
) -> PyResult<String> {
    let secret = server_secret(py, secret)?;
    Ok(signature::api_signature(
        app_id,
        signature_nonce,
        &secret,
        timestamp,
    ))
}

/// The public parameters of a signed server API request (`AppId`,
/// `SignatureNonce`, `Timestamp`, `Signature`, `SignatureVersion`), as a
/// dict to merge into the query. The nonce defaults to 8 random bytes
/// from the OS as 16 hex characters, the timestamp to the OS clock.
#[pyfunction]
#[pyo3(signature = (app_id, secret, *, signature_nonce = None, timestamp = None))]
fn sign_api_request<'py>(
    py: Python<'py>,
    app_id: u32,
    secret: &str,
    signature_nonce: Option<String>,
    timestamp: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let secret = server_secret(py, secret)?;
    let nonce = match signature_nonce {
        Some(nonce) => nonce,
        None => {
            let mut bytes = [0_u8; 8];
            SysRng.try_fill_bytes(&mut bytes).map_err(|_| {
                with_kind::<ZegoTokenError>(
                    py,
                    "the OS random source failed".into(),
                    "no_randomness",
                )
            })?;
            Signed::nonce_from_bytes(bytes)
        }
    };
    let signed = Signed::new(app_id, &nonce, &secret, timestamp.unwrap_or_else(clock));
    let dict = PyDict::new(py);
    for (key, value) in signed.pairs() {
        dict.set_item(key, value)?;
    }
    Ok(dict)
}

/// The signature ZEGO puts on a callback: `hex(sha1(sorted(secret,
/// timestamp, nonce) joined))`, with the CallbackSecret.
#[pyfunction]
fn callback_signature(
    py: Python<'_>,
    callback_secret: &str,
    timestamp: &str,
    nonce: &str,
) -> PyResult<String> {
    let secret = self::callback_secret(py, callback_secret)?;
    Ok(signature::callback_signature(&secret, timestamp, nonce))
}

/// Whether a callback body as posted (JSON or form-encoded) carries the
/// signature the CallbackSecret makes, compared in constant time; with
/// `max_age` (seconds) also whether it is at most that old at `now`.
#[pyfunction]
#[pyo3(signature = (callback_secret, body, *, max_age = None, now = None))]
fn verify_callback(
    py: Python<'_>,
    callback_secret: &str,
    body: &str,
    max_age: Option<i64>,
    now: Option<i64>,
) -> PyResult<bool> {
    let secret = self::callback_secret(py, callback_secret)?;
    let check = signature::check_callback(&secret, body, max_age, now.unwrap_or_else(clock));
    Ok(check.is_valid())
}

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
    m.add_function(wrap_pyfunction!(generate_token04, m)?)?;
    m.add_function(wrap_pyfunction!(mint, m)?)?;
    m.add_function(wrap_pyfunction!(diagnose_token, m)?)?;
    m.add_function(wrap_pyfunction!(api_signature, m)?)?;
    m.add_function(wrap_pyfunction!(sign_api_request, m)?)?;
    m.add_function(wrap_pyfunction!(callback_signature, m)?)?;
    m.add_function(wrap_pyfunction!(verify_callback, m)?)?;
    m.add("ERROR_CODE_SUCCESS", 0)?;
    m.add("ERROR_CODE_APP_ID_INVALID", 1)?;
    m.add("ERROR_CODE_USER_ID_INVALID", 3)?;
    m.add("ERROR_CODE_SECRET_INVALID", 5)?;
    m.add("ERROR_CODE_EFFECTIVE_TIME_IN_SECONDS_INVALID", 6)?;
    Ok(())
}
