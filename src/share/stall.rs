//! A connection that gives up on a reader who stopped reading. An event
//! stream writes forever; a phone that went away without closing (out of
//! range, asleep) would otherwise hold its socket and its viewer place
//! until the kernel gives up, which can take many minutes.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Sleep, sleep};

/// A stream (a TCP socket in the server) whose writes fail once they have
/// waited `limit` for the peer to take data.
pub(super) struct StallGuard<S = TcpStream> {
    stream: S,
    limit: Duration,
    stalled: Option<Pin<Box<Sleep>>>,
}

impl<S> StallGuard<S> {
    pub(super) fn new(stream: S, limit: Duration) -> Self {
        Self {
            stream,
            limit,
            stalled: None,
        }
    }

    /// Turns a write that is still waiting into an error once it has waited
    /// too long, and forgets the wait once a write goes through.
    fn watch<T>(
        &mut self,
        cx: &mut Context<'_>,
        outcome: Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        if outcome.is_ready() {
            self.stalled = None;
            return outcome;
        }
        let limit = self.limit;
        let timer = self.stalled.get_or_insert_with(|| Box::pin(sleep(limit)));
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the viewer stopped reading",
            )));
        }
        Poll::Pending
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for StallGuard<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for StallGuard<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let outcome = Pin::new(&mut self.stream).poll_write(cx, buf);
        self.watch(cx, outcome)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let outcome = Pin::new(&mut self.stream).poll_flush(cx);
        self.watch(cx, outcome)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    }

    #[test]
    fn a_reader_who_stops_reading_is_dropped_after_the_limit() {
        runtime().block_on(async {
            let (ours, _theirs) = tokio::io::duplex(64);
            let mut guarded = StallGuard::new(ours, Duration::from_millis(100));
            let started = tokio::time::Instant::now();
            let outcome = guarded.write_all(&[b'x'; 1024]).await;
            let error = outcome.expect_err("the writes should give up");
            assert_eq!(error.kind(), io::ErrorKind::TimedOut);
            assert!(started.elapsed() >= Duration::from_millis(100));
            assert!(started.elapsed() < Duration::from_secs(2));
        });
    }

    #[test]
    fn a_slow_reader_who_keeps_reading_is_kept() {
        runtime().block_on(async {
            let (ours, mut theirs) = tokio::io::duplex(64);
            let mut guarded = StallGuard::new(ours, Duration::from_millis(100));
            let reader = async move {
                let mut got = Vec::new();
                let mut buf = [0u8; 16];
                while got.len() < 1024 {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    let n = theirs.read(&mut buf).await.unwrap();
                    got.extend_from_slice(&buf[..n]);
                }
                got.len()
            };
            let writer = async move { guarded.write_all(&[b'x'; 1024]).await };
            let (read, written) = tokio::join!(reader, writer);
            written.expect("each write waited less than the limit");
            assert_eq!(read, 1024);
        });
    }
}
