use proptest::prelude::*;

use super::*;

/// A `generate --json` view with a value in every placeholder's field.
fn made(user_id: &str, payload: Option<&'static str>) -> Generated<'static> {
    Generated {
        token: "04AAAAAGsM5CwADGpW0fpY2dHh",
        mode: "gcm",
        app_id: 1_234_567_890,
        user_id: Box::leak(user_id.to_owned().into_boxed_str()),
        nonce: -42,
        ctime: 1_796_040_000,
        expire: 1_796_043_600,
        payload,
        privilege: None,
        version: "04",
        kit: None,
    }
}

fn rendered(template: &str, view: &Generated<'_>) -> String {
    parse(template)
        .map(|t| t.render(view, false))
        .unwrap_or_else(|e| format!("error: {e}"))
}

#[test]
fn every_placeholder_is_a_json_field_with_its_value() {
    for payload in [Some("{\"room_id\":\"r1\"}"), None] {
        let view = made("demo", payload);
        let json = serde_json::to_value(&view).unwrap_or_default();
        for (name, _) in FIELDS {
            let expected = match &json[name] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Number(n) => n.to_string(),
                other => panic!("{name} is not a scalar in --json: {other}"),
            };
            assert_eq!(rendered(&format!("{{{name}}}"), &view), expected, "{name}");
        }
    }
}

#[test]
fn braces_double_and_escapes_are_read() {
    let view = made("demo", None);
    assert_eq!(
        rendered("{{{user_id}}}\\t{expire}\\n\\\\", &view),
        "{demo}\t1796043600\n\\"
    );
    assert_eq!(
        rendered("{token} {expire}", &view),
        "04AAAAAGsM5CwADGpW0fpY2dHh 1796043600"
    );
    assert_eq!(rendered("", &view), "");
}

#[test]
fn mistakes_are_named() {
    assert_eq!(
        parse("{secret}"),
        Err(TemplateError::UnknownPlaceholder("secret".to_owned()))
    );
    assert_eq!(
        parse("{token}{server_secret}"),
        Err(TemplateError::UnknownPlaceholder(
            "server_secret".to_owned()
        ))
    );
    assert_eq!(
        parse("{}"),
        Err(TemplateError::UnknownPlaceholder(String::new()))
    );
    assert_eq!(
        parse("{ token }"),
        Err(TemplateError::UnknownPlaceholder(" token ".to_owned()))
    );
    assert_eq!(parse("{token"), Err(TemplateError::Unclosed));
    assert_eq!(parse("a}b"), Err(TemplateError::StrayClose));
    assert_eq!(
        parse("\\r"),
        Err(TemplateError::UnknownEscape("\\r".to_owned()))
    );
    assert!(matches!(parse("x\\"), Err(TemplateError::UnknownEscape(_))));
    let hint = TemplateError::UnknownPlaceholder("secret".to_owned()).hint();
    for (name, _) in FIELDS {
        assert!(hint.contains(&format!("{{{name}}}")), "{hint}");
    }
}

#[test]
fn values_are_escaped_on_a_terminal_only() {
    let view = made("a\u{1b}[2Jb", None);
    let template = parse("{user_id}\\t").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(template.render(&view, false), "a\u{1b}[2Jb\t");
    // The template's own tab stays a tab; the value's escape is shown.
    assert_eq!(template.render(&view, true), "a\\u{1b}[2Jb\t");
}

proptest! {
    #[test]
    fn text_without_braces_or_backslashes_passes_through(text in "[^{}\\\\]*") {
        prop_assert_eq!(rendered(&text, &made("demo", None)), text);
    }

    #[test]
    fn any_text_written_with_doubled_braces_and_backslashes_is_itself(text in ".*") {
        let written = text.replace('\\', "\\\\").replace('{', "{{").replace('}', "}}");
        prop_assert_eq!(rendered(&written, &made("demo", None)), text);
    }
}
