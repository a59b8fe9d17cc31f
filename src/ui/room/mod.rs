//! The room's pieces, each drawn from the [`RoomView`](crate::room::RoomView)
//! alone: the step and the roles, the countdown, what to do now, the agenda
//! bar, the do / don't table and the hand-over flash.

pub mod countdown;
pub mod do_dont;
pub mod flash;
pub mod header;
pub mod prompts;
pub mod timeline;
