//! Unsaved work kept safe while a window runs, and offered back after it
//! crashed: when a copy is due ([`autosave`]), and the folder each window
//! keeps its copies in, locked while the window lives ([`window`]).
//! What a copy holds is up to its owner: worksheets in
//! `worksheet::recovery`, agenda drafts in [`drafts`].

pub mod autosave;
pub mod drafts;
pub mod window;

pub use autosave::Autosave;
pub use window::WindowFolder;
