//! Claims as they cross to JS: the privilege and kit objects, and the
//! two cheap ways `verify`, `mint` and `diagnose` hand claims over (a
//! plain token's numbers in `index.js`'s typed array, any other token
//! packed in an array).

use napi::bindgen_prelude::{Either, Float64ArraySlice};
use napi_derive::napi;
use zego::{Contents, Mode, Version};

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
    pub(crate) fn to_core(&self) -> zego::Privilege {
        zego::Privilege {
            room_id: self.room_id.clone(),
            login: self.login.unwrap_or(true),
            publish: self.publish.unwrap_or(false),
            stream_ids: self.stream_ids.clone().flatten(),
        }
    }

    pub(crate) fn from_core(p: zego::Privilege) -> Privilege {
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
    pub(crate) fn from_core(k: &zego::Kit) -> Kit {
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
pub(crate) type Packed = (
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

pub(crate) fn pack(contents: &Contents, mode: Mode, kit: Option<&zego::Kit>) -> Packed {
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
        mode.authenticates(),
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
pub(crate) fn handed_over(
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
        .map(|mode| (Version::V04.as_str(), mode.as_str(), mode.authenticates()))
        .collect()
}
