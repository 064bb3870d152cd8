//! Sealing claims into a token and opening tokens with a secret.

use aes::Aes256;
use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, InnerIvInit};
use aes_gcm::Nonce;
use aes_gcm::aead::Aead;
use rand::CryptoRng;

use crate::claims::{self, Claims};
use crate::contents::Contents;
use crate::error::{EncodeError, Malformed, OpenError, Untrusted};
use crate::invalid::ClaimProblem;
use crate::secret::Secret;
use crate::v03::Claims03;
use crate::wire::{
    CBC_IV_LEN, Envelope, GCM_NONCE_LEN, GCM_TAG_LEN, MAX_CIPHERTEXT_LEN, Mode, Version,
};

/// The IV or nonce of one token. Its variant fixes the cipher mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Iv {
    /// A 12-byte AES-GCM nonce.
    Gcm([u8; GCM_NONCE_LEN]),
    /// A 16-byte AES-CBC IV.
    Cbc([u8; CBC_IV_LEN]),
}

impl Iv {
    /// A fresh random IV / nonce for `mode`.
    pub fn random(mode: Mode, rng: &mut impl CryptoRng) -> Iv {
        match mode {
            Mode::Gcm => {
                let mut nonce = [0; GCM_NONCE_LEN];
                rng.fill_bytes(&mut nonce);
                Iv::Gcm(nonce)
            }
            Mode::Cbc => {
                let mut iv = [0; CBC_IV_LEN];
                rng.fill_bytes(&mut iv);
                Iv::Cbc(iv)
            }
        }
    }

    /// The mode this IV is for.
    pub fn mode(&self) -> Mode {
        match self {
            Iv::Gcm(_) => Mode::Gcm,
            Iv::Cbc(_) => Mode::Cbc,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Iv::Gcm(n) => n,
            Iv::Cbc(iv) => iv,
        }
    }
}

/// Encrypts `claims` into a Token04, deterministically for a given IV.
///
/// The claims are taken as they are (see [`Claims::validate`] for the vendor
/// rules); the header expire is `claims.expire`.
///
/// # Errors
/// [`EncodeError::PayloadTooLarge`] when the ciphertext would not fit the
/// format's 16-bit length field.
pub fn encode(claims: &Claims, secret: &Secret, iv: &Iv) -> Result<String, EncodeError> {
    seal(Version::V04, &claims.to_json(), claims.expire, secret, iv)
}

/// Seals a version's claims (as JSON) under `iv`: what every format's
/// encoding shares.
pub(crate) fn seal(
    version: Version,
    plaintext: &[u8],
    expire: i64,
    secret: &Secret,
    iv: &Iv,
) -> Result<String, EncodeError> {
    let ciphertext_len = match iv {
        Iv::Gcm(_) => plaintext.len() + GCM_TAG_LEN,
        Iv::Cbc(_) => (plaintext.len() / CBC_IV_LEN + 1) * CBC_IV_LEN,
    };
    if ciphertext_len > MAX_CIPHERTEXT_LEN {
        return Err(EncodeError::PayloadTooLarge {
            ciphertext_len,
            max: MAX_CIPHERTEXT_LEN,
        });
    }
    let ciphertext = match iv {
        Iv::Gcm(nonce) => secret
            .gcm
            .encrypt(&Nonce::from(*nonce), plaintext)
            // Only inputs of gigabytes make AES-GCM refuse; ours are < 64 KiB.
            .map_err(|_| EncodeError::PayloadTooLarge {
                ciphertext_len,
                max: MAX_CIPHERTEXT_LEN,
            })?,
        Iv::Cbc(iv) => cbc::Encryptor::<Aes256>::inner_iv_init(secret.aes.clone(), &(*iv).into())
            .encrypt_padded_vec::<Pkcs7>(plaintext),
    };
    Ok(Envelope::pack(
        version,
        expire,
        iv.mode(),
        iv.as_bytes(),
        &ciphertext,
    ))
}

impl Envelope {
    /// Decrypts and parses the claims of the envelope's version, and checks
    /// that the clear header expire matches the encrypted one.
    ///
    /// For GCM a success proves the token was made with this secret and not
    /// altered. For legacy CBC it does not: see the crate docs.
    ///
    /// # Errors
    /// [`OpenError::Untrusted`]: tag mismatch, bad padding, CBC plaintext
    /// that is not a JSON object, or a header that disagrees with the
    /// claims. [`OpenError::InvalidClaims`]: the token opened (GCM
    /// authenticated it, or the CBC plaintext is a JSON object) but its
    /// claims are built wrong. [`OpenError::Malformed`] with
    /// [`Malformed::VersionMismatch`]: it holds the other version's claims.
    pub fn open(&self, secret: &Secret) -> Result<Contents, OpenError> {
        let plaintext = match self.mode() {
            Mode::Gcm => {
                // The nonce length was checked when parsing.
                let nonce = Nonce::try_from(self.iv()).map_err(|_| Untrusted::TagMismatch)?;
                secret
                    .gcm
                    .decrypt(&nonce, self.ciphertext())
                    .map_err(|_| Untrusted::TagMismatch)?
            }
            Mode::Cbc => {
                cbc::Decryptor::<Aes256>::inner_iv_slice_init(secret.aes.clone(), self.iv())
                    .map_err(|_| Untrusted::BadPadding)?
                    .decrypt_padded_vec::<Pkcs7>(self.ciphertext())
                    .map_err(|_| Untrusted::BadPadding)?
            }
        };
        let contents = self.read_claims(&plaintext)?;
        if contents.expire() != self.expire() {
            return Err(Untrusted::ExpireMismatch {
                header: self.expire(),
                claims: contents.expire(),
            }
            .into());
        }
        Ok(contents)
    }

    fn read_claims(&self, plaintext: &[u8]) -> Result<Contents, OpenError> {
        let read = match self.version() {
            Version::V04 => Claims::from_json(plaintext).map(Contents::V04),
            Version::V03 => Claims03::from_json(plaintext).map(Contents::V03),
        };
        let invalid = match read {
            Ok(contents) => return Ok(contents),
            Err(invalid) => invalid,
        };
        // Only on failure: does it hold the other version's claims?
        let holds = match self.version() {
            Version::V04 => Claims03::from_json(plaintext)
                .is_ok()
                .then_some(Version::V03),
            Version::V03 => Claims::from_json(plaintext).is_ok().then_some(Version::V04),
        };
        if let Some(holds) = holds {
            return Err(Malformed::VersionMismatch {
                prefix: self.version(),
                holds,
            }
            .into());
        }
        if self.mode() == Mode::Cbc && invalid.not_an_object() {
            // Unauthenticated, and not even a JSON object: this is what
            // another secret's padding-valid garbage looks like.
            let detail = match invalid.0.first().map(|c| &c.problem) {
                Some(ClaimProblem::NotJson { detail }) => detail.clone(),
                Some(ClaimProblem::NotObject { found }) => format!("it is {found}"),
                _ => invalid.to_string(),
            };
            return Err(Untrusted::NotJson { detail }.into());
        }
        Err(OpenError::InvalidClaims(invalid))
    }
}

/// What a new token grants: who, in which app, for how long, with what payload.
///
/// Built with [`Grant::new`]; the fields can be read and changed. For
/// minting, [`Mint`](crate::Mint) is the simpler door.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Grant {
    /// The AppID (non-zero).
    pub app_id: u32,
    /// The user (1 to 64 bytes).
    pub user_id: String,
    /// Seconds from creation to expiry (positive).
    pub effective_time: i64,
    /// Empty, or a payload string such as [`crate::Privilege::to_payload`].
    pub payload: String,
}

impl Grant {
    /// A grant of `effective_time` seconds for `user_id` in `app_id`,
    /// without a payload. Checked when a token is generated.
    pub fn new(app_id: u32, user_id: impl Into<String>, effective_time: i64) -> Grant {
        Grant {
            app_id,
            user_id: user_id.into(),
            effective_time,
            payload: String::new(),
        }
    }

    /// The same grant with `payload`, e.g. [`crate::Privilege::to_payload`].
    #[must_use]
    pub fn with_payload(mut self, payload: impl Into<String>) -> Grant {
        self.payload = payload.into();
        self
    }
}

/// A freshly generated token and the claims inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated {
    /// The token string.
    pub token: String,
    /// The claims it carries.
    pub claims: Claims,
    /// The cipher mode used.
    pub mode: Mode,
}

/// Generates a token as the vendor generators do, with the time and the
/// random source supplied by the caller.
///
/// The nonce is a non-negative 31-bit integer (as the Go generator makes);
/// the IV / nonce bytes come from `rng`, which should be seeded by the OS.
///
/// # Errors
/// The vendor's argument rules ([`EncodeError::AppIdZero`],
/// [`EncodeError::UserIdEmpty`], [`EncodeError::UserIdTooLong`],
/// [`EncodeError::EffectiveTimeNotPositive`]), [`EncodeError::TimeOverflow`]
/// and [`EncodeError::PayloadTooLarge`].
pub fn generate(
    grant: &Grant,
    secret: &Secret,
    mode: Mode,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<Generated, EncodeError> {
    let claims = Claims {
        app_id: grant.app_id,
        user_id: grant.user_id.clone(),
        nonce: 0,
        ctime: now,
        expire: 0,
        payload: grant.payload.clone(),
    };
    seal04(claims, grant.effective_time, secret, mode, rng)
}

/// Checks and seals claims whose `app_id`, `user_id`, `payload` and
/// `ctime` are set: fills in the expiry and a random nonce. What
/// [`generate`] and [`Mint`](crate::Mint) share, so each token costs one
/// copy of its strings.
pub(crate) fn seal04(
    mut claims: Claims,
    effective_time: i64,
    secret: &Secret,
    mode: Mode,
    rng: &mut impl CryptoRng,
) -> Result<Generated, EncodeError> {
    claims::validate_app_id(claims.app_id)?;
    claims::validate_user_id(&claims.user_id)?;
    claims.expire = claims::expiry(claims.ctime, effective_time)?;
    // Non-negative 31 bits, as the Go generator makes.
    claims.nonce = i64::from(rng.next_u32() >> 1);
    let token = encode(&claims, secret, &Iv::random(mode, rng))?;
    Ok(Generated {
        token,
        claims,
        mode,
    })
}
