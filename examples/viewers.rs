//! A room full of phones, for the sharing bench (benches/share.sh): opens
//! VIEWERS event streams to the app's server and holds them for SECONDS,
//! reading every event as a page would; or, with `ttfb`, times the first
//! byte of the page over many requests.
//!
//!   cargo run --release --example viewers -- ADDR:PORT VIEWERS SECONDS
//!   cargo run --release --example viewers -- ADDR:PORT ttfb [REQUESTS]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: viewers ADDR:PORT VIEWERS SECONDS | viewers ADDR:PORT ttfb [REQUESTS]";
    let address: SocketAddr = args.first().and_then(|a| a.parse().ok()).expect(usage);
    match args.get(1).map(String::as_str) {
        Some("ttfb") => {
            let requests = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(200);
            time_to_first_byte(address, requests);
        }
        Some(count) => {
            let viewers: usize = count.parse().expect(usage);
            let seconds: u64 = args.get(2).and_then(|s| s.parse().ok()).expect(usage);
            hold(address, viewers, Duration::from_secs(seconds));
        }
        None => panic!("{usage}"),
    }
}

/// Opens `viewers` streams, waiting for the server to come up, and keeps
/// them open for `span`, then says how many held and what they heard.
fn hold(address: SocketAddr, viewers: usize, span: Duration) {
    let connected = Arc::new(AtomicUsize::new(0));
    let events = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + span;
    let mut threads = Vec::new();
    for _ in 0..viewers {
        let (connected, events) = (Arc::clone(&connected), Arc::clone(&events));
        let thread = std::thread::Builder::new()
            .stack_size(64 * 1024)
            .spawn(move || follow(address, deadline, &connected, &events))
            .expect("a thread per viewer");
        threads.push(thread);
    }
    for thread in threads {
        let _ = thread.join();
    }
    eprintln!(
        "viewers: {} of {viewers} held their stream; {} events heard",
        connected.load(Ordering::Relaxed),
        events.load(Ordering::Relaxed)
    );
}

fn follow(address: SocketAddr, deadline: Instant, connected: &AtomicUsize, events: &AtomicU64) {
    let stream = loop {
        match TcpStream::connect_timeout(&address, Duration::from_secs(1)) {
            Ok(stream) => break stream,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(200)),
            Err(_) => return,
        }
    };
    let mut writer = match stream.try_clone() {
        Ok(writer) => writer,
        Err(_) => return,
    };
    let request = format!("GET /api/events HTTP/1.1\r\nHost: {address}\r\n\r\n");
    if writer.write_all(request.as_bytes()).is_err() {
        return;
    }
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    let mut counted = false;
    while Instant::now() < deadline {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) => return,
            Ok(_) => {
                if !counted && line.starts_with("HTTP/1.1 200") {
                    counted = true;
                    connected.fetch_add(1, Ordering::Relaxed);
                }
                if line.starts_with("event:") {
                    events.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

/// Times the first byte of `GET /` over `requests` fresh connections.
fn time_to_first_byte(address: SocketAddr, requests: usize) {
    let mut times = Vec::with_capacity(requests);
    for _ in 0..requests {
        let started = Instant::now();
        let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_secs(2)) else {
            continue;
        };
        let request = format!("GET / HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            continue;
        }
        let mut first = [0u8; 1];
        if stream.read_exact(&mut first).is_ok() {
            times.push(started.elapsed());
            let mut rest = Vec::new();
            let _ = stream.read_to_end(&mut rest);
        }
    }
    times.sort();
    let at = |q: f64| {
        times
            .get(((times.len() as f64 - 1.0) * q).round() as usize)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "ttfb_ms p50={:.3} p99={:.3} of {} requests",
        at(0.5),
        at(0.99),
        times.len()
    );
}
