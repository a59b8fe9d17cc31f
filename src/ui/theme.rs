//! Fonts, colours and type sizes for a projected screen. Sizes follow the
//! window's height so the same layout reads from the back row at 720p and at
//! 1080p; every state has a word or shape as well as a colour.

use std::sync::Arc;

use eframe::egui::{self, Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

/// The family for countdown text the clock face cannot draw as outlines
/// (see [`crate::ui::digits::ClockFace`]): monospaced, so digits do not jitter.
pub const CLOCK_FAMILY: &str = "clock";
/// The family for headings and emphasis.
pub const BOLD_FAMILY: &str = "bold";

const INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
const INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// JetBrains Mono Bold, the countdown's font, included once for both of its
/// readers: [`crate::ui::digits::ClockFace`] reads its outlines, and egui
/// lays it out as text in the clock family. A static rather than a const,
/// which each use would copy: the binary holds the font once.
pub(crate) static CLOCK_FONT: &[u8] = include_bytes!("../../assets/fonts/JetBrainsMono-Bold.ttf");

/// Installs the bundled fonts; the text styles follow the window's size and
/// are applied by the app each time that changes.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("Inter", INTER_REGULAR),
        ("Inter SemiBold", INTER_SEMIBOLD),
        ("JetBrains Mono Bold", CLOCK_FONT),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    // egui's own fonts stay behind ours as fallbacks for symbols and emoji.
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let with_fallbacks = |first: &str| {
        let mut list = vec![first.to_owned()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    fonts
        .families
        .insert(FontFamily::Proportional, with_fallbacks("Inter"));
    fonts.families.insert(
        FontFamily::Name(BOLD_FAMILY.into()),
        with_fallbacks("Inter SemiBold"),
    );
    fonts.families.insert(
        FontFamily::Name(CLOCK_FAMILY.into()),
        with_fallbacks("JetBrains Mono Bold"),
    );
    ctx.set_fonts(fonts);
    // The room fits its type by redoing a pass that overflowed; a few
    // passes let it settle within the frame, before anything is shown.
    ctx.options_mut(|options| {
        options.max_passes = std::num::NonZeroUsize::new(6).unwrap_or(options.max_passes);
    });
}

/// Type sizes derived from the window's height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// Ordinary text: prompts, questions, captions.
    pub body: f32,
    /// The step title and the roles.
    pub heading: f32,
    /// Small print: button labels, timeline captions.
    pub small: f32,
    /// The countdown's font size when nothing else limits it.
    pub clock: f32,
}

impl Sizes {
    /// Sizes for the window as it is. They follow the window's height before
    /// zoom, so Ctrl = and Ctrl − still make everything larger or smaller.
    pub fn for_window(ctx: &egui::Context) -> Self {
        Self::for_height(ctx.content_rect().height() * ctx.zoom_factor())
    }

    /// Sizes for a window `height` points tall.
    pub fn for_height(height: f32) -> Self {
        let height = height.max(300.0);
        Self {
            body: (height / 30.0).round(),
            heading: (height / 20.0).round(),
            small: (height / 40.0).round().max(13.0),
            // JetBrains Mono's digits are about 0.73 em tall: 0.35 of the
            // height gives digits a little over a quarter of the window.
            clock: height * 0.35,
        }
    }

    /// Every size times `factor`, to fit more into the same window.
    pub fn scaled(self, factor: f32) -> Self {
        Self {
            body: (self.body * factor).round(),
            heading: (self.heading * factor).round(),
            small: (self.small * factor).round().max(11.0),
            clock: self.clock * factor,
        }
    }

    /// Type for what is read at arm's length on a laptop rather than from
    /// the back row (the worksheet, the agenda editor): two thirds of the
    /// projected small print, never below what a laptop shows comfortably.
    pub fn laptop(&self) -> f32 {
        (self.small * 0.7).max(15.0).round()
    }
}

/// Styles `ui` for laptop-sized type `size`: body and buttons at that size,
/// spacing and checkboxes to match.
pub fn laptop_style(ui: &mut egui::Ui, size: f32) {
    let style = ui.style_mut();
    style
        .text_styles
        .insert(egui::TextStyle::Button, egui::FontId::proportional(size));
    style
        .text_styles
        .insert(egui::TextStyle::Body, egui::FontId::proportional(size));
    style.spacing.item_spacing = egui::vec2(size * 0.4, size * 0.35);
    style.spacing.button_padding = egui::vec2(size * 0.45, size * 0.2);
    style.spacing.interact_size.y = size * 1.5;
    style.spacing.icon_width = size * 0.95;
    style.spacing.icon_width_inner = size * 0.55;
}

/// Sets the text styles of `style` to `sizes`.
pub fn apply_sizes(style: &mut egui::Style, sizes: Sizes) {
    let bold = FontFamily::Name(BOLD_FAMILY.into());
    style.text_styles = [
        (TextStyle::Small, FontId::proportional(sizes.small * 0.85)),
        (TextStyle::Body, FontId::proportional(sizes.body)),
        (TextStyle::Monospace, FontId::monospace(sizes.body)),
        (TextStyle::Button, FontId::proportional(sizes.small)),
        (TextStyle::Heading, FontId::new(sizes.heading, bold)),
    ]
    .into();
    style.spacing.button_padding = egui::vec2(sizes.small * 0.6, sizes.small * 0.3);
    style.spacing.item_spacing = egui::vec2(sizes.small * 0.5, sizes.small * 0.4);
    style.spacing.interact_size.y = sizes.small * 1.6;
}

/// A bold font of `size`.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD_FAMILY.into()))
}

/// The countdown font at `size`, as text. Only for what the clock face
/// cannot draw: text this large leaves its glyphs in the font atlas.
pub fn clock(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(CLOCK_FAMILY.into()))
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Window background.
    pub background: Color32,
    /// Main text and calm digits.
    pub text: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// The last minute.
    pub warning: Color32,
    /// Past zero.
    pub overtime: Color32,
    /// Overtime's second colour, alternated each second as a pulse.
    pub overtime_pulse: Color32,
    /// The paused clock.
    pub paused: Color32,
    /// Highlights: the current act, the current step in the timeline.
    pub accent: Color32,
    /// Text on an accent background.
    pub on_accent: Color32,
    /// Track of the timeline and outlines.
    pub track: Color32,
}

impl Palette {
    /// Light digits on a dark background: the default, for dim rooms.
    pub const DARK: Self = Self {
        background: Color32::from_rgb(0x10, 0x12, 0x14),
        text: Color32::from_rgb(0xF4, 0xF4, 0xF2),
        muted: Color32::from_rgb(0xB8, 0xBC, 0xC2),
        warning: Color32::from_rgb(0xFF, 0xB3, 0x00),
        overtime: Color32::from_rgb(0xFF, 0x5A, 0x4F),
        overtime_pulse: Color32::from_rgb(0xFF, 0xA0, 0x98),
        paused: Color32::from_rgb(0x8A, 0x8F, 0x98),
        accent: Color32::from_rgb(0x5C, 0xC8, 0xFF),
        on_accent: Color32::from_rgb(0x06, 0x16, 0x22),
        track: Color32::from_rgb(0x3A, 0x3F, 0x46),
    };

    /// Dark text on white: holds up better on a washed-out projector in a bright room.
    pub const LIGHT: Self = Self {
        background: Color32::from_rgb(0xFC, 0xFC, 0xFA),
        text: Color32::from_rgb(0x10, 0x12, 0x14),
        muted: Color32::from_rgb(0x44, 0x48, 0x50),
        warning: Color32::from_rgb(0x9A, 0x5B, 0x00),
        overtime: Color32::from_rgb(0xC0, 0x1A, 0x1A),
        overtime_pulse: Color32::from_rgb(0x80, 0x00, 0x00),
        paused: Color32::from_rgb(0x80, 0x84, 0x8C),
        accent: Color32::from_rgb(0x00, 0x5A, 0x9C),
        on_accent: Color32::WHITE,
        track: Color32::from_rgb(0xC8, 0xCC, 0xD2),
    };

    /// The colour of the countdown in `tone`.
    pub fn for_tone(&self, tone: crate::room::Tone) -> Color32 {
        use crate::room::Tone;
        match tone {
            Tone::Ready | Tone::Calm => self.text,
            Tone::Warning => self.warning,
            Tone::Overtime { pulse: false } => self.overtime,
            Tone::Overtime { pulse: true } => self.overtime_pulse,
            Tone::Paused => self.paused,
            Tone::Finished => self.muted,
        }
    }

    /// The palette for light or dark mode.
    pub fn for_theme(light: bool) -> Self {
        if light { Self::LIGHT } else { Self::DARK }
    }
}

/// Sets egui's own visuals to match `palette`.
pub fn apply_palette(ctx: &egui::Context, light: bool) {
    let palette = Palette::for_theme(light);
    let mut visuals = if light {
        egui::Visuals::light()
    } else {
        egui::Visuals::dark()
    };
    visuals.panel_fill = palette.background;
    visuals.window_fill = palette.background;
    visuals.override_text_color = Some(palette.text);
    visuals.selection.bg_fill = palette.accent;
    ctx.set_visuals(visuals);
}
