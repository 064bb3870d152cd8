//! [`Report`]: what was read of a token, what failed, and what is
//! doubtful without failing (its warnings).

use crate::claims::MAX_USER_ID_LEN;
use crate::contents::Contents;
use crate::diagnose::failure::Failure;
use crate::diagnose::ids::{IdKind, IdProblem, Product, id_warnings};
use crate::diagnose::repair::Repair;
use crate::diagnose::warning::Warning;
use crate::error::Malformed;
use crate::kit::Kit;
use crate::privilege::Privilege;
use crate::wire::{Envelope, Mode, Version};

/// Everything learnt about a token: what could be read, and what failed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Report {
    /// The parsed header, unless the token is malformed.
    pub envelope: Option<Envelope>,
    /// The claims, when the token opened with the secret and they are
    /// well formed.
    pub claims: Option<Contents>,
    /// The suffix of a kit token (`token#suffix`), which is read without
    /// the secret.
    pub kit: Option<Kit>,
    /// The decrypted claims as the generator wrote them (lossy UTF-8), kept
    /// only when the token opened but its claims are built wrong: exactly
    /// what the generator's author needs to see.
    pub plaintext: Option<String>,
    /// Every failed check, in the order checked; empty means valid.
    pub failures: Vec<Failure>,
}

impl Report {
    /// The report on input that is not a well-formed Token04: nothing read.
    pub fn malformed(reason: Malformed) -> Report {
        Report::failed(Failure::Malformed(reason))
    }

    /// The report on input that could not be read as a token, for `failure`.
    pub(super) fn failed(failure: Failure) -> Report {
        Report {
            envelope: None,
            claims: None,
            kit: None,
            plaintext: None,
            failures: vec![failure],
        }
    }

    /// Makes this the report on the input the token was repaired from
    /// ([`repair`](crate::diagnose::repair)): when anything was changed, the first
    /// failure says what, since a [`Verifier`](crate::Verifier) and the
    /// SDK take only the token itself.
    pub fn add_repairs(&mut self, changes: &[Repair]) {
        if !changes.is_empty() {
            self.failures.insert(0, Failure::Repaired(changes.to_vec()));
        }
    }

    /// Whether every check passed.
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }

    /// Whether the token was proven genuine: it opened, and the mode
    /// authenticates it (GCM). True also when the claims inside are built
    /// wrong: the tag proves who made them.
    pub fn authenticated(&self) -> bool {
        self.opened()
            && self
                .envelope
                .as_ref()
                .is_some_and(|e| e.mode().authenticates())
    }

    /// Whether the token opened with the secret: its claims were read, or
    /// read but built wrong. (A legacy CBC token opens only when its
    /// plaintext is a JSON object; see [`Report::authenticated`].)
    pub fn opened(&self) -> bool {
        self.claims.is_some()
            || self
                .failures
                .iter()
                .any(|f| matches!(f, Failure::InvalidClaim { .. }))
    }

    /// The room privileges, when the claims carry them (a Token04's
    /// privilege payload, a Token03's room).
    pub fn privilege(&self) -> Option<Privilege> {
        self.claims.as_ref().and_then(Contents::privilege)
    }

    /// What is doubtful about a token without failing a check.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        match self.envelope.as_ref().map(|e| (e.version(), e.mode())) {
            Some((Version::V03, _)) => out.push(Warning::UnauthenticatedToken03),
            Some((_, Mode::Cbc)) => out.push(Warning::Unauthenticated),
            _ => {}
        }
        if let Some(payload) = self
            .claims
            .as_ref()
            .and_then(|c| c.as_v04())
            .map(|c| &c.payload)
            && !payload.is_empty()
            && serde_json::from_str::<serde::de::IgnoredAny>(payload).is_err()
        {
            out.push(Warning::PayloadNotJson);
        }
        if let Some(claims) = &self.claims {
            let user_id = claims.user_id();
            if user_id.is_empty() || user_id.len() > MAX_USER_ID_LEN {
                out.push(Warning::UserIdLength {
                    length: user_id.len(),
                });
            }
            if claims.app_id() == 0 {
                out.push(Warning::AppIdZero);
            }
            // Express's length and emptiness are UserIdLength above; ZIM
            // refuses more (32 bytes), and both refuse some characters.
            let user = id_warnings(IdKind::User, user_id, &[Product::Express, Product::Zim]);
            let room = claims.privilege().map(|p| p.room_id);
            let room = room.map_or_else(Vec::new, |r| {
                id_warnings(IdKind::Room, &r, &[Product::Express])
            });
            out.extend(
                user.into_iter()
                    .filter(|w| {
                        w.product != Product::Express
                            || matches!(w.problem, IdProblem::Character { .. })
                    })
                    .chain(room)
                    .map(Warning::Id),
            );
        }
        if let Some(kit) = &self.kit {
            if kit.utf8_encoded {
                out.push(Warning::KitSuffixUtf8);
            }
            out.extend(
                kit.unusual
                    .iter()
                    .map(|&what| Warning::KitSuffixUnusual(what)),
            );
        }
        out
    }
}
