//! The windows on two real monitors: a virtual X display with two heads
//! (Xorg's dummy driver, see tests/display/README.md), the app as built,
//! and the window manager's own account of where each window is.
//!
//! It needs Xorg with the dummy driver, openbox, xrandr, xdpyinfo, xprop,
//! xdotool and Mesa, which `.ci/run` installs. Where they are missing the
//! test fails under `CI=true`, and elsewhere says loudly that it was skipped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOOLS: [&str; 6] = ["Xorg", "openbox", "xrandr", "xdpyinfo", "xprop", "xdotool"];

fn have(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
}

fn dummy_driver_installed() -> bool {
    ["/usr/lib/xorg/modules/drivers/dummy_drv.so"]
        .iter()
        .any(|path| Path::new(path).exists())
}

/// Whether the display can be made here; under CI it must be.
fn can_run() -> bool {
    let missing: Vec<&str> = TOOLS.iter().copied().filter(|tool| !have(tool)).collect();
    if missing.is_empty() && dummy_driver_installed() {
        return true;
    }
    let why = format!(
        "missing {missing:?}{}",
        if dummy_driver_installed() {
            ""
        } else {
            " and Xorg's dummy driver"
        }
    );
    if std::env::var_os("CI").is_some() {
        panic!("the two-monitor test cannot run under CI: {why}; .ci/run installs them");
    }
    eprintln!("\n*** SKIPPED the two-monitor test: {why} (see tests/display/README.md) ***\n");
    false
}

/// A two-monitor X display for the length of a test.
struct DualDisplay {
    name: String,
}

impl DualDisplay {
    fn start() -> Self {
        // Tests run in parallel: each starts its search at a number of its
        // own, so two never take the same free display.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let first = 40 + 5 * NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let number = (first..first + 50)
            .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
            .expect("a free display number");
        let name = format!(":{number}");
        let status = Command::new("sh")
            .arg(scripts().join("start-dual-x.sh"))
            .arg(&name)
            .stdout(Stdio::null())
            .status()
            .expect("the display script runs");
        assert!(status.success(), "the two-monitor display started");
        Self { name }
    }
}

impl Drop for DualDisplay {
    fn drop(&mut self) {
        let _ = Command::new("sh")
            .arg(scripts().join("stop-dual-x.sh"))
            .arg(&self.name)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

fn scripts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/display")
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Gives the window titled `title` the keyboard, as a click on it would.
fn activate(display: &str, title: &str) {
    xdotool(
        display,
        &[
            "search",
            "--onlyvisible",
            "--name",
            title,
            "windowactivate",
            "--sync",
        ],
    );
}

/// Where the window titled `title` is and how big: x, y, width, height.
fn geometry(display: &str, title: &str) -> Option<(i32, i32, i32, i32)> {
    let id = xdotool(display, &["search", "--onlyvisible", "--name", title]);
    let id = id.lines().next()?.trim().to_string();
    let shape = xdotool(display, &["getwindowgeometry", "--shell", &id]);
    let value = |key: &str| -> Option<i32> {
        shape
            .lines()
            .find_map(|line| line.strip_prefix(key))
            .and_then(|value| value.trim().parse().ok())
    };
    Some((
        value("X=")?,
        value("Y=")?,
        value("WIDTH=")?,
        value("HEIGHT=")?,
    ))
}

/// Waits until the window titled `title` has the geometry `wanted` says.
fn wait_for(
    display: &str,
    title: &str,
    wanted: impl Fn((i32, i32, i32, i32)) -> bool,
) -> (i32, i32, i32, i32) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut last = None;
    while Instant::now() < deadline {
        last = geometry(display, title);
        if last.is_some_and(&wanted) {
            return last.unwrap_or_default();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the {title} window never got where it should be; last seen at {last:?}");
}

/// The app as built, with `args`, on `display`, its files under `scratch`.
fn start_app(display: &DualDisplay, scratch: &Path, args: &[&str], stdout: Stdio) -> Child {
    Command::new(env!("CARGO_BIN_EXE_one-on-one"))
        .args(args)
        .env("LC_ALL", "C.UTF-8")
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_DATA_HOME", scratch.join("data"))
        .env("XDG_CONFIG_HOME", scratch.join("config"))
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .expect("the app starts")
}

struct App(Child);

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_room_opens_fullscreen_on_the_projector_and_p_moves_it() {
    if !can_run() {
        return;
    }
    let display = DualDisplay::start();
    let scratch = std::env::temp_dir().join(format!("one-on-one-monitors-{}", std::process::id()));
    let app = App(start_app(&display, &scratch, &[], Stdio::null()));
    // DUMMY0, the laptop, is 1920x1080 at the origin and primary; DUMMY1,
    // the projector, is 1280x800 to its right.
    let room = wait_for(&display.name, "· room", |(x, y, w, h)| {
        (x, y, w, h) == (1920, 0, 1280, 800)
    });
    assert_eq!(room, (1920, 0, 1280, 800), "fullscreen on the projector");
    let (x, y, w, h) = wait_for(&display.name, "· console", |_| true);
    assert!(
        x >= 0 && x + w <= 1920 && y >= 0 && y + h <= 1080,
        "the console on the laptop: {:?}",
        (x, y, w, h)
    );

    // P in the console sends the room round to the next screen: the laptop's.
    activate(&display.name, "· console");
    xdotool(&display.name, &["key", "p"]);
    wait_for(&display.name, "· room", |geometry| {
        geometry == (0, 0, 1920, 1080)
    });
    drop(app);
    let _ = std::fs::remove_dir_all(scratch);
}

/// The app as a trainer starts it with `--share`: one `room: http://…/`
/// line on stdout, the page at that address, and S closing it again.
#[test]
fn share_prints_the_rooms_address_and_s_stops_serving_it() {
    use std::io::{BufRead, BufReader, Read, Write};

    if !can_run() {
        return;
    }
    let display = DualDisplay::start();
    let scratch = std::env::temp_dir().join(format!("one-on-one-share-{}", std::process::id()));
    let mut child = start_app(
        &display,
        &scratch,
        &["--share", "127.0.0.1:0"],
        Stdio::piped(),
    );
    let stdout = child.stdout.take().expect("stdout is piped");
    let app = App(child);
    let (lines, printed) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let line = printed
        .recv_timeout(Duration::from_secs(30))
        .expect("a line on stdout when sharing starts");
    let address = line
        .strip_prefix("room: http://")
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or_else(|| panic!("exactly `room: http://ADDR:PORT/`, not {line:?}"));
    let address: std::net::SocketAddr = address.parse().expect("ADDR:PORT");
    assert_eq!(address.ip().to_string(), "127.0.0.1");

    let get = |path: &str| -> String {
        let mut stream = std::net::TcpStream::connect(address).expect("the page's server");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        reply
    };
    assert!(get("/").starts_with("HTTP/1.1 200"));
    assert!(get("/api/room").contains("\"title\":\"Gather your team\""));

    // S on the console stops sharing: nothing listens any more.
    wait_for(&display.name, "· console", |_| true);
    activate(&display.name, "· console");
    xdotool(&display.name, &["key", "s"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(address).is_ok() {
        assert!(Instant::now() < deadline, "the port closes after S");
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(app);
    let _ = std::fs::remove_dir_all(scratch);
}
