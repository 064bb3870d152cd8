//! The `--json` schema. Field names here are a stable contract: add fields,
//! never rename or remove them.

use serde::Serialize;
use zego_token::diagnose::{Failure, Repair, Report};
use zego_token::{Contents, Kit, Minted, Privilege};

use crate::views::failure::{detail, hint, label, message, warnings};
use crate::views::render::hex;

pub(crate) mod cdn;
pub(crate) mod line;
pub(crate) mod pasted;
pub(crate) mod signature;

/// The privilege payload as JSON.
#[derive(Debug, Serialize)]
pub(crate) struct PrivilegeJson {
    pub(crate) room_id: String,
    pub(crate) login: bool,
    pub(crate) publish: bool,
    pub(crate) stream_ids: Option<Vec<String>>,
}

impl From<Privilege> for PrivilegeJson {
    fn from(p: Privilege) -> Self {
        PrivilegeJson {
            room_id: p.room_id,
            login: p.login,
            publish: p.publish,
            stream_ids: p.stream_ids,
        }
    }
}

/// A kit token's suffix as JSON.
#[derive(Debug, Serialize)]
pub(crate) struct KitJson {
    pub(crate) user_id: String,
    pub(crate) room_id: Option<String>,
    pub(crate) user_name: String,
    pub(crate) app_id: u32,
}

impl From<&Kit> for KitJson {
    fn from(k: &Kit) -> Self {
        KitJson {
            user_id: k.user_id.clone(),
            room_id: k.room_id.clone(),
            user_name: k.user_name.clone(),
            app_id: k.app_id,
        }
    }
}

/// `generate --json`: the token and its claims under the names both
/// versions share (Token04's), so scripts read every token alike.
#[derive(Debug, Serialize)]
pub(crate) struct Generated<'a> {
    pub(crate) token: &'a str,
    pub(crate) mode: &'static str,
    pub(crate) app_id: u32,
    pub(crate) user_id: &'a str,
    pub(crate) nonce: i64,
    pub(crate) ctime: i64,
    pub(crate) expire: i64,
    /// `null` for a Token03, which has none.
    pub(crate) payload: Option<&'a str>,
    pub(crate) privilege: Option<PrivilegeJson>,
    pub(crate) version: &'static str,
    pub(crate) kit: Option<KitJson>,
}

impl<'a> Generated<'a> {
    /// The object of a new token (also `serve`'s `/token` reply), with the
    /// privileges it was made with.
    pub(crate) fn of(made: &'a Minted, privilege: Option<&Privilege>) -> Generated<'a> {
        let claims = &made.contents;
        Generated {
            token: &made.token,
            mode: made.mode.as_str(),
            app_id: claims.app_id(),
            user_id: claims.user_id(),
            nonce: claims.nonce(),
            ctime: claims.ctime(),
            expire: claims.expire(),
            payload: claims.as_v04().map(|c| c.payload.as_str()),
            privilege: privilege.cloned().map(Into::into),
            version: claims.version().as_str(),
            kit: made.kit.as_ref().map(Into::into),
        }
    }
}

/// One failed check.
#[derive(Debug, Serialize)]
pub(crate) struct FailureJson<'a> {
    pub(crate) kind: &'static str,
    /// What class of wrong the kind is (`malformed`, `untrusted`,
    /// `mismatch`, `expired`): the exit code follows from it.
    pub(crate) class: &'static str,
    /// invalid_claims only: the claim at fault (`claims` for all of them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) field: Option<&'static str>,
    pub(crate) message: String,
    pub(crate) sdk_codes: &'static [u32],
    /// The next step, where there is a useful one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) hint: Option<String>,
    /// The failure's name as every human view shows it (`not yet valid`,
    /// `app_id`, the claim at fault).
    pub(crate) label: &'static str,
    /// The message without the words the label says.
    pub(crate) detail: String,
    /// Not a ZEGO token: what it is instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pasted: Option<pasted::PastedJson<'a>>,
    /// Sealed with a key a faulty generator derived: which, and the fix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) misport: Option<pasted::MisportJson<'a>>,
}

impl FailureJson<'_> {
    pub(crate) fn new(failure: &Failure, message: String, hint: Option<String>) -> FailureJson<'_> {
        FailureJson {
            label: label(failure),
            detail: detail(failure),
            pasted: pasted::pasted(failure),
            misport: pasted::misport(failure),
            kind: failure.kind(),
            class: failure.class().as_str(),
            field: match failure {
                Failure::InvalidClaim { claim, .. } => Some(claim.field),
                _ => None,
            },
            message,
            sdk_codes: failure.sdk_codes(),
            hint,
        }
    }
}

/// `decode --json` and `verify --json`: what could be read of the token.
#[derive(Debug, Serialize)]
pub(crate) struct Inspected<'a> {
    /// batch mode only: the input line number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) line: Option<usize>,
    /// verify only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) valid: Option<bool>,
    /// verify only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) failures: Option<Vec<FailureJson<'a>>>,
    /// decode only: why the token could not be read, if it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<Option<FailureJson<'a>>>,
    pub(crate) version: Option<&'static str>,
    pub(crate) mode: Option<&'static str>,
    pub(crate) authenticated: bool,
    pub(crate) expire: Option<i64>,
    pub(crate) iv: Option<String>,
    pub(crate) ciphertext_len: Option<usize>,
    /// The token's own keys: Token04's or Token03's.
    pub(crate) claims: Option<&'a Contents>,
    pub(crate) privilege: Option<PrivilegeJson>,
    pub(crate) warnings: Vec<String>,
    /// A kit token's suffix.
    pub(crate) kit: Option<KitJson>,
    /// The decrypted claims exactly as the generator wrote them, when the
    /// token opened but they are built wrong (`claims` is then `null`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) plaintext: Option<&'a str>,
}

/// The JSON view of what could be read; decode and verify add their verdicts.
pub(crate) fn to_json<'a>(report: &'a Report, repairs: &[Repair]) -> Inspected<'a> {
    let envelope = report.envelope.as_ref();
    Inspected {
        line: None,
        valid: None,
        failures: None,
        error: None,
        version: envelope.map(|e| e.version().as_str()),
        mode: envelope.map(|e| e.mode().as_str()),
        authenticated: report.authenticated(),
        expire: envelope.map(|e| e.expire()),
        iv: envelope.map(|e| hex(e.iv())),
        ciphertext_len: envelope.map(|e| e.ciphertext().len()),
        claims: report.claims.as_ref(),
        privilege: report.privilege().map(Into::into),
        warnings: warnings(report, repairs),
        kit: report.kit.as_ref().map(Into::into),
        plaintext: report.plaintext.as_deref(),
    }
}

/// The `verify --json` object: the view with the verdict and every failure.
pub(crate) fn verify_json<'a>(report: &'a Report, repairs: &[Repair]) -> Inspected<'a> {
    let mut view = to_json(report, repairs);
    view.valid = Some(report.is_valid());
    view.failures = Some(report.failures.iter().map(failure_json).collect());
    view
}

/// The `decode --json` object: the view with the first failure, if any.
pub(crate) fn decode_json<'a>(report: &'a Report, repairs: &[Repair]) -> Inspected<'a> {
    let mut view = to_json(report, repairs);
    view.error = Some(report.failures.first().map(failure_json));
    view
}

/// What `serve` tells a caller about a legacy CBC token that does not open:
/// only that, in one wording. Telling bad padding from bad JSON would let a
/// caller without the secret decrypt a token byte by byte, a padding
/// oracle. Claims built wrong are still named: they need a plaintext that
/// is a JSON object, which the garbage of a forged padding never is. The
/// CLI keeps the detail: its reader holds the secret.
pub(crate) fn without_cbc_detail(view: &mut Inspected<'_>, report: &Report) {
    let cbc = report
        .envelope
        .as_ref()
        .is_some_and(|e| e.mode() == zego_token::Mode::Cbc);
    let untrusted = report
        .failures
        .iter()
        .any(|f| matches!(f, Failure::Untrusted(_)));
    if !cbc || !untrusted {
        return;
    }
    // A static, so that the failure objects may borrow from it.
    static FAILURE: Failure = Failure::Untrusted(zego_token::format::Untrusted::BadPadding);
    let opaque = || {
        let mut json = FailureJson::new(&FAILURE, DOES_NOT_OPEN.to_owned(), hint(&FAILURE));
        // The detail too: it would name the padding.
        DOES_NOT_OPEN.clone_into(&mut json.detail);
        json
    };
    if view.failures.is_some() {
        view.failures = Some(vec![opaque()]);
    }
    if view.error.is_some() {
        view.error = Some(Some(opaque()));
    }
}

/// The one message for a CBC token that does not open, whatever the cause.
pub(crate) const DOES_NOT_OPEN: &str = "the token does not open with this ServerSecret";

/// A failure as JSON.
pub(crate) fn failure_json(failure: &Failure) -> FailureJson<'_> {
    FailureJson::new(failure, message(failure), hint(failure))
}
