//! Explaining tokens: `diagnose`, its `Report` and each `Failure`.

use pyo3::prelude::*;
use zego::Mode;
use zego::diagnose::{self, AppSign, Expectations};

use crate::args::{clock, parse_right, server_secret};
use crate::claims::{Claims, Kit};
use crate::errors::{InvalidSecret, with_kind};
use crate::repr::py_repr;

/// One failed check of a `diagnose` report.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
pub(crate) struct Failure {
    kind: &'static str,
    #[pyo3(name = "class_")]
    class: &'static str,
    message: String,
    sdk_codes: Vec<u32>,
}

#[pymethods]
impl Failure {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Failure(kind={}, message={})",
            py_repr(py, self.kind)?,
            py_repr(py, &self.message)?
        ))
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
pub(crate) struct Report {
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
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let kinds: Vec<_> = self.failures.iter().map(|f| f.kind).collect();
        Ok(format!(
            "Report(valid={}, failures={})",
            py_repr(py, self.valid)?,
            py_repr(py, kinds)?
        ))
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
pub(crate) fn diagnose_token(
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
