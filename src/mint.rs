//! The small door for minting: [`Mint`], a builder that says who a token is
//! for and what it grants, and makes it with the secret, a time and an RNG.

use rand::CryptoRng;

use crate::claims::{Claims, expiry, validate_app_id, validate_user_id};
use crate::contents::Contents;
use crate::error::EncodeError;
use crate::kit::Kit;
use crate::privilege::Privilege;
use crate::secret::Secret;
use crate::token::seal04;
use crate::v03::{Grant03, Privilege03, generate03};
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
    /// The room privileges: a Token04's privilege payload, a Token03's room.
    privilege: Option<Privilege>,
    /// A Token04's payload text, the privilege's serialized once (not per
    /// token of a batch) or a raw one.
    payload: String,
    /// Whether `payload` was given raw (which a Token03 cannot carry).
    raw_payload: bool,
    /// `None`: the version's own (GCM for a Token04, CBC for a Token03).
    mode: Option<Mode>,
    version: Version,
    kit: Option<KitSpec>,
}

/// A kit suffix to wrap the token in.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KitSpec {
    /// `None`: the user id.
    user_name: Option<String>,
    room_id: Option<String>,
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
            privilege: None,
            payload: String::new(),
            raw_payload: false,
            mode: None,
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
        self.payload = privilege.to_payload();
        self.raw_payload = false;
        self.privilege = Some(privilege);
        self
    }

    /// A raw payload string (Token04 only). Replaces any privilege.
    pub fn payload(mut self, payload: impl Into<String>) -> Mint {
        self.payload = payload.into();
        self.raw_payload = true;
        self.privilege = None;
        self
    }

    /// The cipher mode (default GCM for a Token04; a Token03 is always
    /// CBC, and asking for GCM is an error).
    pub fn mode(mut self, mode: Mode) -> Mint {
        self.mode = Some(mode);
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
        self.kit = Some(KitSpec {
            user_name: Some(user_name.into()),
            room_id,
        });
        self
    }

    /// [`Mint::kit`] with the user id as the name shown: for a batch, each
    /// token's own.
    pub fn kit_named_by_user_id(mut self, room_id: Option<String>) -> Mint {
        self.kit = Some(KitSpec {
            user_name: None,
            room_id,
        });
        self
    }

    /// The cipher mode the token will have.
    pub fn effective_mode(&self) -> Mode {
        match self.version {
            Version::V03 => Mode::Cbc,
            _ => self.mode.unwrap_or(Mode::Gcm),
        }
    }

    /// The room privileges the token will carry, if any.
    pub fn privilege_of(&self) -> Option<&Privilege> {
        self.privilege.as_ref()
    }

    /// Checks everything [`Mint::build`] would refuse, without making a
    /// token: to refuse a request before anything else is done. Only a
    /// payload too large for the format
    /// ([`EncodeError::PayloadTooLarge`]) shows when the token is sealed.
    ///
    /// # Errors
    /// As [`Mint::build`].
    pub fn check(&self, now: i64) -> Result<(), EncodeError> {
        self.check_shared(now)?;
        validate_user_id(&self.user_id)?;
        self.rules()?;
        self.kit_suffix(&self.user_id).map(drop)
    }

    /// [`Mint::check`] of what every token of a batch shares: all but the
    /// user id, which [`Mint::build_for`] checks per token.
    ///
    /// # Errors
    /// As [`Mint::build`], but for the user id.
    pub fn check_shared(&self, now: i64) -> Result<(), EncodeError> {
        validate_app_id(self.app_id)?;
        expiry(now, self.effective_time)?;
        self.rules()?;
        // A room the UIKit could not encode fails for every user.
        match &self.kit {
            Some(KitSpec {
                room_id: Some(room),
                ..
            }) => Kit::new(
                String::new(),
                Some(room.clone()),
                String::new(),
                self.app_id,
            )
            .encode()
            .map(drop)
            .map_err(EncodeError::Kit),
            _ => Ok(()),
        }
    }

    /// Makes the token, created at `now` (unix seconds), its nonce and IV
    /// drawn from `rng` (which should be seeded by the OS).
    ///
    /// # Errors
    /// The vendor's argument rules ([`EncodeError::AppIdZero`],
    /// [`EncodeError::UserIdEmpty`], [`EncodeError::UserIdTooLong`],
    /// [`EncodeError::EffectiveTimeNotPositive`]),
    /// [`EncodeError::TimeOverflow`], [`EncodeError::PayloadTooLarge`]; for
    /// a Token03 [`EncodeError::RoomIdEmpty`],
    /// [`EncodeError::NotInToken03`] or [`EncodeError::Token03IsCbc`]; for
    /// a kit token [`EncodeError::Kit`]. [`EncodeError::field`] names the
    /// argument at fault.
    pub fn build(
        &self,
        secret: &Secret,
        now: i64,
        rng: &mut impl CryptoRng,
    ) -> Result<Minted, EncodeError> {
        self.build_for(&self.user_id, secret, now, rng)
    }

    /// [`Mint::build`] for another user with everything else the same:
    /// one recipe, many users (a batch).
    ///
    /// # Errors
    /// As [`Mint::build`].
    pub fn build_for(
        &self,
        user_id: &str,
        secret: &Secret,
        now: i64,
        rng: &mut impl CryptoRng,
    ) -> Result<Minted, EncodeError> {
        // The order of the errors: the app, the lifetime, the user, then
        // what the version allows.
        validate_app_id(self.app_id)?;
        expiry(now, self.effective_time)?;
        validate_user_id(user_id)?;
        self.rules()?;
        let kit = self.kit_suffix(user_id)?;
        let (token, contents, mode) = match self.version {
            Version::V03 => {
                let made = generate03(&self.grant03(user_id)?, secret, now, rng)?;
                (made.token, Contents::V03(made.claims), Mode::Cbc)
            }
            _ => {
                let claims = Claims {
                    app_id: self.app_id,
                    user_id: user_id.to_owned(),
                    nonce: 0,
                    ctime: now,
                    expire: 0,
                    payload: self.payload.clone(),
                };
                let mode = self.effective_mode();
                let made = seal04(claims, self.effective_time, secret, mode, rng)?;
                (made.token, Contents::V04(made.claims), mode)
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

    /// What the format allows: a Token03 is always CBC, carries a room, and
    /// neither a payload, stream ids nor a kit suffix.
    fn rules(&self) -> Result<(), EncodeError> {
        if self.version != Version::V03 {
            return Ok(());
        }
        if self.kit.is_some() {
            return Err(EncodeError::NotInToken03("a kit suffix"));
        }
        if self.mode == Some(Mode::Gcm) {
            return Err(EncodeError::Token03IsCbc);
        }
        if self.raw_payload {
            return Err(EncodeError::NotInToken03("a payload"));
        }
        match &self.privilege {
            None => Err(EncodeError::RoomIdEmpty),
            Some(room) if room.room_id.is_empty() => Err(EncodeError::RoomIdEmpty),
            Some(room) if room.stream_ids.is_some() => Err(EncodeError::NotInToken03("stream ids")),
            Some(_) => Ok(()),
        }
    }

    fn kit_suffix(&self, user_id: &str) -> Result<Option<Kit>, EncodeError> {
        let Some(spec) = &self.kit else {
            return Ok(None);
        };
        let kit = Kit::new(
            user_id.to_owned(),
            spec.room_id.clone(),
            spec.user_name.clone().unwrap_or_else(|| user_id.to_owned()),
            self.app_id,
        );
        // Refuse what the UIKit could not read before spending a nonce.
        kit.encode()?;
        Ok(Some(kit))
    }

    fn grant03(&self, user_id: &str) -> Result<Grant03, EncodeError> {
        let room = self.privilege.as_ref().ok_or(EncodeError::RoomIdEmpty)?;
        let privilege = Privilege03 {
            login: room.login,
            publish: room.publish,
        };
        Ok(Grant03::new(
            self.app_id,
            room.room_id.clone(),
            user_id.to_owned(),
            privilege,
            self.effective_time,
        ))
    }
}
