//! one-on-one: a projected facilitation timer for the one-on-one practice of
//! relationship-based community organizing.
//!
//! The model ([`scenario`], [`session`]) knows nothing of the screen; the
//! [`ui`] draws it and sends it intents; [`sound`] rings the chimes.

pub mod agenda;
pub mod cli;
pub mod follow;
pub mod i18n;
pub mod library;
mod markdown;
pub mod recovery;
pub mod replace;
pub mod report;
pub mod room;
pub mod scenario;
pub mod screens;
pub mod session;
pub mod share;
pub mod sound;
pub mod storage;
pub mod terminal;
pub mod ui;
pub mod worksheet;
