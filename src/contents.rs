//! What a token holds once opened, whatever its version.

use serde::Serialize;

use crate::claims::Claims;
use crate::privilege::Privilege;
use crate::v03::Claims03;
use crate::wire::Version;

/// The claims of an opened token: Token04's or Token03's, each with the
/// keys its format names. The accessors give what both formats carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Contents {
    /// A Token04's claims.
    V04(Claims),
    /// A Token03's claims.
    V03(Claims03),
}

impl Contents {
    /// The format the claims are of.
    pub fn version(&self) -> Version {
        match self {
            Contents::V04(_) => Version::V04,
            Contents::V03(_) => Version::V03,
        }
    }

    /// The Token04 claims, if these are they.
    pub fn as_v04(&self) -> Option<&Claims> {
        match self {
            Contents::V04(c) => Some(c),
            Contents::V03(_) => None,
        }
    }

    /// The Token04 claims, owned, if these are they.
    pub fn into_v04(self) -> Option<Claims> {
        match self {
            Contents::V04(c) => Some(c),
            Contents::V03(_) => None,
        }
    }

    /// The Token03 claims, if these are they.
    pub fn as_v03(&self) -> Option<&Claims03> {
        match self {
            Contents::V03(c) => Some(c),
            Contents::V04(_) => None,
        }
    }

    /// The AppID.
    pub fn app_id(&self) -> u32 {
        match self {
            Contents::V04(c) => c.app_id,
            Contents::V03(c) => c.app_id,
        }
    }

    /// The user.
    pub fn user_id(&self) -> &str {
        match self {
            Contents::V04(c) => &c.user_id,
            Contents::V03(c) => &c.user_id,
        }
    }

    /// The nonce.
    pub fn nonce(&self) -> i64 {
        match self {
            Contents::V04(c) => c.nonce,
            Contents::V03(c) => c.nonce,
        }
    }

    /// Creation time, unix seconds (`ctime`, Token03's `create_time`).
    pub fn ctime(&self) -> i64 {
        match self {
            Contents::V04(c) => c.ctime,
            Contents::V03(c) => c.create_time,
        }
    }

    /// Expiry time, unix seconds (`expire`, Token03's `expire_time`).
    pub fn expire(&self) -> i64 {
        match self {
            Contents::V04(c) => c.expire,
            Contents::V03(c) => c.expire_time,
        }
    }

    /// The room privileges: a Token04's privilege payload, when it has one,
    /// or a Token03's room and privileges (which never limit streams).
    pub fn privilege(&self) -> Option<Privilege> {
        match self {
            Contents::V04(c) if c.payload.is_empty() => None,
            Contents::V04(c) => Privilege::parse(&c.payload).ok(),
            Contents::V03(c) => Some(Privilege {
                room_id: c.room_id.clone(),
                login: c.privilege.login,
                publish: c.privilege.publish,
                stream_ids: None,
            }),
        }
    }
}

impl From<Claims> for Contents {
    fn from(claims: Claims) -> Contents {
        Contents::V04(claims)
    }
}

impl From<Claims03> for Contents {
    fn from(claims: Claims03) -> Contents {
        Contents::V03(claims)
    }
}

/// Opened Token04 claims compare equal to the same [`Claims`].
impl PartialEq<Claims> for Contents {
    fn eq(&self, other: &Claims) -> bool {
        self.as_v04() == Some(other)
    }
}
