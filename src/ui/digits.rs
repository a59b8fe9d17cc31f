//! The countdown's characters drawn as filled outlines rather than text.
//!
//! egui rasterises text into its font atlas at the size it is shown, so a
//! clock a third of a 4K screen tall costs hundreds of megabytes of glyph
//! bitmaps. A [`ClockFace`] reads the outlines of the few characters a clock
//! uses from the bundled JetBrains Mono Bold once, triangulates them in em
//! units, and at paint time only scales and moves those triangles: its memory
//! does not depend on the window, and nothing goes into a texture.
//!
//! Edges are smoothed the way epaint smooths its own filled shapes: the fill
//! is pulled in by half a physical pixel and a one-pixel ring around every
//! contour fades from the colour to transparent.

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, Color32, Mesh, Pos2, Rect, Vec2, epaint};
use lyon_tessellation::geom::{CubicBezierSegment, LineSegment, QuadraticBezierSegment};
use lyon_tessellation::math::{Point, point};
use lyon_tessellation::path::{EndpointId, IdEvent};
use lyon_tessellation::{
    BuffersBuilder, FillOptions, FillTessellator, FillVertex, VertexBuffers, VertexSource,
};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, MetadataProvider as _};

use crate::ui::theme::CLOCK_FONT;

/// Every character a clock reading can contain: "12:34", "1:02:03", "+0:15".
const CLOCK_CHARS: &str = "0123456789:+";

/// How far a flattened curve may stray from the true outline, in em.
/// 1/5000 em is 0.15 px on a 750 px font (a 4K projector) and 0.08 px at
/// 1080p, well under what anti-aliasing can show.
pub const TOLERANCE_EM: f32 = 1.0 / 5000.0;

/// How far a sharp corner's fringe may reach, in fringe widths. The
/// sharpest corners of the clock glyphs (in 2 and 3) need 2.6.
const MITER_LIMIT: f32 = 4.0;

/// The clock characters of one font as triangles, ready to be scaled.
///
/// Built once (0.12 ms in a release build) and kept in the egui context
/// (see [`Self::shared`]); it holds about 1,200 outline points and their
/// triangles, 66 KiB, whatever the window's size. `cargo bench --bench
/// digits` measures it.
#[derive(Debug, Clone)]
pub struct ClockFace {
    glyphs: Vec<(char, Glyph)>,
    /// From the top of the line box to the baseline, in em.
    ascent: f32,
    /// The line box's height, in em: ascent, descent and line gap.
    line_height: f32,
}

/// One character's outline, in em with y pointing down from the baseline.
///
/// Painting one emits `2 * outline.len() + extra.len()` vertices in this
/// order: the outline pulled in by half a fringe, the outline pushed out by
/// half a fringe (transparent), then `extra`. `indices` refer to that order.
#[derive(Debug, Clone)]
struct Glyph {
    advance: f32,
    /// Every contour's points, one after another.
    outline: Vec<Vec2>,
    /// For each outline point, the way out of the ink: a unit normal
    /// lengthened at corners so the fringe keeps its width along both edges.
    outward: Vec<Vec2>,
    /// Points the triangulation added where contours cross.
    extra: Vec<Vec2>,
    /// Triangles of the fill, then of the fringe.
    indices: Vec<u32>,
}

impl ClockFace {
    /// The clock characters of the bundled JetBrains Mono Bold.
    pub fn bundled() -> Self {
        Self::from_font(CLOCK_FONT)
    }

    /// The bundled face of `ctx`, built the first time any window asks.
    ///
    /// Every window of a context (the room, the console's miniature) shares
    /// one context and so one face: it depends on neither the window nor its
    /// size. It lives in the context's data rather than in the app so that
    /// whatever draws a countdown can find it; if egui's memory is reset it
    /// is simply built again.
    pub fn shared(ctx: &egui::Context) -> Arc<Self> {
        ctx.data_mut(|data| {
            let face = data.get_temp_mut_or_insert_with(egui::Id::unique("clock face"), || {
                Arc::new(Self::bundled())
            });
            Arc::clone(face)
        })
    }

    /// The clock characters of the font in `data`. A character whose outline
    /// cannot be read or triangulated is left out, so [`Self::can_draw`]
    /// sends its caller back to text rather than drawing something wrong.
    fn from_font(data: &[u8]) -> Self {
        let Ok(font) = FontRef::new(data) else {
            return Self {
                glyphs: Vec::new(),
                ascent: 0.0,
                line_height: 0.0,
            };
        };
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        let em = 1.0 / f32::from(metrics.units_per_em.max(1));
        let glyphs = CLOCK_CHARS
            .chars()
            .filter_map(|c| Some((c, read_glyph(&font, c, em)?)))
            .collect();
        Self {
            glyphs,
            ascent: metrics.ascent * em,
            line_height: (metrics.ascent - metrics.descent + metrics.leading) * em,
        }
    }

    /// Whether every character of `text` has an outline here. When it is
    /// false, draw `text` as egui text instead.
    pub fn can_draw(&self, text: &str) -> bool {
        text.chars().all(|c| self.glyph(c).is_some())
    }

    /// The box `text` takes at `font_size` points: the sum of the advances
    /// (0.6 em a character in JetBrains Mono) by the font's line height,
    /// the same box egui gives the text as a galley.
    pub fn size_of(&self, text: &str, font_size: f32) -> Vec2 {
        let advance: f32 = text
            .chars()
            .filter_map(|c| self.glyph(c))
            .map(|g| g.advance)
            .sum();
        egui::vec2(advance, self.line_height) * font_size
    }

    /// Draws `text` at `font_size` points in `colour` and returns its box
    /// (see [`Self::size_of`]).
    ///
    /// `top_left` is the top-left of the line box, as for
    /// `painter.galley(top_left, ..)`: the baseline lies one ascent
    /// (1.02 em) below it, on the physical pixel row egui's text uses, so the
    /// digits' tops, 0.73 em above the baseline, sit about 0.29 em below
    /// `top_left`. Characters without an outline are left blank; check
    /// [`Self::can_draw`] first.
    ///
    /// Meant for large type: unhinted, and with the fill pulled in by half a
    /// pixel, it reads worse than text below about 20 pixels.
    pub fn paint(
        &self,
        painter: &egui::Painter,
        text: &str,
        top_left: Pos2,
        font_size: f32,
        colour: Color32,
    ) -> Rect {
        let pixel = 1.0 / painter.pixels_per_point();
        // The baseline goes on a pixel boundary, so the flat feet of 1, 2
        // and 4 end on a crisp row of pixels. egui rounds the galley's top
        // and the ascent each to whole pixels; rounding the same way puts
        // the digits on the very row the same text would have used.
        let round = |y: f32| (y / pixel).round() * pixel;
        let baseline = round(top_left.y) + round(self.ascent * font_size);
        let nudge = egui::vec2(0.0, baseline - (top_left.y + self.ascent * font_size));
        let mesh = self.mesh(text, top_left + nudge, font_size, colour, pixel);
        if !mesh.is_empty() {
            painter.add(mesh);
        }
        Rect::from_min_size(top_left, self.size_of(text, font_size))
    }

    /// The untextured triangles [`Self::paint`] adds, with an anti-aliasing
    /// fringe `fringe` points wide (one physical pixel when painting; zero
    /// gives the bare, jagged fill). Unlike `paint`, it does not move the
    /// baseline onto a pixel boundary.
    pub fn mesh(
        &self,
        text: &str,
        top_left: Pos2,
        font_size: f32,
        colour: Color32,
        fringe: f32,
    ) -> Mesh {
        let mut mesh = Mesh::default();
        let glyphs: Vec<&Glyph> = text.chars().filter_map(|c| self.glyph(c)).collect();
        mesh.reserve_vertices(glyphs.iter().map(|g| g.vertex_count()).sum());
        mesh.reserve_triangles(glyphs.iter().map(|g| g.indices.len() / 3).sum());
        let mut pen = top_left + egui::vec2(0.0, self.ascent * font_size);
        for glyph in glyphs {
            glyph.append_to(&mut mesh, pen, font_size, colour, fringe / 2.0);
            pen.x += glyph.advance * font_size;
        }
        mesh
    }

    /// The bytes the cached triangles take on the heap: the same at any
    /// window or font size. For measurements.
    pub fn heap_bytes(&self) -> usize {
        let glyphs = self.glyphs.iter().map(|(_, g)| {
            let points = g.outline.capacity() + g.outward.capacity() + g.extra.capacity();
            points * size_of::<Vec2>() + g.indices.capacity() * size_of::<u32>()
        });
        self.glyphs.capacity() * size_of::<(char, Glyph)>() + glyphs.sum::<usize>()
    }

    fn glyph(&self, c: char) -> Option<&Glyph> {
        self.glyphs.iter().find(|(k, _)| *k == c).map(|(_, g)| g)
    }
}

impl Glyph {
    fn vertex_count(&self) -> usize {
        2 * self.outline.len() + self.extra.len()
    }

    /// Adds this glyph with its baseline's left end at `origin`.
    fn append_to(&self, mesh: &mut Mesh, origin: Pos2, scale: f32, colour: Color32, half: f32) {
        let base = mesh.vertices.len() as u32;
        let vertex = |pos: Pos2, color: Color32| epaint::Vertex {
            pos,
            uv: epaint::WHITE_UV,
            color,
        };
        let at = |p: &Vec2| origin + *p * scale;
        mesh.vertices.extend(
            (self.outline.iter().zip(&self.outward))
                .map(|(p, out)| vertex(at(p) - *out * half, colour)),
        );
        mesh.vertices.extend(
            (self.outline.iter().zip(&self.outward))
                .map(|(p, out)| vertex(at(p) + *out * half, Color32::TRANSPARENT)),
        );
        mesh.vertices
            .extend(self.extra.iter().map(|p| vertex(at(p), colour)));
        mesh.indices.extend(self.indices.iter().map(|i| base + i));
    }
}

/// Reads and triangulates the outline of `c`, scaled by `em` to em units.
fn read_glyph(font: &FontRef, c: char, em: f32) -> Option<Glyph> {
    let (advance, contours) = read_contours(font, c, em)?;
    let mut outline = Vec::new();
    let mut ranges = Vec::new();
    for contour in &contours {
        let start = outline.len();
        outline.extend_from_slice(contour);
        ranges.push(start..outline.len());
    }
    let outward = outward_normals(&outline, &ranges);
    let (extra, mut indices) = triangulate(&outline, &ranges)?;
    indices.extend(fringe_triangles(outline.len() as u32, &ranges));
    Some(Glyph {
        advance,
        outline,
        outward,
        extra,
        indices,
    })
}

/// The advance of `c` and its contours as closed polylines (the last point
/// joins the first), in em units with y down from the baseline.
fn read_contours(font: &FontRef, c: char, em: f32) -> Option<(f32, Vec<Vec<Vec2>>)> {
    let id = font.charmap().map(c)?;
    let advance = font
        .glyph_metrics(Size::unscaled(), LocationRef::default())
        .advance_width(id)?
        * em;
    let mut pen = Flattener {
        em,
        contours: Vec::new(),
    };
    font.outline_glyphs()
        .get(id)?
        .draw(
            DrawSettings::unhinted(Size::unscaled(), LocationRef::default()),
            &mut pen,
        )
        .ok()?;
    let contours: Vec<Vec<Vec2>> = pen
        .contours
        .into_iter()
        .map(|mut contour| {
            if contour.len() > 1 && contour.first() == contour.last() {
                contour.pop();
            }
            contour
        })
        .filter(|contour| contour.len() >= 3)
        .collect();
    (!contours.is_empty()).then_some((advance, contours))
}

/// Collects a glyph's contours as polylines in em units, y down, curves
/// flattened to [`TOLERANCE_EM`].
struct Flattener {
    em: f32,
    contours: Vec<Vec<Vec2>>,
}

impl Flattener {
    fn point(&self, x: f32, y: f32) -> Point {
        point(x * self.em, -y * self.em)
    }

    fn last(&self) -> Point {
        let last = self.contours.last().and_then(|c| c.last()).copied();
        let last = last.unwrap_or_default();
        point(last.x, last.y)
    }

    fn push(&mut self, p: Point) {
        let p = egui::vec2(p.x, p.y);
        match self.contours.last_mut() {
            Some(contour) if contour.last() != Some(&p) => contour.push(p),
            Some(_) => {}
            None => self.contours.push(vec![p]),
        }
    }
}

impl OutlinePen for Flattener {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.contours.push(vec![egui::vec2(p.x, p.y)]);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.push(p);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let curve = QuadraticBezierSegment {
            from: self.last(),
            ctrl: self.point(cx0, cy0),
            to: self.point(x, y),
        };
        curve.for_each_flattened(TOLERANCE_EM, &mut |segment: &LineSegment<f32>| {
            self.push(segment.to);
        });
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let curve = CubicBezierSegment {
            from: self.last(),
            ctrl1: self.point(cx0, cy0),
            ctrl2: self.point(cx1, cy1),
            to: self.point(x, y),
        };
        curve.for_each_flattened(TOLERANCE_EM, &mut |segment: &LineSegment<f32>| {
            self.push(segment.to);
        });
    }

    fn close(&mut self) {}
}

/// Twice the signed area of a closed polyline.
fn doubled_area(points: &[Vec2]) -> f32 {
    let next = points.iter().cycle().skip(1);
    points
        .iter()
        .zip(next)
        .map(|(a, b)| a.x * b.y - b.x * a.y)
        .sum()
}

/// The way out of the ink at every outline point. Outer contours and holes
/// run in opposite directions, so the ink is on the same side of travel for
/// all of them; the glyph's total area (outer minus holes) says which side.
fn outward_normals(outline: &[Vec2], ranges: &[Range<usize>]) -> Vec<Vec2> {
    let total: f32 = ranges
        .iter()
        .map(|r| doubled_area(&outline[r.clone()]))
        .sum();
    let side = if total >= 0.0 { 1.0 } else { -1.0 };
    let normal = |from: Vec2, to: Vec2| {
        let d = (to - from).normalized();
        egui::vec2(d.y, -d.x) * side
    };
    let mut outward = Vec::with_capacity(outline.len());
    for range in ranges {
        let contour = &outline[range.clone()];
        let n = contour.len();
        for i in 0..n {
            let prev = contour[(i + n - 1) % n];
            let here = contour[i];
            let next = contour[(i + 1) % n];
            let (before, after) = (normal(prev, here), normal(here, next));
            let mid = before + after;
            let miter = if mid.length() < 1e-6 {
                before
            } else {
                let mid = mid.normalized();
                // 1 / cos(half the turn), so both edges' fringes keep their width.
                mid / mid.dot(before).max(1.0 / MITER_LIMIT)
            };
            outward.push(miter);
        }
    }
    outward
}

/// Fills the contours (non-zero rule, as TrueType draws them) and returns
/// the points the triangulation added and the triangles, numbered as
/// [`Glyph`] lays out its vertices: outline points are `0..n`.
fn triangulate(outline: &[Vec2], ranges: &[Range<usize>]) -> Option<(Vec<Vec2>, Vec<u32>)> {
    let points: Vec<Point> = outline.iter().map(|p| point(p.x, p.y)).collect();
    let id = |i: usize| EndpointId(i as u32);
    let mut events = Vec::with_capacity(points.len() + 2 * ranges.len());
    for range in ranges {
        events.push(IdEvent::Begin {
            at: id(range.start),
        });
        for i in range.start + 1..range.end {
            events.push(IdEvent::Line {
                from: id(i - 1),
                to: id(i),
            });
        }
        events.push(IdEvent::End {
            last: id(range.end - 1),
            first: id(range.start),
            close: true,
        });
    }

    /// Where a vertex of the triangulation came from.
    #[derive(Clone, Copy)]
    enum Source {
        Outline(u32),
        Added(Point),
    }
    let mut buffers: VertexBuffers<Source, u32> = VertexBuffers::new();
    let mut builder = BuffersBuilder::new(&mut buffers, |vertex: FillVertex| {
        vertex
            .sources()
            .find_map(|source| match source {
                VertexSource::Endpoint { id } => Some(Source::Outline(id.0)),
                VertexSource::Edge { .. } => None,
            })
            .unwrap_or(Source::Added(vertex.position()))
    });
    let options = FillOptions::non_zero().with_tolerance(TOLERANCE_EM);
    FillTessellator::new()
        .tessellate_with_ids(
            events,
            &(points.as_slice(), &[][..]),
            None,
            &options,
            &mut builder,
        )
        .ok()?;

    let first_added = 2 * outline.len() as u32;
    let mut extra = Vec::new();
    let number: Vec<u32> = (buffers.vertices.iter())
        .map(|source| match *source {
            Source::Outline(i) => i,
            Source::Added(p) => {
                extra.push(egui::vec2(p.x, p.y));
                first_added + extra.len() as u32 - 1
            }
        })
        .collect();
    let indices = buffers
        .indices
        .iter()
        .map(|&i| number[i as usize])
        .collect();
    Some((extra, indices))
}

/// Two triangles per outline edge, from the pulled-in point `i` to the
/// pushed-out point `n + i`.
fn fringe_triangles(n: u32, ranges: &[Range<usize>]) -> Vec<u32> {
    let mut indices = Vec::with_capacity(6 * n as usize);
    for range in ranges {
        let (start, end) = (range.start as u32, range.end as u32);
        for i in start..end {
            let j = if i + 1 == end { start } else { i + 1 };
            indices.extend([i, j, n + i, j, n + j, n + i]);
        }
    }
    indices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme;

    /// The fill's triangles. Drawn without a fringe, the fringe's triangles
    /// have no area, so only the fill counts.
    fn triangles(mesh: &Mesh) -> impl Iterator<Item = [Pos2; 3]> {
        let (triangles, _) = mesh.indices.as_chunks::<3>();
        triangles
            .iter()
            .map(|t| t.map(|i| mesh.vertices[i as usize].pos))
    }

    fn area([a, b, c]: [Pos2; 3]) -> f32 {
        ((b - a).x * (c - a).y - (c - a).x * (b - a).y).abs() / 2.0
    }

    fn covers(mesh: &Mesh, p: Pos2) -> bool {
        triangles(mesh).any(|[a, b, c]| {
            let side = |u: Pos2, v: Pos2| (v - u).x * (p - u).y - (p - u).x * (v - u).y;
            let (x, y, z) = (side(a, b), side(b, c), side(c, a));
            (x > 0.0 && y > 0.0 && z > 0.0) || (x < 0.0 && y < 0.0 && z < 0.0)
        })
    }

    /// One character at `size` points with its baseline's left end at the origin.
    fn bare(face: &ClockFace, c: char, size: f32) -> Mesh {
        let top_left = egui::pos2(0.0, -face.ascent * size);
        face.mesh(&c.to_string(), top_left, size, Color32::WHITE, 0.0)
    }

    fn contours_of(c: char) -> Vec<Vec<Vec2>> {
        let font = FontRef::new(CLOCK_FONT).expect("the bundled font parses");
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        let em = 1.0 / f32::from(metrics.units_per_em);
        read_contours(&font, c, em).expect("a clock character").1
    }

    #[test]
    fn every_clock_character_has_an_outline() {
        let face = ClockFace::bundled();
        assert!(face.can_draw("0123456789:+"));
        assert!(face.can_draw("+1:02:03"));
        for c in CLOCK_CHARS.chars() {
            let mesh = bare(&face, c, 100.0);
            let ink: f32 = triangles(&mesh).map(area).sum();
            assert!(ink > 100.0, "{c:?} has {ink} square points of ink");
        }
    }

    #[test]
    fn the_app_can_share_one_face_between_windows() {
        fn shareable<T: Send + Sync>() {}
        shareable::<ClockFace>();
    }

    /// A second window of the same context, even drawn from another thread,
    /// gets the face the first built; another context builds its own.
    #[test]
    fn one_face_for_every_window_of_a_context() {
        let ctx = egui::Context::default();
        let first = ClockFace::shared(&ctx);
        let elsewhere = std::thread::scope(|s| s.spawn(|| ClockFace::shared(&ctx)).join());
        let elsewhere = elsewhere.expect("the other thread draws");
        assert!(Arc::ptr_eq(&first, &elsewhere));
        assert!(Arc::ptr_eq(&first, &ClockFace::shared(&ctx)));
        let other = ClockFace::shared(&egui::Context::default());
        assert!(!Arc::ptr_eq(&first, &other));
    }

    #[test]
    fn anything_else_is_left_to_text() {
        let face = ClockFace::bundled();
        for text in ["Paused", "12:34 ", "-0:15", "１２", "12.5"] {
            assert!(!face.can_draw(text), "{text:?}");
        }
    }

    /// The outer contour minus the holes, so a filled-in hole or a missing
    /// triangle shows up as too much or too little ink.
    #[test]
    fn the_fill_covers_the_outline_and_not_its_holes() {
        let face = ClockFace::bundled();
        for c in CLOCK_CHARS.chars() {
            let contours = contours_of(c);
            let outline: f32 = contours.iter().map(|k| doubled_area(k) / 2.0).sum();
            let outer = contours
                .iter()
                .map(|k| doubled_area(k) / 2.0)
                .fold(0.0, f32::max);
            let filled: f32 = triangles(&bare(&face, c, 1.0)).map(area).sum();
            assert!(
                (filled - outline.abs()).abs() < 1e-4,
                "{c:?}: {filled} em² of fill for {outline} em² of outline"
            );
            if "0689".contains(c) {
                assert!(filled < 0.85 * outer, "{c:?}: its holes look filled");
            }
        }
    }

    /// Just inside every edge there is ink and just outside there is none,
    /// the inside of the holes of 0, 6, 8 and 9 included.
    #[test]
    fn ink_on_one_side_of_every_edge_paper_on_the_other() {
        let face = ClockFace::bundled();
        let size = 1000.0;
        for c in CLOCK_CHARS.chars() {
            let mesh = bare(&face, c, size);
            let glyph = face.glyph(c).expect("a clock character");
            let mut holes = 0;
            for contour in contours_of(c) {
                if doubled_area(&contour) < 0.0 {
                    holes += 1;
                }
                for (i, &from) in contour.iter().enumerate() {
                    let to = contour[(i + 1) % contour.len()];
                    let middle = (from + to) / 2.0 * size;
                    let d = (to - from).normalized();
                    let out = egui::vec2(d.y, -d.x);
                    let (ink, paper) = (middle - out, middle + out);
                    assert!(covers(&mesh, ink.to_pos2()), "{c:?}: no ink at {ink:?}");
                    assert!(!covers(&mesh, paper.to_pos2()), "{c:?}: ink at {paper:?}");
                }
            }
            let expected = match c {
                '0' | '6' | '9' => 1,
                '8' => 2,
                _ => 0,
            };
            assert_eq!(holes, expected, "{c:?}");
            assert_eq!(glyph.extra.len(), 0, "{c:?}: no contours cross");
        }
    }

    #[test]
    fn twice_the_size_is_twice_as_far() {
        let face = ClockFace::bundled();
        let small = face.mesh("+12:34", Pos2::ZERO, 190.0, Color32::WHITE, 0.0);
        let large = face.mesh("+12:34", Pos2::ZERO, 380.0, Color32::WHITE, 0.0);
        assert_eq!(small.vertices.len(), large.vertices.len());
        assert_eq!(small.indices, large.indices);
        for (s, l) in small.vertices.iter().zip(&large.vertices) {
            assert_eq!(l.pos, (s.pos.to_vec2() * 2.0).to_pos2());
        }
    }

    /// The fringe is the same width on screen at any size: at most half a
    /// pixel either side of the edge, more only at a corner's miter.
    #[test]
    fn the_fringe_is_one_pixel_at_any_size() {
        let face = ClockFace::bundled();
        let offsets = |size: f32| -> Vec<Vec2> {
            let bare = face.mesh("12:34", Pos2::ZERO, size, Color32::WHITE, 0.0);
            let smooth = face.mesh("12:34", Pos2::ZERO, size, Color32::WHITE, 1.0);
            (smooth.vertices.iter().zip(&bare.vertices))
                .map(|(s, b)| s.pos - b.pos)
                .collect()
        };
        let at_250 = offsets(250.0);
        for size in [380.0, 750.0] {
            for (a, b) in at_250.iter().zip(offsets(size)) {
                assert!((*a - b).length() < 1e-3, "{a:?} at 250, {b:?} at {size}");
            }
        }
        let lengths: Vec<f32> = at_250.iter().map(|v| v.length()).collect();
        assert!(
            lengths
                .iter()
                .all(|&l| (0.5 - 1e-3..=0.5 * MITER_LIMIT + 1e-3).contains(&l))
        );
        let straight = lengths.iter().filter(|&&l| l < 0.51).count();
        assert!(
            straight * 2 > lengths.len(),
            "most points sit on smooth curves"
        );
    }

    #[test]
    fn only_untextured_triangles() {
        let face = ClockFace::bundled();
        let mesh = face.mesh("+1:02:03", Pos2::ZERO, 750.0, Color32::RED, 1.0);
        assert_eq!(mesh.texture_id, egui::TextureId::default());
        assert!(mesh.vertices.iter().all(|v| v.uv == epaint::WHITE_UV));
        assert!(mesh.is_valid());
    }

    /// What the room window gains: a 750 point clock as text puts its glyphs
    /// into the font atlas, the outlines put nothing there.
    #[test]
    fn painting_adds_nothing_to_the_font_atlas() {
        let face = ClockFace::bundled();
        let uploads = |draw: &dyn Fn(&egui::Painter)| {
            let ctx = egui::Context::default();
            theme::install(&ctx);
            // Uploads are a renderer's to apply; a test only counts them.
            let mut warm_up = ctx.run_ui(egui::RawInput::default(), |ui| {
                ui.label("warm up");
            });
            warm_up.textures_delta.clear();
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| draw(ui.painter()));
            let uploads = output.textures_delta.set.len();
            output.textures_delta.clear();
            uploads
        };
        let as_outlines = uploads(&|painter| {
            face.paint(painter, "12:34", Pos2::ZERO, 750.0, Color32::WHITE);
        });
        let as_text = uploads(&|painter| {
            painter.text(
                Pos2::ZERO,
                egui::Align2::LEFT_TOP,
                "12:34",
                theme::clock(750.0),
                Color32::WHITE,
            );
        });
        assert_eq!(as_outlines, 0);
        assert!(as_text > 0, "the comparison must be able to fail");
    }

    /// Same box, same baseline, same ink as egui's galley of the text, so the
    /// countdown can swap one for the other without moving anything.
    #[test]
    fn the_digits_sit_where_egui_puts_the_text() {
        let face = ClockFace::bundled();
        let size = 120.0;
        let text = "+12:34";
        let ctx = egui::Context::default();
        theme::install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let galley =
                ui.painter()
                    .layout_no_wrap(text.to_owned(), theme::clock(size), Color32::WHITE);
            let ours = face.size_of(text, size);
            assert!(
                (galley.size() - ours).length() < 1.0,
                "{:?} vs {ours:?}",
                galley.size()
            );
            let row = &galley.rows[0];
            let mut pen = 0.0;
            for glyph in &row.row.glyphs {
                let theirs = Rect::from_min_size(
                    row.pos + glyph.pos.to_vec2() + glyph.uv_rect.offset,
                    glyph.uv_rect.size,
                );
                let mesh = face.mesh(
                    &glyph.chr.to_string(),
                    egui::pos2(pen, 0.0),
                    size,
                    Color32::WHITE,
                    0.0,
                );
                let ours = mesh.calc_bounds();
                // The atlas's bitmap is whole pixels, up to one larger each side.
                for (a, b) in [
                    (theirs.left(), ours.left()),
                    (theirs.right(), ours.right()),
                    (theirs.top(), ours.top()),
                    (theirs.bottom(), ours.bottom()),
                ] {
                    assert!(
                        (a - b).abs() <= 1.5,
                        "{:?}: {theirs:?} vs {ours:?}",
                        glyph.chr
                    );
                }
                pen += face.size_of(&glyph.chr.to_string(), size).x;
            }
        });
        output.textures_delta.clear();
    }
}
