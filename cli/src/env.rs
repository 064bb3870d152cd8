//! The environment variables the tool reads, named once. A leaf: the
//! arguments (`args`), the settings and the commands all name them, and
//! none of those should have to import another for a string.

/// Environment variable holding the ServerSecret.
pub(crate) const SECRET_ENV: &str = "ZEGO_SERVER_SECRET";
/// Environment variable holding the AppSign (decode and verify only).
pub(crate) const APP_SIGN_ENV: &str = "ZEGO_APP_SIGN";
/// Environment variable holding the AppID.
pub(crate) const APP_ID_ENV: &str = "ZEGO_APP_ID";
/// Environment variable holding the access key of `serve`.
pub(crate) const ACCESS_KEY_ENV: &str = "ZEGO_TOKEN_ACCESS_KEY";
/// Environment variable holding the CallbackSecret.
pub(crate) const CALLBACK_SECRET_ENV: &str = "ZEGO_CALLBACK_SECRET";
/// Environment variable holding the CDN key.
pub(crate) const CDN_KEY_ENV: &str = "ZEGO_CDN_KEY";
/// Environment variable naming the config file, instead of the one in the
/// platform's config directory.
pub(crate) const CONFIG_ENV: &str = "ZEGO_TOKEN_CONFIG";
/// Environment variable naming the profile when `--profile` is not given.
pub(crate) const PROFILE_ENV: &str = "ZEGO_PROFILE";
