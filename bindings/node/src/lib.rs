//! The native half of the `zego-token` npm package: the zego_token
//! library's doors (the vendor drop-in, `Mint`, `Verifier`, `diagnose`,
//! `signature`) for Node.js. Every rule is the library's; this crate
//! converts arguments, results and errors only. Errors carry a `code` of
//! the form `family:kind`, which `index.js` turns into its error classes.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{SystemTime, UNIX_EPOCH};

use napi::bindgen_prelude::{Either, External, Float64ArraySlice};
use napi_derive::napi;
use rand::TryRng as _;
use rand::rngs::SysRng;
use zego::diagnose::{self, AppSign, Expectations};
use zego::format::{UnknownName, validate_app_id, validate_user_id};
use zego::signature::{self, CallbackSecret, Signed};
use zego::{Contents, EncodeError, Mint, Mode, Rejection, Right, Secret, Version};

/// An error whose JS `code` is `family:kind`.
type Error = napi::Error<String>;
/// A result whose error becomes such a JS error.
type Result<T> = std::result::Result<T, Error>;

fn error(family: &str, kind: &str, message: impl ToString) -> Error {
    napi::Error::new(format!("{family}:{kind}"), message)
}

fn rejected(r: &Rejection) -> Error {
    error("rejected", r.kind(), r)
}

fn mint_error(e: &EncodeError) -> Error {
    error("mint", e.kind(), e)
}

/// The ServerSecret; the error names the slip, never the characters.
fn server_secret(secret: &str) -> Result<Secret> {
    Secret::new(secret).map_err(|e| error("secret", e.kind(), &e))
}

fn callback_secret(secret: &str) -> Result<CallbackSecret> {
    CallbackSecret::new(secret).map_err(|e| error("secret", "callback_secret", &e))
}

/// A JS number as an AppID: a whole number from 0 to 2^32 - 1.
fn as_app_id(n: f64) -> Option<u32> {
    // Checked whole and in range first, so the cast is exact.
    (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u32)
}

fn app_id(n: f64) -> Result<u32> {
    as_app_id(n).ok_or_else(|| {
        error(
            "argument",
            "app_id",
            "the AppID must be a whole number from 1 to 4294967295",
        )
    })
}

/// A JS number as whole seconds (beyond ±2^53 every double is whole).
fn as_seconds(n: f64) -> Option<i64> {
    (n.fract() == 0.0 && n.abs() < 9.0e18).then_some(n as i64)
}

/// The OS clock in unix seconds, for an omitted `now`.
fn clock() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(_) => 0,
    }
}

/// Makes the token with `now` (or the OS clock) and the OS-seeded RNG.
/// The RNG panics only when the OS has no random source at all: caught
/// here, so no panic unwinds into Node.js.
fn build(mint: &Mint, secret: &Secret, now: Option<i64>) -> Result<zego::Minted> {
    let made = catch_unwind(AssertUnwindSafe(|| match now {
        Some(now) => mint.build(secret, now, &mut rand::rng()),
        None => mint.build_now(secret),
    }));
    match made {
        Ok(made) => made.map_err(|e| mint_error(&e)),
        Err(_) => Err(error(
            "mint",
            "no_randomness",
            "the OS random source failed",
        )),
    }
}

fn parse_right(name: &str) -> Result<Right> {
    name.parse::<Right>()
        .map_err(|e: UnknownName| error("argument", "unknown_right", &e))
}

// ---------------------------------------------------------------- types

/// Room privileges: login (key 1), publish (key 2), and the streams that
/// may be published (`null`: any).
#[napi(object)]
#[derive(Clone)]
pub struct Privilege {
    /// The room.
    pub room_id: String,
    /// May log in (default true).
    pub login: Option<bool>,
    /// May publish (default false).
    pub publish: Option<bool>,
    /// The streams that may be published; `null` or absent: any. (The
    /// outer `Option` is "absent", the inner `null`: a field napi reads
    /// as a bare `Option` refuses `null`, so the claims' own privilege
    /// could not be passed back to `mint`.)
    pub stream_ids: Option<Option<Vec<String>>>,
}

impl Privilege {
    fn to_core(&self) -> zego::Privilege {
        zego::Privilege {
            room_id: self.room_id.clone(),
            login: self.login.unwrap_or(true),
            publish: self.publish.unwrap_or(false),
            stream_ids: self.stream_ids.clone().flatten(),
        }
    }

    fn from_core(p: zego::Privilege) -> Privilege {
        Privilege {
            room_id: p.room_id,
            login: Some(p.login),
            publish: Some(p.publish),
            stream_ids: Some(p.stream_ids),
        }
    }
}

/// The suffix of a UIKit kit token.
#[napi(object)]
pub struct Kit {
    /// The user the UIKit logs in as.
    pub user_id: String,
    /// The room it joins; `null` for a call invitation (always set: see
    /// `Privilege::stream_ids`).
    pub room_id: Option<Option<String>>,
    /// The name shown to others.
    pub user_name: String,
    /// The AppID.
    pub app_id: u32,
}

impl Kit {
    fn from_core(k: &zego::Kit) -> Kit {
        Kit {
            user_id: k.user_id.clone(),
            room_id: Some(k.room_id.clone()),
            user_name: k.user_name.clone(),
            app_id: k.app_id,
        }
    }
}

/// The claims of an opened token, as an array in the order `index.js`'s
/// `claims()` names them: version, appId, userId, nonce, ctime, expire,
/// payload, privilege, mode, authenticated, kit. An array because naming
/// eleven properties from native code (or making a class instance) cost
/// more than the verification itself, while setting array elements does
/// not: `bench/bench.js` measures `verify` against `generateToken04`.
type Packed = (
    &'static str,
    u32,
    String,
    i64,
    i64,
    i64,
    Option<String>,
    Option<Privilege>,
    &'static str,
    bool,
    Option<Kit>,
);

fn pack(contents: &Contents, mode: Mode, kit: Option<&zego::Kit>) -> Packed {
    (
        contents.version().as_str(),
        contents.app_id(),
        contents.user_id().to_owned(),
        contents.nonce(),
        contents.ctime(),
        contents.expire(),
        contents.as_v04().map(|c| c.payload.clone()),
        contents.privilege().map(Privilege::from_core),
        mode.as_str(),
        mode == Mode::Gcm,
        kit.map(Kit::from_core),
    )
}

/// How `verify` and `mint` hand claims to `index.js`. A plain Token04 (no
/// payload, no kit), the common case, comes back as its user id, with its
/// numbers written to `slots`: appId, nonce, ctime, expire, and its mode
/// as an index into [`plain_shapes`]. Any other token comes back packed.
/// Even packed, handing claims over costs about twice the verification
/// itself (most of it V8 setting array elements); writing to a typed
/// array costs next to nothing (`bench/bench.js`; `test/mint.test.js`
/// holds both ways to the same claims).
fn handed_over(
    contents: &Contents,
    mode: Mode,
    kit: Option<&zego::Kit>,
    slots: &mut Float64ArraySlice,
) -> Either<String, Packed> {
    let plain = kit.is_none() && contents.as_v04().is_some_and(|c| c.payload.is_empty());
    // SAFETY: the slots are index.js's own Float64Array, never shown to
    // its callers, written here during a synchronous call on the JS
    // thread: no JS runs meanwhile, so nothing else reads or writes them.
    let out = unsafe { slots.as_mut() };
    match (plain, out) {
        (true, [app_id, nonce, ctime, expire, shape, ..]) => {
            *app_id = f64::from(contents.app_id());
            // As napi_create_int64 would: the nearest double.
            *nonce = contents.nonce() as f64;
            *ctime = contents.ctime() as f64;
            *expire = contents.expire() as f64;
            *shape = if mode == Mode::Gcm { 0.0 } else { 1.0 };
            Either::A(contents.user_id().to_owned())
        }
        _ => Either::B(pack(contents, mode, kit)),
    }
}

/// The version, mode and `authenticated` of a plain token whose shape
/// slot says 0 (GCM) or 1 (CBC), for `index.js` to read once.
#[napi]
pub fn plain_shapes() -> Vec<(&'static str, &'static str, bool)> {
    [Mode::Gcm, Mode::Cbc]
        .into_iter()
        .map(|mode| (Version::V04.as_str(), mode.as_str(), mode == Mode::Gcm))
        .collect()
}

// ---------------------------------------------------------------- drop-in

/// The vendor's `generateToken04` checks in its order (1 AppID, 3 user
/// id, 5 secret, 6 effective time); `index.js` passes `null` for an
/// argument of the wrong type. Errors have the code `dropin:<n>`.
#[napi(js_name = "generateToken04")]
pub fn generate_token04(
    app_id: Option<f64>,
    user_id: Option<String>,
    secret: Option<String>,
    effective_time_in_seconds: Option<f64>,
    payload: Option<String>,
) -> Result<String> {
    let fail = |code: u8, message: &str| error("dropin", &code.to_string(), message);
    let app_id = app_id
        .and_then(as_app_id)
        .filter(|&id| validate_app_id(id).is_ok())
        .ok_or_else(|| fail(1, "appID invalid"))?;
    let user_id = user_id
        .filter(|u| validate_user_id(u).is_ok())
        .ok_or_else(|| fail(3, "userId invalid"))?;
    let secret = secret
        .and_then(|s| Secret::new(&s).ok())
        .ok_or_else(|| fail(5, "secret must be a 32 byte string"))?;
    let effective = effective_time_in_seconds
        .and_then(as_seconds)
        .ok_or_else(|| fail(6, "effectiveTimeInSeconds invalid"))?;
    let mint = Mint::new(app_id, user_id)
        .effective_time(effective)
        .payload(payload.unwrap_or_default());
    match build(&mint, &secret, None) {
        Ok(made) => Ok(made.token),
        Err(e)
            if e.status == "mint:effective_time_not_positive"
                || e.status == "mint:time_overflow" =>
        {
            Err(fail(6, "effectiveTimeInSeconds invalid"))
        }
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------- minting

/// What to mint.
#[napi(object)]
pub struct MintOptions {
    /// The AppID.
    pub app_id: f64,
    /// The user.
    pub user_id: String,
    /// The ServerSecret (32 characters).
    pub secret: String,
    /// Seconds until expiry (default 3600).
    pub effective_time: Option<f64>,
    /// A raw payload (Token04).
    pub payload: Option<String>,
    /// Room privileges (a Token04's privilege payload, a Token03's room).
    pub privilege: Option<Privilege>,
    /// `"gcm"` (default) or `"cbc"`.
    pub mode: Option<String>,
    /// `"04"` (default) or `"03"`.
    pub version: Option<String>,
    /// Wrap in a UIKit kit token.
    pub kit: Option<KitOptions>,
    /// Creation time, unix seconds (default: the OS clock).
    pub now: Option<f64>,
}

/// The kit suffix to wrap a token in.
#[napi(object)]
pub struct KitOptions {
    /// The name shown to others.
    pub user_name: String,
    /// The room to join; absent or `null` for a call invitation (see
    /// `Privilege::stream_ids` for the two `Option`s).
    pub room_id: Option<Option<String>>,
}

fn seconds(n: Option<f64>, what: &str) -> Result<Option<i64>> {
    match n {
        None => Ok(None),
        Some(n) => as_seconds(n)
            .map(Some)
            .ok_or_else(|| error("argument", what, format!("{what} must be whole seconds"))),
    }
}

/// Makes a Token04 (GCM or CBC), Token03 or kit token: the token and its
/// claims (handed over as [`handed_over`] says), which `index.js` makes
/// `{ token, claims }`.
#[napi]
pub fn mint(
    options: MintOptions,
    mut slots: Float64ArraySlice,
) -> Result<(String, Either<String, Packed>)> {
    let secret = server_secret(&options.secret)?;
    let mut mint = Mint::new(app_id(options.app_id)?, options.user_id);
    if let Some(t) = seconds(options.effective_time, "effective_time")? {
        mint = mint.effective_time(t);
    }
    if let Some(mode) = options.mode {
        let mode: Mode = mode
            .parse()
            .map_err(|e: UnknownName| error("mint", "unknown_mode", &e))?;
        mint = mint.mode(mode);
    }
    if let Some(version) = options.version {
        let version: Version = version
            .parse()
            .map_err(|e: UnknownName| error("mint", "unknown_version", &e))?;
        mint = mint.version(version);
    }
    if options.payload.is_some() && options.privilege.is_some() {
        return Err(error(
            "mint",
            "payload_and_privilege",
            "give a payload or a privilege, not both",
        ));
    }
    if let Some(payload) = options.payload {
        mint = mint.payload(payload);
    }
    if let Some(privilege) = &options.privilege {
        mint = mint.privilege(privilege.to_core());
    }
    if let Some(kit) = options.kit {
        mint = mint.kit(kit.user_name, kit.room_id.flatten());
    }
    let made = build(&mint, &secret, seconds(options.now, "now")?)?;
    let claims = handed_over(&made.contents, made.mode, made.kit.as_ref(), &mut slots);
    Ok((made.token, claims))
}

/// Privilege payload JSON, as the vendor writes it.
#[napi]
pub fn privilege_payload(privilege: Privilege) -> String {
    privilege.to_core().to_payload()
}

// ---------------------------------------------------------------- verifying

/// What a `Verifier` expects beyond the app.
#[napi(object)]
pub struct VerifierOptions {
    /// Seconds of clock difference forgiven at both ends.
    pub leeway: Option<f64>,
    /// Accept only tokens for this user.
    pub user_id: Option<String>,
    /// Accept only tokens whose privileges name this room.
    pub room_id: Option<String>,
    /// Rights the privileges must allow: `"login"`, `"publish"`.
    pub require: Option<Vec<String>>,
}

/// A verifier for `appId`'s tokens, which index.js's `Verifier` holds.
/// An external rather than a class: napi-rs pays its borrow bookkeeping on
/// every call of a class method, about a fifth of a verification.
#[napi]
pub fn verifier(
    secret: String,
    app_id: f64,
    options: Option<VerifierOptions>,
) -> Result<External<zego::Verifier>> {
    let mut inner = zego::Verifier::new(server_secret(&secret)?, self::app_id(app_id)?);
    if let Some(o) = options {
        if let Some(leeway) = seconds(o.leeway, "leeway")? {
            inner = inner.leeway(leeway);
        }
        if let Some(user) = o.user_id {
            inner = inner.user_id(user);
        }
        if let Some(room) = o.room_id {
            inner = inner.room_id(room);
        }
        for right in o.require.unwrap_or_default() {
            inner = inner.require(parse_right(&right)?);
        }
    }
    Ok(External::new(inner))
}

/// The claims of `token` checked at `now` (unix seconds; default the OS
/// clock), or an error with code `rejected:<kind>`; handed over as
/// [`handed_over`] says, `slots` being index.js's.
#[napi]
pub fn verify(
    verifier: &External<zego::Verifier>,
    token: String,
    now: Option<f64>,
    mut slots: Float64ArraySlice,
) -> Result<Either<String, Packed>> {
    let verified = match seconds(now, "now")? {
        Some(now) => verifier.verify(&token, now),
        None => verifier.verify_now(&token),
    };
    verified
        .map(|v| handed_over(&v.contents, v.mode, v.kit.as_ref(), &mut slots))
        .map_err(|r| rejected(&r))
}

/// `verify`, expecting the token to be for `userId`.
#[napi]
pub fn verify_user(
    verifier: &External<zego::Verifier>,
    token: String,
    user_id: String,
    now: Option<f64>,
    mut slots: Float64ArraySlice,
) -> Result<Either<String, Packed>> {
    let now = seconds(now, "now")?.unwrap_or_else(clock);
    verifier
        .verify_user(&token, &user_id, now)
        .map(|v| handed_over(&v.contents, v.mode, v.kit.as_ref(), &mut slots))
        .map_err(|r| rejected(&r))
}

// ---------------------------------------------------------------- diagnosis

/// What `diagnose` checks the token against.
#[napi(object)]
pub struct DiagnoseOptions {
    /// The ServerSecret; without it only the structure is read.
    pub secret: Option<String>,
    /// The app the token must be for.
    pub app_id: Option<f64>,
    /// The user the token must be for.
    pub user_id: Option<String>,
    /// The room its privileges must name.
    pub room_id: Option<String>,
    /// Rights the privileges must allow.
    pub require: Option<Vec<String>>,
    /// Seconds of clock difference forgiven.
    pub leeway: Option<f64>,
    /// The time of the check, unix seconds (default: the OS clock).
    pub now: Option<f64>,
    /// The AppSign, to recognise tokens a faulty generator sealed with it.
    pub app_sign: Option<String>,
}

/// One failed check.
#[napi(object)]
pub struct Failure {
    /// Its snake_case kind.
    pub kind: String,
    /// `malformed`, `untrusted`, `mismatch` or `expired`.
    pub class: String,
    /// What is wrong, in words.
    pub message: String,
    /// The SDK error codes it causes.
    pub sdk_codes: Vec<u32>,
}

/// Everything `diagnose` learnt about a token.
#[napi(object, object_from_js = false)]
pub struct Report {
    /// Whether every check passed.
    pub valid: bool,
    /// Every failed check, in order.
    pub failures: Vec<Failure>,
    /// The claims, when the token opened (packed; `index.js` names them).
    pub claims: Option<Packed>,
    /// `"04"` or `"03"`, when the structure was read.
    pub version: Option<String>,
    /// `"gcm"` or `"cbc"`, when the structure was read.
    pub mode: Option<String>,
    /// Whether the token was proven genuine (opened, GCM).
    pub authenticated: bool,
    /// The kit suffix.
    pub kit: Option<Kit>,
    /// Doubts that fail no check.
    pub warnings: Vec<String>,
}

/// Every check a token fails, with the SDK error codes each causes.
#[napi(js_name = "diagnose")]
pub fn diagnose_token(token: String, options: Option<DiagnoseOptions>) -> Result<Report> {
    let o = options.unwrap_or(DiagnoseOptions {
        secret: None,
        app_id: None,
        user_id: None,
        room_id: None,
        require: None,
        leeway: None,
        now: None,
        app_sign: None,
    });
    let app_sign = match &o.app_sign {
        Some(text) => Some(AppSign::new(text).map_err(|e| error("secret", "app_sign", e))?),
        None => None,
    };
    let report = match &o.secret {
        Some(secret) => {
            let secret = server_secret(secret)?;
            let mut expect =
                Expectations::default().leeway(seconds(o.leeway, "leeway")?.unwrap_or(0));
            expect.app_id = o.app_id.map(app_id).transpose()?;
            expect.user_id = o.user_id;
            expect.room_id = o.room_id;
            for right in o.require.unwrap_or_default() {
                expect = expect.require(parse_right(&right)?);
            }
            let now = seconds(o.now, "now")?.unwrap_or_else(clock);
            diagnose::verify_with(&token, &secret, app_sign.as_ref(), &expect, now)
        }
        None => diagnose::inspect_with(&token, None, app_sign.as_ref()),
    };
    let mode = report.envelope.as_ref().map(|e| e.mode());
    Ok(Report {
        valid: report.is_valid(),
        failures: report
            .failures
            .iter()
            .map(|f| Failure {
                kind: f.kind().into(),
                class: f.class().as_str().into(),
                message: f.to_string(),
                sdk_codes: f.sdk_codes().to_vec(),
            })
            .collect(),
        claims: report
            .claims
            .as_ref()
            .map(|c| pack(c, mode.unwrap_or(Mode::Cbc), report.kit.as_ref())),
        version: report
            .envelope
            .as_ref()
            .map(|e| e.version().as_str().into()),
        mode: mode.map(|m| m.as_str().into()),
        authenticated: report.authenticated(),
        kit: report.kit.as_ref().map(Kit::from_core),
        warnings: report.warnings().iter().map(ToString::to_string).collect(),
    })
}

// ---------------------------------------------------------------- signatures

/// `hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))`.
#[napi]
pub fn api_signature(
    app_id: f64,
    signature_nonce: String,
    secret: String,
    timestamp: f64,
) -> Result<String> {
    let secret = server_secret(&secret)?;
    let timestamp = seconds(Some(timestamp), "timestamp")?.unwrap_or_default();
    Ok(signature::api_signature(
        self::app_id(app_id)?,
        &signature_nonce,
        &secret,
        timestamp,
    ))
}

/// Options of `signApiRequest`.
#[napi(object)]
pub struct SignOptions {
    /// The nonce (default: 8 random bytes from the OS, as 16 hex characters).
    pub signature_nonce: Option<String>,
    /// Unix seconds (default: the OS clock).
    pub timestamp: Option<f64>,
}

/// The public parameters of a signed server API request.
#[napi]
pub fn sign_api_request(
    app_id: f64,
    secret: String,
    options: Option<SignOptions>,
) -> Result<HashMap<String, String>> {
    let secret = server_secret(&secret)?;
    let (nonce, timestamp) = match options {
        Some(o) => (o.signature_nonce, seconds(o.timestamp, "timestamp")?),
        None => (None, None),
    };
    let nonce = match nonce {
        Some(nonce) => nonce,
        None => {
            let mut bytes = [0_u8; 8];
            SysRng
                .try_fill_bytes(&mut bytes)
                .map_err(|_| error("mint", "no_randomness", "the OS random source failed"))?;
            Signed::nonce_from_bytes(bytes)
        }
    };
    let signed = Signed::new(
        self::app_id(app_id)?,
        &nonce,
        &secret,
        timestamp.unwrap_or_else(clock),
    );
    Ok(signed
        .pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect())
}

/// `hex(sha1(sorted(secret, timestamp, nonce) joined))`.
#[napi]
pub fn callback_signature(
    callback_secret: String,
    timestamp: String,
    nonce: String,
) -> Result<String> {
    let secret = self::callback_secret(&callback_secret)?;
    Ok(signature::callback_signature(&secret, &timestamp, &nonce))
}

/// Options of `verifyCallback`.
#[napi(object)]
pub struct CallbackOptions {
    /// The oldest a callback may be, seconds.
    pub max_age: Option<f64>,
    /// Unix seconds (default: the OS clock).
    pub now: Option<f64>,
}

/// Whether a callback body carries the CallbackSecret's signature.
#[napi]
pub fn verify_callback(
    callback_secret: String,
    body: String,
    options: Option<CallbackOptions>,
) -> Result<bool> {
    let secret = self::callback_secret(&callback_secret)?;
    let (max_age, now) = match options {
        Some(o) => (seconds(o.max_age, "max_age")?, seconds(o.now, "now")?),
        None => (None, None),
    };
    let check = signature::check_callback(&secret, &body, max_age, now.unwrap_or_else(clock));
    Ok(check.is_valid())
}
