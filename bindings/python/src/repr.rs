//! `__repr__`s that read as Python writes values: `'text'` in single
//! quotes, `None`, `True`, `['a']` (Rust's `{:?}` would write `"text"`,
//! `Some([...])` and `true`).

use pyo3::BoundObject as _;
use pyo3::prelude::*;

/// `value` as Python's `repr()` writes it.
pub(crate) fn py_repr<'py, T>(py: Python<'py>, value: T) -> PyResult<String>
where
    T: IntoPyObject<'py>,
{
    let object = value.into_pyobject(py).map_err(Into::into)?;
    Ok(object.into_bound().into_any().repr()?.to_string())
}
