//! A real browser for the phone page's tests: Debian's Chromium, headless,
//! driven through chromedriver's WebDriver protocol by a small client over
//! a TCP stream. One browser runs at a time, so that the timings a test
//! measures are not another test's load.
#![allow(dead_code)] // each test file uses its own part of the helper

pub mod http;
pub mod room;
pub mod sheet;

use std::io::Write as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// A phone's viewport, an iPhone 12 to 15's CSS pixels.
pub const PHONE_SIZE: (u32, u32) = (390, 844);
/// How WebDriver names an element in JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long one WebDriver command may take; starting Chromium is the longest.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A headless Chromium with a fresh profile, closed with everything it
/// started when dropped, also when a test panics.
pub struct Browser {
    driver: Child,
    address: SocketAddr,
    session: String,
    profile: PathBuf,
    /// Whether the profile outlives the browser: a test's own folder.
    keeps_profile: bool,
    /// Whether its processes were ended already.
    ended: bool,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts Chromium at a phone's size, or returns `None` (having said
    /// so loudly) when it is not installed. On CI a missing browser fails.
    pub fn launch() -> Option<Self> {
        Self::launch_on(None)
    }

    /// Starts Chromium on the profile in `folder`, which it leaves there
    /// when it ends, as a phone keeps its browser's storage.
    pub fn launch_on_profile(folder: &Path) -> Option<Self> {
        Self::launch_on(Some(folder.to_path_buf()))
    }

    fn launch_on(kept_profile: Option<PathBuf>) -> Option<Self> {
        let missing: Vec<&str> = [CHROMEDRIVER, CHROMIUM]
            .into_iter()
            .filter(|path| !Path::new(path).exists())
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "{} not found (install chromium chromium-driver)",
                missing.join(" and ")
            );
            if std::env::var("CI").is_ok_and(|ci| ci == "true") {
                panic!("the phone page's browser tests need a browser: {message}");
            }
            // Straight to the process's stderr: the test harness captures
            // eprintln!, and a skip must not pass unseen.
            let _ = writeln!(
                std::io::stderr(),
                "\n*** SKIPPED: the phone page's browser tests: {message} ***\n"
            );
            return None;
        }
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
        let port = free_port();
        let keeps_profile = kept_profile.is_some();
        let profile = kept_profile.unwrap_or_else(|| {
            std::env::temp_dir().join(format!("one-on-one-chromium-{}-{port}", std::process::id()))
        });
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so that dropping the browser ends
            // chromedriver and every Chromium process it started.
            .process_group(0)
            .spawn()
            .expect("chromedriver starts");
        let mut browser = Self {
            driver,
            address: SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            session: String::new(),
            profile,
            keeps_profile,
            ended: false,
            _turn: turn,
        };
        browser.wait_for_driver();
        browser.session = browser.new_session();
        Some(browser)
    }

    fn wait_for_driver(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let ready = http::request(self.address, "GET", "/status", None, Duration::from_secs(2))
                .ok()
                .and_then(|response| serde_json::from_slice::<Value>(&response.body).ok())
                .is_some_and(|status| status["value"]["ready"] == json!(true));
            if ready {
                return;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn new_session(&self) -> String {
        let (width, height) = PHONE_SIZE;
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", self.profile.display()),
        ];
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": CHROMIUM,
                        "args": args,
                        // The window keeps a desktop's least width and its
                        // own frame; a phone's viewport needs emulating.
                        "mobileEmulation": {
                            "deviceMetrics": {
                                "width": width,
                                "height": height,
                                "pixelRatio": 1.0,
                                "touch": true,
                                "mobile": true,
                            }
                        },
                    },
                    "goog:loggingPrefs": { "browser": "ALL" },
                }
            }
        });
        let answer = self.command("POST", "/session", Some(capabilities));
        answer["sessionId"]
            .as_str()
            .expect("a new session has an id")
            .to_string()
    }

    /// Sends a WebDriver command and returns its `value`; panics with the
    /// driver's message when it fails.
    fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|body| body.to_string());
        let response = http::request(self.address, method, path, body.as_deref(), COMMAND_TIMEOUT)
            .unwrap_or_else(|error| panic!("WebDriver {method} {path}: {error}"));
        let answer: Value = serde_json::from_slice(&response.body).unwrap_or_else(|error| {
            panic!(
                "WebDriver {method} {path} answered {}: {error}: {}",
                response.status,
                response.text()
            )
        });
        assert!(
            response.status == 200,
            "WebDriver {method} {path} failed ({}): {}",
            response.status,
            answer["value"]
        );
        answer["value"].clone()
    }

    fn session_command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        self.command(method, &path, body)
    }

    /// Opens `url` and waits for the page to load.
    pub fn open(&self, url: &str) {
        self.session_command("POST", "/url", Some(json!({ "url": url })));
    }

    /// Opens a new tab and makes it the one commands go to; returns the
    /// tab it left, for [`Browser::switch_to`].
    pub fn new_tab(&self) -> String {
        let left = self.session_command("GET", "/window", None);
        let opened = self.session_command("POST", "/window/new", Some(json!({ "type": "tab" })));
        let handle = opened["handle"].as_str().expect("a new tab has a handle");
        self.switch_to(handle);
        left.as_str().expect("a tab has a handle").to_string()
    }

    /// Makes the tab `handle` the one commands go to.
    pub fn switch_to(&self, handle: &str) {
        self.session_command("POST", "/window", Some(json!({ "handle": handle })));
    }

    /// Reloads the page.
    pub fn reload(&self) {
        self.session_command("POST", "/refresh", Some(json!({})));
    }

    /// Runs `script` as a function body in the page and returns what it
    /// returns.
    pub fn run(&self, script: &str) -> Value {
        self.run_with(script, json!([]))
    }

    /// Runs `script` with `arguments`.
    pub fn run_with(&self, script: &str, arguments: Value) -> Value {
        self.session_command(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": arguments })),
        )
    }

    /// The element `css` selects; panics if there is none.
    fn element(&self, css: &str) -> String {
        let found = self.session_command(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {found}"))
            .to_string()
    }

    /// The text a person sees in `css`: empty while it is hidden.
    pub fn text(&self, css: &str) -> String {
        let element = self.element(css);
        self.session_command("GET", &format!("/element/{element}/text"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Whether `css` is on screen.
    pub fn is_shown(&self, css: &str) -> bool {
        let element = self.element(css);
        self.session_command("GET", &format!("/element/{element}/displayed"), None) == json!(true)
    }

    /// Taps `css` as a person would: the browser checks it is visible and
    /// not covered, and the tap counts as a user gesture.
    pub fn click(&self, css: &str) {
        let element = self.element(css);
        self.session_command(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    /// Types `text` into `css` after clearing it.
    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.element(css);
        self.session_command(
            "POST",
            &format!("/element/{element}/clear"),
            Some(json!({})),
        );
        self.session_command(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver, for
    /// what WebDriver has no command for: downloads, the time zone, a
    /// wider screen.
    pub fn devtools(&self, command: &str, params: Value) -> Value {
        self.session_command(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": command, "params": params })),
        )
    }

    /// Saves what the page downloads into `folder`, without asking.
    pub fn download_to(&self, folder: &Path) {
        self.devtools(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": folder.display().to_string() }),
        );
    }

    /// Runs the page's clock in the IANA time zone `zone`, e.g. `Europe/Paris`.
    pub fn set_time_zone(&self, zone: &str) {
        self.devtools(
            "Emulation.setTimezoneOverride",
            json!({ "timezoneId": zone }),
        );
    }

    /// Shows the page on a screen of `width` x `height` CSS pixels: a
    /// laptop's, say, where the phone's is emulated.
    pub fn set_screen(&self, (width, height): (u32, u32), mobile: bool) {
        self.devtools(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1.0, "mobile": mobile }),
        );
    }

    /// Types `text` over what `css` holds, selecting it all first (Ctrl+A)
    /// as a person does, so the field never stands empty or loses focus.
    pub fn type_over(&self, css: &str, text: &str) {
        const CONTROL: char = '\u{E009}';
        const RELEASE: char = '\u{E000}';
        let element = self.element(css);
        self.session_command(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": format!("{CONTROL}a{RELEASE}{text}") })),
        );
    }

    /// Puts `text` into `css` after clearing it, as a phone's keyboard
    /// commits a word, an emoji or a paste: one `input` event for it all.
    /// chromedriver types only characters of the Basic Multilingual Plane
    /// as keys, so emoji and flags come this way.
    pub fn insert_into(&self, css: &str, text: &str) {
        let element = self.element(css);
        self.session_command(
            "POST",
            &format!("/element/{element}/clear"),
            Some(json!({})),
        );
        self.session_command(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
        self.devtools("Input.insertText", json!({ "text": text }));
    }

    /// The page as a PNG.
    pub fn screenshot(&self) -> Vec<u8> {
        let encoded = self.session_command("GET", "/screenshot", None);
        base64_decode(encoded.as_str().expect("a screenshot is base64 text"))
    }

    /// What the page wrote to the console: errors, policy violations.
    pub fn console(&self) -> Vec<String> {
        self.session_command("POST", "/se/log", Some(json!({ "type": "browser" })))
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|entry| format!("{} {}", entry["level"], entry["message"]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Polls `probe` until it gives a value or `timeout` passes; panics
    /// with `what` and the last state of the page.
    pub fn wait_for<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut probe: impl FnMut(&Self) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(value) = probe(self) {
                return value;
            }
            if Instant::now() > deadline {
                let state = self.run("return window.oneOnOne && window.oneOnOne.state()");
                panic!("waited {timeout:?} for {what}; the page's state: {state}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until `css` shows exactly `text`.
    pub fn wait_for_text(&self, css: &str, text: &str, timeout: Duration) {
        self.wait_for(&format!("{css} to read {text:?}"), timeout, |browser| {
            (browser.text(css) == text).then_some(())
        });
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Chromium first, politely; then whatever is left of the group.
        if !self.session.is_empty() {
            let path = format!("/session/{}", self.session);
            let _ = http::request(self.address, "DELETE", &path, None, Duration::from_secs(5));
        }
        self.kill_group();
        if !self.keeps_profile {
            let _ = std::fs::remove_dir_all(&self.profile);
        }
    }
}

impl Browser {
    /// Ends Chromium at once, as a phone's system kills a browser to free
    /// memory: SIGKILL, no goodbye, its profile left as it was on disk.
    pub fn kill(mut self) {
        self.kill_group();
        self.session.clear();
    }

    fn kill_group(&mut self) {
        if std::mem::replace(&mut self.ended, true) {
            return;
        }
        let group = i32::try_from(self.driver.id()).unwrap_or(0);
        if group > 0 {
            // SAFETY: kill only sends a signal to the process group this
            // browser started; it touches no memory.
            unsafe {
                libc::kill(-group, libc::SIGKILL);
            }
        }
        let _ = self.driver.wait();
    }
}

/// A port nobody listens on now, for chromedriver.
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port on localhost")
}

/// Standard base64, as WebDriver sends screenshots.
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |byte: u8| match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let sextets: Vec<u8> = text.bytes().filter_map(value).collect();
    let mut bytes = Vec::with_capacity(sextets.len() * 3 / 4);
    for group in sextets.chunks(4) {
        let bits = group.iter().enumerate().fold(0u32, |bits, (i, &sextet)| {
            bits | u32::from(sextet) << (18 - 6 * i)
        });
        let [_, a, b, c] = bits.to_be_bytes();
        bytes.extend_from_slice(&[a, b, c][..group.len().saturating_sub(1)]);
    }
    bytes
}
