//! The claims of a token as Python sees them: `Claims`, its room
//! `Privilege` and UIKit `Kit`, converted from and to the library's types.

use pyo3::prelude::*;

use crate::repr::py_repr;
use zego::{Contents, Mode, Verified};

/// Room privileges: the room, whether the user may log in and publish,
/// and the streams it may publish (`None`: any).
#[pyclass(module = "zego_token", frozen, get_all, eq, from_py_object)]
#[derive(Clone, PartialEq)]
pub(crate) struct Privilege {
    room_id: String,
    login: bool,
    publish: bool,
    stream_ids: Option<Vec<String>>,
}

#[pymethods]
impl Privilege {
    #[new]
    #[pyo3(signature = (room_id, login = true, publish = false, stream_ids = None))]
    fn new(room_id: String, login: bool, publish: bool, stream_ids: Option<Vec<String>>) -> Self {
        Privilege {
            room_id,
            login,
            publish,
            stream_ids,
        }
    }

    /// The vendor's privilege payload JSON for these privileges.
    fn to_payload(&self) -> String {
        self.to_core().to_payload()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Privilege(room_id={}, login={}, publish={}, stream_ids={})",
            py_repr(py, &self.room_id)?,
            py_repr(py, self.login)?,
            py_repr(py, self.publish)?,
            py_repr(py, &self.stream_ids)?
        ))
    }
}

impl Privilege {
    pub(crate) fn to_core(&self) -> zego::Privilege {
        zego::Privilege {
            room_id: self.room_id.clone(),
            login: self.login,
            publish: self.publish,
            stream_ids: self.stream_ids.clone(),
        }
    }

    fn from_core(p: zego::Privilege) -> Privilege {
        Privilege {
            room_id: p.room_id,
            login: p.login,
            publish: p.publish,
            stream_ids: p.stream_ids,
        }
    }
}

/// The suffix of a UIKit kit token: who the UIKit logs in as, and where.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
pub(crate) struct Kit {
    user_id: String,
    room_id: Option<String>,
    user_name: String,
    app_id: u32,
}

#[pymethods]
impl Kit {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Kit(user_id={}, room_id={}, user_name={}, app_id={})",
            py_repr(py, &self.user_id)?,
            py_repr(py, &self.room_id)?,
            py_repr(py, &self.user_name)?,
            self.app_id
        ))
    }
}

impl Kit {
    pub(crate) fn from_core(k: &zego::Kit) -> Kit {
        Kit {
            user_id: k.user_id.clone(),
            room_id: k.room_id.clone(),
            user_name: k.user_name.clone(),
            app_id: k.app_id,
        }
    }
}

/// The claims of an opened token (Token04 or Token03).
///
/// `payload` is a Token04's payload (`None` for a Token03); `privilege`
/// the room privileges it carries, if any; `authenticated` whether the
/// mode (GCM) proves the token was made with the secret.
#[pyclass(module = "zego_token", frozen, get_all, from_py_object)]
#[derive(Clone)]
pub(crate) struct Claims {
    version: &'static str,
    app_id: u32,
    user_id: String,
    nonce: i64,
    ctime: i64,
    pub(crate) expire: i64,
    payload: Option<String>,
    privilege: Option<Privilege>,
    mode: &'static str,
    authenticated: bool,
    kit: Option<Kit>,
}

#[pymethods]
impl Claims {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Claims(version={}, app_id={}, user_id={}, ctime={}, expire={}, mode={})",
            py_repr(py, self.version)?,
            self.app_id,
            py_repr(py, &self.user_id)?,
            self.ctime,
            self.expire,
            py_repr(py, self.mode)?
        ))
    }
}

impl Claims {
    pub(crate) fn new(contents: &Contents, mode: Mode, kit: Option<&zego::Kit>) -> Claims {
        Claims {
            version: contents.version().as_str(),
            app_id: contents.app_id(),
            user_id: contents.user_id().to_owned(),
            nonce: contents.nonce(),
            ctime: contents.ctime(),
            expire: contents.expire(),
            payload: contents.as_v04().map(|c| c.payload.clone()),
            privilege: contents.privilege().map(Privilege::from_core),
            mode: mode.as_str(),
            authenticated: mode.authenticates(),
            kit: kit.map(Kit::from_core),
        }
    }

    pub(crate) fn from_verified(v: &Verified) -> Claims {
        Claims::new(&v.contents, v.mode, v.kit.as_ref())
    }
}
