//! The small door for minting: [`Mint`], a builder that says who a token is
//! for and what it grants, and makes it with the secret, a time and an RNG.

use rand::CryptoRng;

use crate::claims::Privilege03;
use crate::contents::Contents;
use crate::error::EncodeError;
use crate::kit::Kit;
use crate::privilege::Privilege;
use crate::secret::Secret;
use crate::token::{Grant, Grant03, generate, generate03};
use crate::version::{Mode, Version};

/// A token to make: the AppID and user, then what else differs from the
/// defaults (one hour, no payload, GCM, Token04, no kit suffix).
///
/// ```
/// use zego_token::{Mint, Mode, Privilege, Secret};
///
/// let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
/// let room = Privilege { room_id: "room1".into(), login: true, publish: false, stream_ids: None };
/// let made = Mint::new(1234, "alice")
///     .effective_time(600)
///     .privilege(room)
///     .kit("Alice", Some("room1".into()))
///     .build(&secret, 1_796_000_000, &mut rand::rng())?;
/// assert_eq!(made.mode, Mode::Gcm);
/// assert_eq!(made.expire(), 1_796_000_600);
/// assert!(made.token.starts_with("04") && made.token.contains('#'));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Mint {
    app_id: u32,
    user_id: String,
    effective_time: i64,
    payload: Payload,
    mode: Mode,
    version: Version,
    kit: Option<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Payload {
    None,
    Privilege(Privilege),
    Raw(String),
}

/// A token made by [`Mint::build`], with what is inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Minted {
    /// The token, or the kit token (`token#suffix`) that carries it.
    pub token: String,
    /// The claims inside.
    pub contents: Contents,
    /// The cipher mode (always CBC for a Token03).
    pub mode: Mode,
    /// The kit suffix, for a kit token.
    pub kit: Option<Kit>,
}

impl Minted {
    /// Expiry time, unix seconds: when the client must have renewed it.
    pub fn expire(&self) -> i64 {
        self.contents.expire()
    }
}

impl Mint {
    /// The effective time of a [`Mint`] unless set: one hour.
    pub const DEFAULT_EFFECTIVE_TIME: i64 = 3600;

    /// A token for `user_id` in `app_id`.
    pub fn new(app_id: u32, user_id: impl Into<String>) -> Mint {
        Mint {
            app_id,
            user_id: user_id.into(),
            effective_time: Mint::DEFAULT_EFFECTIVE_TIME,
            payload: Payload::None,
            mode: Mode::Gcm,
            version: Version::V04,
            kit: None,
        }
    }

    /// Seconds from creation to expiry (positive).
    pub fn effective_time(mut self, seconds: i64) -> Mint {
        self.effective_time = seconds;
        self
    }

    /// Room privileges: a Token04's privilege payload, or a Token03's room
    /// (which it needs). Replaces any payload.
    pub fn privilege(mut self, privilege: Privilege) -> Mint {
        self.payload = Payload::Privilege(privilege);
        self
    }

    /// A raw payload string (Token04 only). Replaces any privilege.
    pub fn payload(mut self, payload: impl Into<String>) -> Mint {
        self.payload = Payload::Raw(payload.into());
        self
    }

    /// The cipher mode of a Token04 (default GCM; a Token03 is always CBC).
    pub fn mode(mut self, mode: Mode) -> Mint {
        self.mode = mode;
        self
    }

    /// The format (default Token04). A Token03 needs a room
    /// ([`Mint::privilege`]).
    pub fn version(mut self, version: Version) -> Mint {
        self.version = version;
        self
    }

    /// Wrap the token in a UIKit kit token whose suffix shows the user as
    /// `user_name` and joins `room_id` (`None` for a call invitation).
    pub fn kit(mut self, user_name: impl Into<String>, room_id: Option<String>) -> Mint {
        self.kit = Some((user_name.into(), room_id));
        self
    }

    /// Makes the token, created at `now` (unix seconds), its nonce and IV
    /// drawn from `rng` (which should be seeded by the OS).
    ///
    /// # Errors
    /// The vendor's argument rules ([`EncodeError::AppIdZero`],
    /// [`EncodeError::UserIdEmpty`], [`EncodeError::UserIdTooLong`],
    /// [`EncodeError::EffectiveTimeNotPositive`]),
    /// [`EncodeError::TimeOverflow`], [`EncodeError::PayloadTooLarge`]; for
    /// a Token03 [`EncodeError::RoomIdEmpty`] or
    /// [`EncodeError::NotInToken03`]; for a kit token [`EncodeError::Kit`].
    pub fn build(
        &self,
        secret: &Secret,
        now: i64,
        rng: &mut impl CryptoRng,
    ) -> Result<Minted, EncodeError> {
        let kit = self.kit_suffix()?;
        let (token, contents, mode) = match self.version {
            Version::V03 => {
                let grant = self.grant03()?;
                let made = generate03(&grant, secret, now, rng)?;
                (made.token, Contents::V03(made.claims), Mode::Cbc)
            }
            _ => {
                let payload = match &self.payload {
                    Payload::None => String::new(),
                    Payload::Privilege(p) => p.to_payload(),
                    Payload::Raw(raw) => raw.clone(),
                };
                let grant = Grant::new(self.app_id, self.user_id.clone(), self.effective_time)
                    .with_payload(payload);
                let made = generate(&grant, secret, self.mode, now, rng)?;
                (made.token, Contents::V04(made.claims), self.mode)
            }
        };
        let token = match &kit {
            Some(kit) => kit.wrap(&token)?,
            None => token,
        };
        Ok(Minted {
            token,
            contents,
            mode,
            kit,
        })
    }

    /// [`Mint::build`] at the OS clock's time with the thread's
    /// OS-seeded random generator.
    ///
    /// # Errors
    /// As [`Mint::build`].
    ///
    /// # Panics
    /// Only when the OS has no source of randomness at all, as
    /// [`rand::rng`] documents.
    #[cfg(feature = "os")]
    pub fn build_now(&self, secret: &Secret) -> Result<Minted, EncodeError> {
        self.build(secret, crate::os::now(), &mut rand::rng())
    }

    fn kit_suffix(&self) -> Result<Option<Kit>, EncodeError> {
        let Some((user_name, room_id)) = &self.kit else {
            return Ok(None);
        };
        if self.version == Version::V03 {
            return Err(EncodeError::NotInToken03("a kit suffix"));
        }
        let kit = Kit::new(
            self.user_id.clone(),
            room_id.clone(),
            user_name.clone(),
            self.app_id,
        );
        // Refuse what the UIKit could not read before spending a nonce.
        kit.encode()?;
        Ok(Some(kit))
    }

    fn grant03(&self) -> Result<Grant03, EncodeError> {
        let room = match &self.payload {
            Payload::Privilege(room) => room,
            Payload::None => return Err(EncodeError::RoomIdEmpty),
            Payload::Raw(_) => return Err(EncodeError::NotInToken03("a payload")),
        };
        if room.stream_ids.is_some() {
            return Err(EncodeError::NotInToken03("stream ids"));
        }
        let privilege = Privilege03 {
            login: room.login,
            publish: room.publish,
        };
        Ok(Grant03::new(
            self.app_id,
            room.room_id.clone(),
            self.user_id.clone(),
            privilege,
            self.effective_time,
        ))
    }
}
