//! The two windows, each put together from its pieces: the room's from
//! `ui::room`, the console's from `ui::console`. Each draws from the
//! shared [`Workshop`](super::workshop::Workshop) and hands back what was
//! pressed.

pub mod console;
pub mod room;
