//! Reading a secret file (`-`: stdin), as every secret's chain does.

use std::io::Read as _;
use std::path::Path;

use anyhow::Context as _;
use zeroize::Zeroizing;

use crate::exit::UserError;
use crate::views::render;

/// The most read of a secret file: a secret is a line; a CallbackSecret
/// or a CDN key at most 1 KiB.
const MAX_SECRET_FILE: u64 = 4096;

/// The bytes of a secret file (`-`: stdin), with a warning when others
/// may read it.
pub(crate) fn read_secret_file(path: &Path) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    // One byte past the most kept, so that more is seen and refused, not
    // cut to a secret that was never written (`/dev/zero`).
    let limit = MAX_SECRET_FILE + 1;
    let place = if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read the secret from stdin")?;
        "stdin".to_owned()
    } else {
        let shown = render::path(path);
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot read the secret file {shown}"))?;
        warn_if_shared(path, &file);
        file.take(limit)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read the secret file {shown}"))?;
        format!("the secret file {shown}")
    };
    if bytes.len() as u64 > MAX_SECRET_FILE {
        return Err(UserError::usage(format!(
            "{place} holds over {} KiB: that is no secret",
            MAX_SECRET_FILE / 1024
        ))
        .hint("give the file that holds only the secret")
        .into());
    }
    Ok(bytes)
}

/// Warns, as ssh does for keys, when other users may read the secret file.
#[cfg(unix)]
fn warn_if_shared(path: &Path, file: &std::fs::File) {
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    let Ok(meta) = file.metadata() else { return };
    let mode = meta.permissions().mode() & 0o777;
    if meta.is_file() && mode & 0o077 != 0 {
        let _ = writeln!(
            std::io::stderr(),
            "zego-token: warning: the secret file {} is accessible by other users (mode {mode:03o}); run: chmod 600 {}",
            render::path(path),
            render::path(path)
        );
    }
}

#[cfg(not(unix))]
fn warn_if_shared(_: &Path, _: &std::fs::File) {}

/// Drops one trailing line ending, as editors and `echo` leave one.
pub(crate) fn trim_newline(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_trimming() {
        assert_eq!(trim_newline(b"abc\n"), b"abc");
        assert_eq!(trim_newline(b"abc\r\n"), b"abc");
        assert_eq!(trim_newline(b"abc"), b"abc");
        assert_eq!(trim_newline(b"abc\n\n"), b"abc\n");
    }
}
