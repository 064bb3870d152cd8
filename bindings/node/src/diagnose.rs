//! Diagnosis: every check a token fails, with the SDK error codes each
//! causes.

use napi_derive::napi;
use zego::Mode;
use zego::diagnose::{self, AppSign, Expectations};

use crate::args::{app_id, clock, parse_right, seconds};
use crate::claims::{Kit, Packed, pack};
use crate::errors::{Result, error, server_secret};

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
