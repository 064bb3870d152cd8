//! The Token Assistant page in a real browser: headless Chromium, driven
//! over the DevTools protocol with real mouse clicks and typing, against
//! `zego-token serve` on an ephemeral loopback port.
//!
//! Skipped (with a note on stderr) when no Chromium is installed, unless
//! `ZEGO_TEST_BROWSER=required`, as `.ci/run` sets when it installed one.
//! `ZEGO_TEST_CHROMIUM` names the browser binary; else `chromium`,
//! `chromium-browser` or `google-chrome` on PATH. Screenshots of both
//! panels go to the target directory's tmp folder.
#![allow(clippy::unwrap_used, clippy::print_stderr)]

mod support;

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use support::SECRET;
use support::server::Server;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};
use zego_token::format::{Claims, Iv, encode, payload_privilege, split_kit};
use zego_token::{Kit, Mode, Secret, unchecked};

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ZEGO_TEST_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

/// A headless Chromium with one page, driven over the DevTools protocol.
struct Browser {
    child: Child,
    profile: PathBuf,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
}

impl Browser {
    fn launch(binary: &Path, url: &str) -> Browser {
        let profile = std::env::temp_dir().join(format!(
            "zego-token-chromium-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        let mut child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "--window-size=1280,1000",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        // Chromium prints its DevTools address on stderr; keep draining it.
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("ws://") {
                    let _ = tx.send(line[at..].trim().to_owned());
                }
            }
        });
        let ws_url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                panic!("chromium printed no DevTools address");
            }
        };
        let (socket, _) = tungstenite::connect(ws_url.as_str()).expect("DevTools connects");
        if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream
                .set_read_timeout(Some(Duration::from_secs(30)))
                .unwrap();
        }
        let mut browser = Browser {
            child,
            profile,
            socket,
            session: String::new(),
            next_id: 0,
        };
        let target = browser.call("Target.createTarget", json!({ "url": "about:blank" }));
        let target_id = target["targetId"].as_str().unwrap().to_owned();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": target_id, "flatten": true }),
        );
        browser.session = attached["sessionId"].as_str().unwrap().to_owned();
        browser.call("Page.enable", json!({}));
        browser.call("Page.navigate", json!({ "url": url }));
        browser
    }

    /// One DevTools command on the page's session; its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::Text(message.to_string().into()))
            .unwrap();
        loop {
            let Message::Text(text) = self.socket.read().expect("DevTools answers") else {
                continue;
            };
            let reply: Value = serde_json::from_str(text.as_str()).unwrap();
            if reply["id"] == id {
                assert!(reply.get("error").is_none(), "{method}: {reply}");
                return reply["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript in the page; its value.
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    fn wait_for(&mut self, expression: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.eval(expression) != json!(true) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {expression}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A real mouse click in the middle of the element.
    fn click(&mut self, selector: &str) {
        let at = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); \
             e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); \
             return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ));
        let (x, y) = (at[0].as_f64().unwrap(), at[1].as_f64().unwrap());
        self.call(
            "Input.dispatchMouseEvent",
            json!({ "type": "mouseMoved", "x": x, "y": y }),
        );
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
            );
        }
    }

    fn key(&mut self, key: &str, code: &str, vk: u32, modifiers: u32, text: &str) {
        for kind in ["keyDown", "keyUp"] {
            let mut event = json!({
                "type": kind, "key": key, "code": code, "modifiers": modifiers,
                "windowsVirtualKeyCode": vk,
            });
            if kind == "keyDown" && !text.is_empty() {
                event["text"] = json!(text);
            }
            self.call("Input.dispatchKeyEvent", event);
        }
    }

    /// Clicks the field, selects what is in it, and types `text` over it.
    fn fill(&mut self, selector: &str, text: &str) {
        self.click(selector);
        self.key("a", "KeyA", 65, 2, ""); // Ctrl+A
        if text.is_empty() {
            self.key("Backspace", "Backspace", 8, 0, "");
        } else {
            self.call("Input.insertText", json!({ "text": text }));
        }
    }

    fn text(&mut self, selector: &str) -> String {
        let value = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); \
             return e ? (e.value !== undefined && e.tagName !== 'LI' ? e.value : e.innerText) : null; }})()"
        ));
        value.as_str().unwrap_or_default().to_owned()
    }

    fn screenshot(&mut self, name: &str) {
        let shot = self.call("Page.captureScreenshot", json!({ "format": "png" }));
        let png = STANDARD.decode(shot["data"].as_str().unwrap()).unwrap();
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.session.clear();
        let _ = self.socket.send(Message::Text(
            json!({"id": 0, "method": "Browser.close"})
                .to_string()
                .into(),
        ));
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// The browser to drive, or `None` (with a note) to skip the test.
fn chromium_or_skip() -> Option<PathBuf> {
    let required = std::env::var("ZEGO_TEST_BROWSER").is_ok_and(|v| v == "required");
    let chromium = find_chromium();
    if chromium.is_none() {
        assert!(
            !required,
            "ZEGO_TEST_BROWSER=required but no chromium was found"
        );
        eprintln!("browser test skipped: no chromium on PATH (set ZEGO_TEST_CHROMIUM)");
    }
    chromium
}

#[test]
fn the_token_assistant_in_headless_chromium() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let server = Server::start(&["--app-id", "7", "--secret", SECRET], &[]);
    let mut browser = Browser::launch(&chromium, &server.url("/"));
    browser.wait_for("document.body && document.body.dataset.ready === '1'");
    assert_eq!(browser.text("#gen-app_id"), "7");

    // Generate: fill the form with the mouse and keyboard, click, read.
    browser.fill("#gen-user_id", "alice");
    browser.fill("#gen-effective_time", "30m");
    browser.click("input[name=kind][value=room]");
    browser.fill("#gen-room_id", "r1");
    browser.click("#gen-publish"); // allowed by default: now denied
    browser.fill("#gen-stream_id", "s1, s2");
    browser.click("#gen-submit");
    browser.wait_for("document.getElementById('gen-token').value.length > 20");
    let token = browser.text("#gen-token");
    let secret = Secret::new(SECRET).unwrap();
    let (_, claims) = unchecked::open(&token, &secret).expect("the page's token opens");
    let claims = claims.into_v04().expect("a Token04");
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(claims.expire - claims.ctime, 1800);
    let privilege = payload_privilege(&claims.payload).unwrap().unwrap();
    assert_eq!(privilege.room_id, "r1");
    assert!(privilege.login && !privilege.publish);
    assert_eq!(
        privilege.stream_ids,
        Some(vec!["s1".to_owned(), "s2".to_owned()])
    );
    let view = browser.text("#gen-view");
    assert!(view.contains("alice") && view.contains("min)"), "{view}");
    assert!(view.contains("onTokenWillExpire"), "{view}");
    browser.screenshot("browser-generate.png");

    // A bad value: the server's error shows next to its field, which gets
    // the focus. Enter in a field submits the form (keyboard use).
    browser.fill("#gen-app_id", "0");
    browser.key("Enter", "Enter", 13, 0, "\r");
    browser.wait_for("document.getElementById('gen-app_id-error').textContent.length > 0");
    let error = browser.text("#gen-app_id-error");
    assert!(error.contains("AppID"), "{error}");
    assert_eq!(
        browser.eval(
            "document.activeElement.id + ' ' + document.activeElement.getAttribute('aria-invalid')"
        ),
        json!("gen-app_id true")
    );

    // Verify the generated token: valid.
    browser.click("#gen-to-verify");
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('verdict').textContent.length > 0");
    let verdict = browser.text("#verdict");
    assert!(verdict.starts_with("✓ valid"), "{verdict}");

    // Paste an expired token: the failure, its explanation and SDK codes.
    let expired = encode(
        &Claims {
            app_id: 7,
            user_id: "bob".into(),
            nonce: 1,
            ctime: 1_700_000_000,
            expire: 1_700_003_600,
            payload: String::new(),
        },
        &secret,
        &Iv::Gcm([3; 12]),
    )
    .unwrap();
    browser.fill("#ver-token", &expired);
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('verdict').textContent.startsWith('✗')");
    let verdict = browser.text("#verdict");
    assert_eq!(verdict, "✗ invalid: 1 check failed");
    let failure = browser.text("#failures li[data-kind=expired]");
    assert!(failure.contains("expired"), "{failure}");
    assert!(failure.contains("ago"), "{failure}");
    assert!(failure.contains("1002078 (token expired)"), "{failure}");
    assert!(failure.contains("ZIM 6000106"), "{failure}");
    assert!(failure.contains("renew"), "{failure}"); // the hint
    let view = browser.text("#ver-view");
    assert!(
        view.contains("bob") && view.contains("authenticated"),
        "{view}"
    );
    browser.screenshot("browser-verify.png");

    // The secret never reaches the page.
    let html = browser.eval("document.documentElement.outerHTML");
    assert!(!html.as_str().unwrap().contains(SECRET));

    // A server with an access key and no secret: a wrong key from the link
    // asks for the right one; then the page says how to add a secret.
    let key = "browser-test-key-0123456789";
    let keyed = Server::start(&["--app-id", "7", "--access-key", key], &[]);
    browser.call(
        "Page.navigate",
        json!({ "url": keyed.url("/#key=wrong-key-0123456789") }),
    );
    browser.wait_for("document.body && document.body.dataset.ready === 'error'");
    assert_eq!(browser.eval("location.hash"), json!(""));
    assert_eq!(
        browser.eval("document.getElementById('access').hidden"),
        json!(false)
    );
    let error = browser.text("#access-key-error");
    assert!(error.contains("wrong"), "{error}");
    browser.fill("#access-key", key);
    browser.key("Enter", "Enter", 13, 0, "\r");
    browser.wait_for("document.body.dataset.ready === '1'");
    assert_eq!(
        browser.eval("document.getElementById('no-secret').hidden"),
        json!(false)
    );
    let notice = browser.text("#no-secret");
    assert!(
        notice.contains("--secret-file") && notice.contains("ZEGO_SERVER_SECRET"),
        "{notice}"
    );
    assert_eq!(
        browser.eval("document.getElementById('gen-submit').disabled"),
        json!(true)
    );
    // Decoding still works: the header of the expired token.
    browser.fill("#ver-token", &expired);
    browser.click("#ver-decode");
    browser.wait_for("document.getElementById('verdict').textContent.length > 0");
    assert_eq!(browser.text("#verdict"), "✓ decoded (header only)");
    browser.screenshot("browser-no-secret.png");
}

#[test]
fn kit_tokens_token03_and_faulty_generators_in_headless_chromium() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    // The vendor's Go Token03 (its nonce past 2^53) and a token whose
    // generator wrote the AppID as a string, all made with one secret.
    let go03 = support::vectors::token03()
        .into_iter()
        .find(|v| v.id == "go-03/basic")
        .unwrap();
    let faulty = support::vectors::faulty()
        .into_iter()
        .find(|v| v.id == "faulty/app-id-string")
        .unwrap();
    assert_eq!(go03.secret, faulty.secret);
    let go03_nonce = go03.claims["nonce"].to_string();
    assert!(go03_nonce.parse::<i64>().unwrap().unsigned_abs() > 1 << 53);
    let server = Server::start(&["--app-id", "7", "--secret", &go03.secret], &[]);
    let secret = Secret::new(&go03.secret).unwrap();
    let mut browser = Browser::launch(&chromium, &server.url("/"));
    browser.wait_for("document.body && document.body.dataset.ready === '1'");
    let shown = |browser: &mut Browser, selector: &str| {
        browser.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); \
             return !!e && !e.closest('[hidden]') && !e.disabled; }})()"
        ))
    };
    // Only a kit token has a user name; Token04 is the default.
    assert_eq!(browser.text("#gen-token_version"), "04");
    assert_eq!(shown(&mut browser, "#gen-user_name"), json!(false));
    assert_eq!(shown(&mut browser, "#gen-room_id"), json!(false));

    // A kit token: check the box, name the user and the kit's room.
    browser.fill("#gen-user_id", "alice");
    browser.click("#gen-kit");
    assert_eq!(shown(&mut browser, "#gen-user_name"), json!(true));
    assert_eq!(shown(&mut browser, "#gen-room_id"), json!(true));
    // A kit token wraps a Token04: Token03 cannot be chosen with it.
    assert_eq!(
        browser.eval("document.querySelector('#gen-token_version option[value=\"03\"]').disabled"),
        json!(true)
    );
    browser.fill("#gen-user_name", "<b>Al</b> ice");
    browser.fill("#gen-room_id", "r1");
    browser.click("#gen-submit");
    browser.wait_for("document.getElementById('gen-token').value.includes('#')");
    let kit_token = browser.text("#gen-token");
    let (inner, suffix) = split_kit(&kit_token);
    let kit = Kit::parse(suffix.unwrap()).expect("the suffix parses");
    assert_eq!(kit.user_id, "alice");
    assert_eq!(kit.room_id.as_deref(), Some("r1"));
    assert_eq!(kit.user_name, "<b>Al</b> ice");
    assert_eq!(kit.app_id, 7);
    let (_, contents) = unchecked::open(inner, &secret).expect("the token inside opens");
    let claims = contents.into_v04().expect("a Token04 inside");
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(claims.payload, "", "no privilege flags: no payload");
    let view = browser.text("#gen-view");
    assert!(view.contains("UIKit kit token"), "{view}");
    assert!(
        view.contains("<b>Al</b> ice"),
        "untrusted text shown as text: {view}"
    );
    assert!(view.contains("Token04") && view.contains("alice"), "{view}");
    assert_eq!(
        browser.eval("document.querySelectorAll('#gen-view b').length"),
        json!(0)
    );
    assert!(
        browser
            .text("#gen-token-help")
            .contains("ZegoUIKitPrebuilt")
    );

    // The kit token verifies as it is, its suffix shown.
    browser.click("#gen-to-verify");
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('verdict').textContent.length > 0");
    let verdict = browser.text("#verdict");
    assert!(
        verdict.starts_with("✓ valid") && verdict.contains("alice in app 7"),
        "{verdict}"
    );
    let view = browser.text("#ver-view");
    assert!(
        view.contains("UIKit kit token") && view.contains("user_name") && view.contains("r1"),
        "{view}"
    );

    // A server error about a kit id lands on its field.
    browser.fill("#gen-room_id", "房间");
    browser.click("#gen-submit");
    browser.wait_for("document.getElementById('gen-room_id-error').textContent.length > 0");
    assert!(browser.text("#gen-room_id-error").contains("U+00FF"));
    assert_eq!(
        browser.eval(
            "document.activeElement.id + ' ' + document.activeElement.getAttribute('aria-invalid')"
        ),
        json!("gen-room_id true")
    );

    // A Token03: no kit, always CBC, a room and privileges, no streams.
    browser.click("#gen-kit");
    browser.eval("document.getElementById('gen-token_version').focus()");
    browser.key("ArrowDown", "ArrowDown", 40, 0, "");
    assert_eq!(browser.text("#gen-token_version"), "03");
    assert_eq!(
        browser.eval(
            "[document.getElementById('gen-kit').disabled, document.getElementById('gen-mode').disabled, \
              document.getElementById('gen-mode').value, \
              document.querySelector('input[name=kind][value=none]').disabled, \
              document.querySelector('input[name=kind][value=room]').checked]"
        ),
        json!([true, true, "cbc", true, true])
    );
    assert_eq!(shown(&mut browser, "#gen-stream_id"), json!(false));
    assert_eq!(shown(&mut browser, "#gen-user_name"), json!(false));
    // Without a room the page says so at the field, before asking the server.
    browser.fill("#gen-room_id", "");
    browser.click("#gen-submit");
    browser
        .wait_for("document.getElementById('gen-room_id-error').textContent.includes('Token03')");
    browser.fill("#gen-room_id", "r3");
    browser.click("#gen-publish"); // now denied
    browser.click("#gen-submit");
    browser.wait_for("document.getElementById('gen-token').value.startsWith('03')");
    let token03 = browser.text("#gen-token");
    let (envelope, contents) =
        unchecked::open(&token03, &secret).expect("the page's Token03 opens");
    assert_eq!(envelope.mode(), Mode::Cbc);
    let claims = contents.as_v03().expect("a Token03");
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(claims.room_id, "r3");
    assert!(claims.privilege.login && !claims.privilege.publish);
    let view = browser.text("#gen-view");
    for expected in [
        "Token03",
        "AES-256-CBC",
        "room_id",
        "r3",
        "create_time",
        "expire_time",
        "room privileges (Token03)",
        "denied",
        // Its 64-bit nonce, to the last digit.
        &claims.nonce.to_string(),
    ] {
        assert!(view.contains(expected), "{expected:?} not in {view}");
    }
    assert!(
        !view.contains("Token04") && !view.contains("streams"),
        "{view}"
    );
    assert!(browser.text("#gen-token-help").is_empty());
    browser.screenshot("browser-token03.png");
    browser.click("#gen-to-verify");
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('ver-view').textContent.includes('Token03')");
    assert!(browser.text("#verdict").starts_with("✓ valid"));

    // The vendor's Go Token03, decoded: its nonce past 2^53 exact.
    browser.fill("#ver-token", &go03.token);
    browser.click("#ver-decode");
    browser.wait_for(&format!(
        "document.getElementById('ver-view').textContent.includes({:?})",
        go03.user_id
    ));
    let view = browser.text("#ver-view");
    assert!(view.contains(&go03_nonce), "{view}");
    assert!(
        view.contains(&go03.room_id)
            && view.contains(&go03.user_id)
            && view.contains("expire_time"),
        "{view}"
    );

    // A faulty generator's token: the claim at fault, and that the secret
    // is right.
    browser.fill("#ver-token", &faulty.token);
    browser.click("#ver-expect summary");
    browser.fill("#ver-now", &faulty.now.to_string());
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('verdict').textContent.includes('claims')");
    assert_eq!(
        browser.text("#verdict"),
        "✗ invalid claims: 1 claim built wrong"
    );
    let opened = browser.text("#ver-opened");
    assert!(
        opened.contains("opened with this ServerSecret") && opened.contains("fix the generator"),
        "{opened}"
    );
    let failure = browser.text(&format!(
        "#failures li[data-kind=invalid_claims][data-field={}]",
        faulty.field
    ));
    assert!(failure.starts_with(&faulty.field), "{failure}");
    assert!(failure.contains("must be a JSON number"), "{failure}");
    assert!(failure.contains(&faulty.sdk_code.to_string()), "{failure}");
    assert!(failure.contains("the secret is right"), "{failure}"); // the hint
    assert!(!failure.contains("untrusted"), "{failure}");
    let view = browser.text("#ver-view");
    assert!(view.contains("GCM tag verified"), "{view}");
    browser.screenshot("browser-faulty.png");

    // A kit suffix for another user: a kit_mismatch failure.
    let bob = Kit::new("bob", Some("r1".into()), "Bob", 7);
    browser.fill("#ver-now", "");
    browser.fill("#ver-token", &bob.wrap(inner).unwrap());
    browser.click("#ver-submit");
    browser.wait_for("document.querySelector('#failures li[data-kind=kit_mismatch]') !== null");
    let failure = browser.text("#failures li[data-kind=kit_mismatch]");
    assert!(
        failure.contains("bob") && failure.contains("1002077"),
        "{failure}"
    );
    assert!(browser.text("#ver-opened").is_empty());
    assert!(browser.text("#ver-view").contains("Bob"));
}

/// `rgb(r, g, b)` as the browser computes a colour, to its WCAG relative
/// luminance.
fn luminance(css: &str) -> f64 {
    let inner = css
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')');
    let channel = |c: f64| {
        let c = c / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let rgb: Vec<f64> = inner
        .split(',')
        .take(3)
        .map(|c| channel(c.trim().parse().unwrap()))
        .collect();
    0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
}

/// The WCAG contrast ratio of two computed colours.
fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Issue #24: the Token03-only help is hidden for a Token04, controls and
/// the focus ring stand out 3:1, relative times round to the nearest unit
/// and the IV is named `iv`.
#[test]
fn the_page_hides_what_does_not_apply_and_its_controls_stand_out() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let server = Server::start(&["--app-id", "7", "--secret", SECRET], &[]);
    let mut browser = Browser::launch(&chromium, &server.url("/"));
    browser.wait_for("document.body && document.body.dataset.ready === '1'");

    // Item 16: a Token03-only line is not shown while Token04 is selected.
    assert_eq!(browser.text("#gen-token_version"), "04");
    let shown = "(() => { const e = document.getElementById('gen-kind-help'); \
                 return getComputedStyle(e).display !== 'none' && e.offsetParent !== null; })()";
    assert_eq!(
        browser.eval(shown),
        json!(false),
        "Token03 help shown for Token04"
    );

    // Item 16: the input border and the focus ring, 3:1 against the panel
    // the input sits on and the page around it.
    browser.click("#gen-user_id");
    let colours = browser.eval(
        "(() => { const e = document.getElementById('gen-user_id'); const s = getComputedStyle(e); \
         return [s.borderTopColor, s.outlineColor, \
                 getComputedStyle(e.closest('.panel')).backgroundColor, \
                 getComputedStyle(document.body).backgroundColor]; })()",
    );
    let [border, ring, panel, page] = [0, 1, 2, 3].map(|i| colours[i].as_str().unwrap().to_owned());
    for (what, colour) in [("input border", &border), ("focus ring", &ring)] {
        for (against, background) in [("panel", &panel), ("page", &page)] {
            let ratio = contrast(colour, background);
            assert!(
                ratio >= 3.0,
                "{what} {colour} on the {against} {background}: {ratio:.2}:1"
            );
        }
    }

    // Item 5: 1 h 40 min left reads "in 2 h" (rounded down it was "1 h");
    // item 6: the envelope's IV is labelled `iv`.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .try_into()
        .unwrap();
    let claims = Claims {
        app_id: 7,
        user_id: "alice".into(),
        nonce: 1,
        ctime: now,
        expire: now + 6000,
        payload: String::new(),
    };
    let token = encode(&claims, &Secret::new(SECRET).unwrap(), &Iv::Gcm([9; 12])).unwrap();
    browser.fill("#ver-token", &token);
    browser.click("#ver-submit");
    browser.wait_for("document.getElementById('ver-view').textContent.includes('alice')");
    let view = browser.text("#ver-view");
    assert!(view.contains("in 2 h"), "{view}");
    assert!(view.contains("090909090909090909090909"), "{view}");
    assert!(
        view.lines().any(|l| l.trim_start().starts_with("iv")),
        "{view}"
    );
}
