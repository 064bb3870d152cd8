//! What is doubtful about a token without failing a check.

use super::ids::IdWarning;
use crate::claims::MAX_USER_ID_LEN;

/// Something doubtful about a token that is not a failed check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Warning {
    /// A Token03, always legacy CBC: the claims may have been altered
    /// without the secret.
    #[error(
        "a Token03 is always legacy AES-CBC, which is not authenticated: bits of the first 16 bytes of the claims can be changed without the secret; prefer a Token04 with GCM"
    )]
    UnauthenticatedToken03,
    /// Legacy CBC: the claims may have been altered without the secret.
    #[error(
        "legacy AES-CBC is not authenticated: bits of the first 16 bytes of the claims can be changed without the secret; prefer GCM"
    )]
    Unauthenticated,
    /// The payload is not JSON, which the Express SDK rejects (1002075).
    #[error("the payload is not JSON: the Express SDK rejects it (1002075)")]
    PayloadNotJson,
    /// A user id the SDK does not accept.
    #[error("the user_id is {length} bytes; the SDK accepts 1 to {max}", max = MAX_USER_ID_LEN)]
    UserIdLength {
        /// Its length in bytes.
        length: usize,
    },
    /// A user or room id that a product refuses (Express, ZIM).
    #[error("{0}")]
    Id(IdWarning),
    /// AppID 0, which no app has.
    #[error("the app_id is 0, which no app has")]
    AppIdZero,
    /// A kit suffix that looks encoded as UTF-8: the UIKit reads it as Latin-1.
    #[error(
        "the kit suffix looks encoded as UTF-8, but the UIKit reads it as Latin-1: its non-ASCII characters come out garbled (\"é\" as \"Ã©\"); the values shown are what the UIKit reads"
    )]
    KitSuffixUtf8,
    /// A kit suffix the UIKit reads but does not write so (see
    /// [`Kit::unusual`](crate::Kit::unusual)).
    #[error("the kit suffix {0}: the UIKit reads it as shown, stricter readers may not")]
    KitSuffixUnusual(&'static str),
}
