//! The vendor's own tokens (tests/data, copied from the shared vectors) are the
//! ground truth: every official token opens to its recorded claims, and every
//! malformed one fails in its recorded class.

mod support;

use support::vectors::{negative, negative_where, official};
use zego_token::format::{Envelope, Field, Malformed, OpenError, Untrusted};
use zego_token::{Mode, Secret, Version, unchecked};

#[test]
fn every_official_vector_opens_to_its_claims() {
    let vectors = official();
    assert_eq!(vectors.len(), 161);
    for v in &vectors {
        let secret = Secret::new(&v.secret).expect("vector secret is valid");
        let (envelope, claims) =
            unchecked::open(&v.token, &secret).unwrap_or_else(|e| panic!("{}: {e}", v.id));
        let claims = claims.into_v04().expect("a Token04");
        assert_eq!(claims, v.claims, "{}", v.id);
        assert_eq!(envelope.mode().as_str(), v.mode, "{}", v.id);
        assert_eq!(envelope.expire(), v.claims.expire, "{}", v.id);
        assert_eq!(claims.app_id, v.app_id, "{}", v.id);
        assert_eq!(claims.user_id, v.user_id, "{}", v.id);
        assert_eq!(claims.payload, v.payload, "{}", v.id);
        assert_eq!(claims.expire - claims.ctime, v.effective_time, "{}", v.id);
    }
}

#[test]
fn official_modes_match_the_mode_byte_rule() {
    for v in official() {
        let envelope = Envelope::parse(&v.token).expect("parses");
        match envelope.mode() {
            Mode::Gcm => assert_eq!(envelope.mode_byte(), Some(1), "{}", v.id),
            Mode::Cbc => assert_eq!(envelope.mode_byte(), None, "{}", v.id),
        }
    }
}

#[test]
fn every_malformed_vector_fails_in_its_class() {
    let vectors = negative();
    assert_eq!(vectors.len(), 57);
    for v in &vectors {
        let secret = Secret::new(&v.secret).expect("vector secret is valid");
        let result = unchecked::open(&v.token, &secret);
        let ok = match (v.expect_error.as_str(), &result) {
            // "03" with Token04 claims inside is a Token03 container until
            // the secret shows what it holds.
            ("bad-version-prefix", Err(OpenError::Malformed(e))) => matches!(
                e,
                Malformed::BadPrefix { .. }
                    | Malformed::VersionMismatch {
                        prefix: Version::V03,
                        holds: Version::V04
                    }
            ),
            ("empty", Err(OpenError::Malformed(e))) => *e == Malformed::Empty,
            ("truncated", Err(OpenError::Malformed(e))) => matches!(e, Malformed::Truncated { .. }),
            ("length-field-overflow", Err(OpenError::Malformed(e))) => {
                matches!(e, Malformed::LengthPastEnd { .. })
            }
            ("wrong-secret", Err(OpenError::Untrusted(e))) => {
                matches!(e, Untrusted::TagMismatch | Untrusted::BadPadding)
            }
            ("gcm-tag-flipped", Err(OpenError::Untrusted(e))) => *e == Untrusted::TagMismatch,
            ("cbc-bad-padding", Err(OpenError::Untrusted(e))) => *e == Untrusted::BadPadding,
            ("header-expire-tampered", Err(OpenError::Untrusted(e))) => {
                matches!(e, Untrusted::ExpireMismatch { .. })
            }
            ("trailing-garbage", Err(OpenError::Malformed(e))) => {
                matches!(e, Malformed::TrailingBytes { .. })
            }
            ("unknown-mode-byte", Err(OpenError::Malformed(e))) => {
                matches!(e, Malformed::UnknownMode(_))
            }
            ("not-base64", Err(OpenError::Malformed(e))) => {
                matches!(e, Malformed::InvalidCharacter { .. })
            }
            // Strictly parsed, a mangled token is not base64; the CLI's input
            // repair (tested there) undoes the mangling.
            ("url-mangled", Err(OpenError::Malformed(e))) => {
                matches!(
                    e,
                    Malformed::InvalidCharacter {
                        found: ' ' | '%',
                        ..
                    }
                )
            }
            ("none-after-trim", Ok(_)) => true,
            _ => false,
        };
        assert!(ok, "{} ({}): got {result:?}", v.id, v.expect_error);
    }
}

#[test]
fn whitespace_wrapped_tokens_open_to_their_source_claims() {
    let official = official();
    for v in negative()
        .iter()
        .filter(|v| v.expect_error == "none-after-trim")
    {
        let source = official
            .iter()
            .find(|o| v.token.trim() == o.token)
            .unwrap_or_else(|| panic!("{}: source vector", v.id));
        let secret = Secret::new(&v.secret).expect("valid");
        let (_, claims) = unchecked::open(&v.token, &secret).expect("opens");
        assert_eq!(claims, source.claims, "{}", v.id);
    }
}

#[test]
fn the_uint16_wrap_is_named_precisely() {
    let v = negative_where(|id| id.ends_with("official-go-uint16-wrap"));
    assert_eq!(
        Envelope::parse(&v.token).map(drop),
        Err(Malformed::TrailingBytes { count: 65_536 })
    );
}

#[test]
fn a_gcm_token_without_its_mode_byte_is_reported_cut() {
    let v = negative_where(|id| id.ends_with("gcm-mode-byte-dropped"));
    assert!(matches!(
        Envelope::parse(&v.token),
        Err(Malformed::Truncated {
            field: Field::ModeByte,
            ..
        })
    ));
}
