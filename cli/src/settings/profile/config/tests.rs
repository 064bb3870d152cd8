//! Reading config files: every key, and errors that name the line.

use super::*;

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";

fn parse(text: &str) -> Result<Config, String> {
    Config::parse(Path::new("/cfg/config.toml"), text).map_err(|e| e.message)
}

#[test]
fn reads_every_key() {
    let config = parse(&format!(
        "default = \"dev\"\n\n[profiles.dev]\napp_id = 1\nsecret_file = \"dev.secret\"\n\
         effective_time = \"2h\"\nmode = \"cbc\"\n\n[profiles.prod]\napp_id = 2\nsecret = \"{SECRET}\"\n\
         effective_time = 600\n\n[profiles.bare]\napp_id = 3\n"
    ))
    .expect("valid");
    assert_eq!(config.default.as_deref(), Some("dev"));
    let dev = &config.profiles["dev"];
    assert_eq!(dev.app_id, 1);
    assert!(matches!(&dev.secret, SecretSource::File(p) if p == Path::new("/cfg/dev.secret")));
    assert_eq!(dev.effective_time.as_deref(), Some("2h"));
    assert_eq!(dev.mode, Some(Mode::Cbc));
    let prod = &config.profiles["prod"];
    assert!(matches!(prod.secret, SecretSource::Stored(_)));
    assert_eq!(prod.effective_time.as_deref(), Some("600"));
    assert!(matches!(config.profiles["bare"].secret, SecretSource::None));
}

#[test]
fn errors_name_the_line_and_never_the_secret() {
    let cases = [
        (
            "[profiles.a]\napp_id = 1\nmode = \"ecb\"\n",
            "/cfg/config.toml:3:",
        ),
        ("[profiles.a]\napp_id = 0\n", "/cfg/config.toml:2:"),
        (
            "[profiles.a]\napp_id = 1\nsecrte = \"x\"\n",
            "/cfg/config.toml:3:",
        ),
        ("[profiles.a]\napp_id = 1\neffective_time = \"5x\"\n", ":3:"),
        ("[profiles.a]\napp_id = 1\neffective_time = 0\n", ":3:"),
        (
            "[profiles.a]\napp_id = 1\nsecret = \"tooshortsecret\"\n",
            ":3:",
        ),
        ("[profiles.a]\napp_id = = 1\n", ":2:"),
        ("\n\n[profiles.a]\nsecret_file = \"f\"\n", ":3:"),
    ];
    for (text, place) in cases {
        let error = parse(text).expect_err(text);
        assert!(error.contains(place), "{text:?}: {error}");
        assert!(!error.contains("tooshortsecret"), "{error}");
    }
    let both = format!("[profiles.a]\napp_id = 1\nsecret = \"{SECRET}\"\nsecret_file = \"f\"\n");
    let error = parse(&both).expect_err("both");
    assert!(error.contains("not both"), "{error}");
    assert!(!error.contains(SECRET), "{error}");
}

#[test]
fn errors_name_the_key_and_line_but_never_the_value() {
    let cases = [
        ("callback_secret = 314159", "callback_secret", "314159"),
        ("secret = 31415926535897", "secret", "31415926535897"),
        (&format!("mode = \"{SECRET}\""), "mode", SECRET),
        (
            &format!("effective_time = \"{SECRET}\""),
            "effective_time",
            SECRET,
        ),
        ("callback_secret = 3.14159", "callback_secret", "3.14159"),
        ("callback_secret = true", "callback_secret", "true"),
    ];
    for (line, key, value) in cases {
        let text = format!("[profiles.a]\napp_id = 1\n{line}\n");
        let error = parse(&text).expect_err(line);
        assert!(error.contains(":3:"), "{line}: {error}");
        assert!(error.contains(key), "{line}: {error}");
        assert!(!error.contains(value), "{line}: {error}");
    }
    let text = format!("[profiles.a]\napp_id = \"{SECRET}\"\n");
    let error = parse(&text).expect_err("a string AppID");
    assert!(error.contains(":2:") && error.contains("app_id"), "{error}");
    assert!(!error.contains(SECRET), "{error}");
}

#[test]
fn paths_resolve_against_home_and_the_config_directory() {
    let base = Path::new("/cfg");
    assert_eq!(resolve(Path::new("/abs/s"), base), Path::new("/abs/s"));
    assert_eq!(resolve(Path::new("rel/s"), base), Path::new("/cfg/rel/s"));
    if let Some(home) = dirs::home_dir() {
        assert_eq!(resolve(Path::new("~/s"), base), home.join("s"));
    }
}
