//! Server-Sent Events, read line by line: what the room's event stream
//! sends is a name, data and perhaps a retry time, ended by a blank line.

/// One event of the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerEvent {
    /// Its name; "message" when the stream gave none.
    pub name: String,
    /// Its data, lines joined with `\n`.
    pub data: String,
}

/// Collects lines into events.
#[derive(Debug, Default)]
pub struct EventReader {
    name: Option<String>,
    data: Option<String>,
}

/// The most data one event may hold: a feed is a few kilobytes, and a
/// stream that never ends an event must not fill the memory.
const MAX_DATA: usize = 1024 * 1024;

impl EventReader {
    /// Takes one line (without its line end); returns the event a blank
    /// line completes. Comments (`:`) and unknown fields are skipped, as the
    /// standard says.
    pub fn line(&mut self, line: &str) -> Option<ServerEvent> {
        if line.is_empty() {
            let data = self.data.take()?;
            let name = self.name.take().unwrap_or_else(|| "message".to_string());
            return Some(ServerEvent { name, data });
        }
        if line.starts_with(':') {
            return None;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => self.name = Some(value.to_string()),
            "data" => {
                let data = self.data.get_or_insert_with(String::new);
                if data.len() + value.len() > MAX_DATA {
                    // Too much for one event: drop it whole.
                    self.data = None;
                    self.name = None;
                } else {
                    if !data.is_empty() {
                        data.push('\n');
                    }
                    data.push_str(value);
                }
            }
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<ServerEvent> {
        let mut reader = EventReader::default();
        text.lines().filter_map(|line| reader.line(line)).collect()
    }

    #[test]
    fn events_are_read_as_the_server_writes_them() {
        let events = read(
            "retry: 1000\nevent: room\ndata: {\"a\":1}\n\n: a comment\nevent: heartbeat\ndata: {\"now_ms\":5}\n\ndata: one\ndata:two\n\n",
        );
        assert_eq!(
            events,
            [
                ServerEvent {
                    name: "room".into(),
                    data: "{\"a\":1}".into()
                },
                ServerEvent {
                    name: "heartbeat".into(),
                    data: "{\"now_ms\":5}".into()
                },
                ServerEvent {
                    name: "message".into(),
                    data: "one\ntwo".into()
                },
            ]
        );
    }

    #[test]
    fn a_blank_line_without_data_makes_no_event_and_a_huge_one_is_dropped() {
        assert!(read("event: room\n\n").is_empty());
        let mut reader = EventReader::default();
        let line = format!("data: {}", "x".repeat(600 * 1024));
        assert!(reader.line(&line).is_none());
        assert!(reader.line(&line).is_none());
        assert!(reader.line("").is_none(), "the oversized event is dropped");
        assert!(reader.line("data: small").is_none());
        assert_eq!(
            reader.line("").map(|event| event.data),
            Some("small".into())
        );
    }
}
