//! A phone, as far as the server can tell: raw HTTP/1.1 over a socket, so
#![allow(dead_code)] // each test file uses its own part of the helper
//! tests can send exactly the bytes they mean, garbage included.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// A response, read to the end.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Sends `raw` as it is and reads the answer until the server closes.
pub fn exchange(address: SocketAddr, raw: &[u8]) -> io::Result<Reply> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.write_all(raw)?;
    let mut bytes = Vec::new();
    match stream.read_to_end(&mut bytes) {
        Ok(_) => {}
        // The server may reset after answering a request it refused to read.
        Err(error) if !bytes.is_empty() && error.kind() == io::ErrorKind::ConnectionReset => {}
        Err(error) => return Err(error),
    }
    parse(&bytes).ok_or_else(|| {
        io::Error::other(format!(
            "no HTTP answer: {:?}",
            String::from_utf8_lossy(&bytes)
        ))
    })
}

fn parse(bytes: &[u8]) -> Option<Reply> {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        unchunk(body)
    } else {
        body.to_string()
    };
    Some(Reply {
        status,
        headers,
        body,
    })
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

pub fn get(address: SocketAddr, path: &str) -> Reply {
    exchange(
        address,
        format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .unwrap_or_else(|error| panic!("GET {path}: {error}"))
}

pub fn post(address: SocketAddr, path: &str, body: &str) -> Reply {
    exchange(
        address,
        format!(
            "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
    .unwrap_or_else(|error| panic!("POST {path}: {error}"))
}

/// `POST /api/control` with `pin` and `intent`.
pub fn control(address: SocketAddr, pin: &str, intent: &str) -> Reply {
    post(
        address,
        "/api/control",
        &format!("{{\"pin\":\"{pin}\",\"intent\":\"{intent}\"}}"),
    )
}

/// An open event stream, read event by event.
pub struct EventStream {
    reader: BufReader<TcpStream>,
    pub status: u16,
}

/// One server-sent event.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerEvent {
    pub name: String,
    pub data: String,
    pub retry: Option<u64>,
}

impl EventStream {
    pub fn open(address: SocketAddr) -> io::Result<Self> {
        let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        stream.write_all(
            format!(
                "GET /api/events HTTP/1.1\r\nHost: {address}\r\nAccept: text/event-stream\r\n\r\n"
            )
            .as_bytes(),
        )?;
        let mut reader = BufReader::new(stream);
        let mut status_line = String::new();
        reader.read_line(&mut status_line)?;
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| io::Error::other(format!("bad status line {status_line:?}")))?;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line == "\r\n" {
                break;
            }
        }
        Ok(Self { reader, status })
    }

    /// The next event; chunk-size lines of the chunked encoding are skipped.
    pub fn next_event(&mut self) -> io::Result<ServerEvent> {
        let mut event = ServerEvent {
            name: "message".into(),
            data: String::new(),
            retry: None,
        };
        let mut any = false;
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line)? == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if let Some(name) = line.strip_prefix("event:") {
                event.name = name.trim().to_string();
                any = true;
            } else if let Some(data) = line.strip_prefix("data:") {
                if !event.data.is_empty() {
                    event.data.push('\n');
                }
                event.data.push_str(data.strip_prefix(' ').unwrap_or(data));
                any = true;
            } else if let Some(retry) = line.strip_prefix("retry:") {
                event.retry = retry.trim().parse().ok();
                any = true;
            } else if line.is_empty() && any {
                return Ok(event);
            }
        }
    }

    /// The next event called `name`, skipping others.
    pub fn next_named(&mut self, name: &str) -> io::Result<ServerEvent> {
        loop {
            let event = self.next_event()?;
            if event.name == name {
                return Ok(event);
            }
        }
    }

    pub fn set_timeout(&self, timeout: Duration) {
        let _ = self.reader.get_ref().set_read_timeout(Some(timeout));
    }
}
