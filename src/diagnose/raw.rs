//! The decrypted claims exactly as the generator wrote them, for a tool's
//! raw view.

use super::misport::open_with;
use crate::format::Envelope;
use crate::secret::Secret;

/// The plaintext of `envelope` decrypted with `secret` (lossy UTF-8), byte
/// for byte as its generator wrote it: key order, spacing and the types it
/// chose, which the parsed claims cannot show. `None` when it does not
/// decrypt. A legacy CBC token can decrypt to noise under a wrong key: use
/// it for a token whose report says it opened ([`Report::opened`]).
///
/// [`Report::opened`]: super::Report::opened
pub fn plaintext(envelope: &Envelope, secret: &Secret) -> Option<String> {
    open_with(envelope, &secret.text[..]).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}
