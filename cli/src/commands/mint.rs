//! What `generate` and `serve` share: a token request checked once into a
//! recipe, and the recipe made into tokens, one per user.

use rand::CryptoRng;
use zego_token::format::{Grant, Grant03, KitError, Privilege03};
use zego_token::{Contents, EncodeError, Kit, Mode, Privilege, Secret, Version};

use crate::exit::UserError;
use crate::settings::time;
use crate::views::json;
use crate::views::json::line::NewToken;

/// A token request as `generate` and `serve` take it from the user, before
/// any check.
pub(crate) struct Request<'a> {
    pub(crate) app_id: u32,
    /// `None` when the user ids come later (`--user-ids-from`).
    pub(crate) user_id: Option<&'a str>,
    pub(crate) effective_time: Lifetime<'a>,
    /// A privilege payload (Token04) or the room (Token03, where it is
    /// required); it wins over `payload`.
    pub(crate) privilege: Option<&'a Privilege>,
    pub(crate) payload: Option<&'a str>,
    pub(crate) version: Version,
    /// Ignored for Token03, which is always CBC.
    pub(crate) mode: Mode,
    /// Wrap the token in a UIKit kit token.
    pub(crate) kit: Option<KitRequest<'a>>,
    /// The creation time.
    pub(crate) now: i64,
}

/// How long the token lives.
pub(crate) enum Lifetime<'a> {
    /// As typed: `3600`, `30m`, ...; [`recipe`] reads and checks it.
    Typed(&'a str),
    /// Seconds, read and checked already (`serve`'s default).
    Seconds(i64),
}

/// The suffix of a kit token, besides the user and app.
pub(crate) struct KitRequest<'a> {
    pub(crate) room_id: Option<&'a str>,
    /// Defaults to the user id.
    pub(crate) user_name: Option<&'a str>,
}

/// The argument a [`recipe`] error is about, so `serve` can point at its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arg {
    AppId,
    UserId,
    EffectiveTime,
    TokenVersion,
    RoomId,
    StreamId,
    Payload,
}

/// What every token of one request shares; the user id is filled in per
/// token, in place, so a batch allocates nothing for it.
pub(crate) struct Recipe {
    form: Form,
    mode: Mode,
    /// The `privilege` of the JSON view, the same for every token.
    pub(crate) privilege: Option<Privilege>,
    kit: Option<(Option<String>, Option<String>)>,
}

enum Form {
    V04(Grant),
    V03(Grant03),
}

/// A new token, with what the JSON view shows of it.
pub(crate) struct Minted {
    /// The token, or the kit token that carries it.
    pub(crate) token: String,
    pub(crate) mode: Mode,
    pub(crate) claims: Contents,
    pub(crate) kit: Option<Kit>,
}

/// Checks a request as the vendor generators check their arguments (and
/// the UIKit its ids) and turns it into a recipe.
pub(crate) fn recipe(request: Request<'_>) -> Result<Recipe, (Arg, UserError)> {
    let effective_time = match request.effective_time {
        Lifetime::Typed(typed) => {
            time::lifetime(typed, request.now).map_err(|e| (Arg::EffectiveTime, e))?
        }
        Lifetime::Seconds(seconds) => seconds,
    };
    zego_token::format::validate_app_id(request.app_id).map_err(|e| (Arg::AppId, e.into()))?;
    zego_token::format::expiry(request.now, effective_time)
        .map_err(|e| (Arg::EffectiveTime, e.into()))?;
    if let Some(user_id) = request.user_id {
        zego_token::format::validate_user_id(user_id).map_err(|e| (Arg::UserId, e.into()))?;
    }
    if request.kit.is_some() && request.version == Version::V03 {
        return Err((
            Arg::TokenVersion,
            UserError::usage("a kit token wraps a Token04, not a Token03")
                .hint("make a Token04 for a kit token"),
        ));
    }
    let user_id = request.user_id.unwrap_or_default().to_owned();
    let (form, mode, privilege) = match request.version {
        Version::V03 => {
            let room = v03_room(&request)?;
            let grant = Grant03::new(
                request.app_id,
                room.room_id.clone(),
                user_id,
                Privilege03 {
                    login: room.login,
                    publish: room.publish,
                },
                effective_time,
            );
            (Form::V03(grant), Mode::Cbc, Some(room))
        }
        _ => {
            let payload = match (request.privilege, request.payload) {
                (Some(p), _) => p.to_payload(),
                (None, Some(raw)) => raw.to_owned(),
                (None, None) => String::new(),
            };
            let grant = Grant::new(request.app_id, user_id, effective_time).with_payload(payload);
            (Form::V04(grant), request.mode, request.privilege.cloned())
        }
    };
    let kit = match request.kit {
        None => None,
        Some(kit) => {
            let probe = Kit::new(
                request.user_id.unwrap_or_default().to_owned(),
                kit.room_id.map(str::to_owned),
                String::new(),
                request.app_id,
            );
            probe.encode().map_err(kit_error)?;
            Some((
                kit.room_id.map(str::to_owned),
                kit.user_name.map(str::to_owned),
            ))
        }
    };
    Ok(Recipe {
        form,
        mode,
        privilege,
        kit,
    })
}

/// A Token03's room: required, and with nothing a Token03 cannot carry.
fn v03_room(request: &Request<'_>) -> Result<Privilege, (Arg, UserError)> {
    if request.payload.is_some() {
        return Err((
            Arg::Payload,
            UserError::usage("a Token03 has no payload")
                .hint("give its room and privileges instead of a payload"),
        ));
    }
    let room = request.privilege.ok_or_else(|| {
        (
            Arg::RoomId,
            UserError::usage("a Token03 needs a room").hint("give the room the token is for"),
        )
    })?;
    if room.room_id.is_empty() {
        return Err((Arg::RoomId, EncodeError::RoomIdEmpty.into()));
    }
    if room.stream_ids.is_some() {
        return Err((
            Arg::StreamId,
            UserError::usage("a Token03 cannot limit streams: stream ids exist in Token04 only")
                .hint("leave out the stream ids, or make a Token04"),
        ));
    }
    Ok(room.clone())
}

/// A kit suffix the UIKit could not read back.
fn kit_error(e: KitError) -> (Arg, UserError) {
    let arg = match &e {
        KitError::NotLatin1 { key: "roomID", .. } => Arg::RoomId,
        _ => Arg::UserId,
    };
    let error = UserError::usage(e.to_string()).hint(
        "the UIKit encodes the suffix with btoa, which takes only characters up to U+00FF: \
         use ASCII ids",
    );
    (arg, error)
}

impl Recipe {
    /// Seconds from creation to expiry.
    pub(crate) fn effective_time(&self) -> i64 {
        match &self.form {
            Form::V04(grant) => grant.effective_time,
            Form::V03(grant) => grant.effective_time,
        }
    }

    /// A token for `user_id`, made at `now` with randomness from `rng`.
    pub(crate) fn mint(
        &mut self,
        user_id: &str,
        secret: &Secret,
        now: i64,
        rng: &mut impl CryptoRng,
    ) -> Result<Minted, (Arg, UserError)> {
        let encode = |e: EncodeError| {
            let arg = match e {
                EncodeError::PayloadTooLarge { .. } if self.privilege.is_some() => Arg::StreamId,
                EncodeError::PayloadTooLarge { .. } => Arg::Payload,
                EncodeError::UserIdEmpty | EncodeError::UserIdTooLong { .. } => Arg::UserId,
                _ => Arg::EffectiveTime,
            };
            (arg, UserError::from(e))
        };
        let (token, claims) = match &mut self.form {
            Form::V04(grant) => {
                grant.user_id.clear();
                grant.user_id.push_str(user_id);
                let made = zego_token::format::generate(grant, secret, self.mode, now, rng)
                    .map_err(encode)?;
                (made.token, Contents::V04(made.claims))
            }
            Form::V03(grant) => {
                grant.user_id.clear();
                grant.user_id.push_str(user_id);
                let made =
                    zego_token::format::generate03(grant, secret, now, rng).map_err(encode)?;
                (made.token, Contents::V03(made.claims))
            }
        };
        let Some((room_id, user_name)) = &self.kit else {
            return Ok(Minted {
                token,
                mode: self.mode,
                claims,
                kit: None,
            });
        };
        let kit = Kit::new(
            user_id.to_owned(),
            room_id.clone(),
            user_name.clone().unwrap_or_else(|| user_id.to_owned()),
            claims.app_id(),
        );
        let token = kit.wrap(&token).map_err(kit_error)?;
        Ok(Minted {
            token,
            mode: self.mode,
            claims,
            kit: Some(kit),
        })
    }
}

impl Minted {
    /// What the batch JSON writer shows of it.
    pub(crate) fn parts(&self) -> NewToken<'_> {
        NewToken {
            token: &self.token,
            mode: self.mode,
            claims: &self.claims,
            kit: self.kit.as_ref(),
        }
    }

    /// The `generate --json` object (and `serve`'s `/token` reply).
    pub(crate) fn to_json<'a>(&'a self, privilege: Option<&Privilege>) -> json::Generated<'a> {
        let claims = &self.claims;
        json::Generated {
            token: &self.token,
            mode: self.mode.as_str(),
            app_id: claims.app_id(),
            user_id: claims.user_id(),
            nonce: claims.nonce(),
            ctime: claims.ctime(),
            expire: claims.expire(),
            payload: claims.as_v04().map(|c| c.payload.as_str()),
            privilege: privilege.cloned().map(Into::into),
            version: claims.version().as_str(),
            kit: self.kit.as_ref().map(Into::into),
        }
    }
}
