//! The ticket drawn to a 1-bit raster of the paper's width, with the kiosk's own font and text stack.

use std::sync::{LazyLock, Mutex};

use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight,
};
use tiny_skia::{Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use crate::fonts;
use crate::furigana::{self, Run};

/// Shaping is costly to set up; one font system serves every ticket.
static FONTS: LazyLock<Mutex<(FontSystem, SwashCache)>> = LazyLock::new(|| {
    Mutex::new((
        FontSystem::new_with_locale_and_db("ja-JP".into(), fonts::database()),
        SwashCache::new(),
    ))
});

/// Everything printed on a ticket, already in the resident's language (and Japanese for staff).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TicketView {
    pub header: Vec<String>,
    pub issued: String,
    pub number_label: String,
    pub number: String,
    pub counter: String,
    pub counter_label: String,
    /// How many are ahead and about how long, when the office calls numbers.
    pub wait: Option<String>,
    /// A long line: the branches that do the same, with their lines when it was printed
    /// (a heading, then a line each).
    pub elsewhere: Vec<String>,
    /// The resident's language: the typeface of everything but the staff block.
    pub language: String,
    pub procedures: Vec<String>,
    /// The clerk's block, in Japanese: what the kiosk read and was told.
    pub staff: Vec<String>,
    pub bring_title: String,
    pub checklist: Vec<String>,
    pub notes: Vec<String>,
    /// Printed white on black, for staff (an unverified or test card).
    pub warning: Option<String>,
    /// QR codes, each a URL and its caption: the resident's phone page, the procedure's
    /// page on the city's site.
    pub qr: Vec<(String, String)>,
    pub footer: String,
}

/// A 1-bit image, rows of `width / 8` bytes, most significant bit first, 1 = black: the
/// layout `GS v 0` takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Raster {
    pub fn bytes_per_row(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    pub fn black(&self, x: u32, y: u32) -> bool {
        let byte = self.bits[y as usize * self.bytes_per_row() + (x / 8) as usize];
        byte & (0x80 >> (x % 8)) != 0
    }

    /// A PNG of what the paper shows.
    pub fn png(&self) -> Result<Vec<u8>, String> {
        let mut pixmap = Pixmap::new(self.width, self.height.max(1)).ok_or("empty raster")?;
        for (i, px) in pixmap.pixels_mut().iter_mut().enumerate() {
            let (x, y) = (i as u32 % self.width, i as u32 / self.width);
            let v = if y < self.height && self.black(x, y) {
                0
            } else {
                255
            };
            *px = tiny_skia::PremultipliedColorU8::from_rgba(v, v, v, 255).unwrap_or(*px);
        }
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

/// One part of the ticket, laid out at the paper's width.
enum Block {
    Text {
        buffer: Words,
        indent: f32,
    },
    /// A tick box beside its text.
    Item {
        buffer: Words,
        box_size: f32,
    },
    Inverted {
        buffer: Words,
        pad: f32,
    },
    Rule,
    Qr {
        modules: Vec<bool>,
        size: usize,
        scale: f32,
    },
    Gap(f32),
}

struct Layout<'a> {
    fonts: &'a mut FontSystem,
    width: f32,
    margin: f32,
    scale: f32,
    /// The face of the resident's language.
    family: &'static str,
    blocks: Vec<Block>,
}

/// The smallest resident's text, in dots: on 58 mm paper the 80 mm sizes scaled down reach
/// 13, where a Chinese character's strokes (續, 證) run together at 1 bit.
const TEXT_FLOOR: f32 = 18.0;

/// The staff block's type, in dots whatever the paper: kanji smear below 24 dots at 1 bit.
const STAFF_SIZE: f32 = 24.0;

impl Layout<'_> {
    fn text(&mut self, text: &str, size: f32, bold: bool, align: Align, indent: f32) -> Words {
        let family = self.family;
        let size = (size * self.scale).max(TEXT_FLOOR);
        self.text_in(family, text, size, bold, align, indent)
    }

    /// `size` in dots, not scaled to the paper. Japanese words in a foreign text are set in
    /// the Japanese face (fonts::face_runs); easy Japanese's readings go above their kanji.
    fn text_in(
        &mut self,
        family: &'static str,
        text: &str,
        size: f32,
        bold: bool,
        align: Align,
        indent: f32,
    ) -> Words {
        let mut plain = String::new();
        let mut bases = Vec::new();
        for run in furigana::runs(text) {
            match run {
                Run::Plain(p) => plain.push_str(p),
                Run::Ruby { base, reading } => {
                    let start = plain.len();
                    plain.push_str(base);
                    bases.push((start..plain.len(), reading));
                }
            }
        }
        // A line with readings has room above its kanji for them (cosmic-text centres the
        // glyphs in the line, so the room is added twice).
        let line_height = if bases.is_empty() {
            size * 1.3
        } else {
            size * 1.3 + 2.0 * reading_size(size)
        };
        let mut buffer = Buffer::new(self.fonts, Metrics::new(size, line_height));
        let inner = self.width - 2.0 * self.margin - indent;
        buffer.set_size(self.fonts, Some(inner), None);
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::Name(family)).weight(weight);
        let own = fonts::by_family(family).unwrap_or(fonts::JAPANESE);
        // Joiners keep phrases together; the readings' places move with them.
        let kept = fonts::keep_words(own, &plain);
        let bases: Vec<_> = bases
            .into_iter()
            .map(|(r, reading)| (fonts::kept_range(&kept, r), reading))
            .collect();
        let spans: Vec<(&str, Attrs)> = fonts::face_runs(own, &kept)
            .into_iter()
            .map(|(run, face)| (run, attrs.clone().family(Family::Name(face.family))))
            .collect();
        buffer.set_rich_text(self.fonts, spans, &attrs, Shaping::Advanced, Some(align));
        buffer.shape_until_scroll(self.fonts, false);
        // cosmic-text counts a glyph's bytes from the start of its own line.
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(kept.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let readings = bases
            .into_iter()
            .filter_map(|(range, reading)| {
                self.reading(&buffer, &line_starts, range, reading, size, &attrs)
            })
            .collect();
        Words {
            base: buffer,
            readings,
        }
    }

    /// `reading` laid out half the base's size (10 dots at least), centred over the glyphs of
    /// `range` (bytes of the base's text, whose lines start at `line_starts`) where they are
    /// first drawn, shrunk (not below 10 dots) where it would reach past them by more than a
    /// quarter of the base's size on each side.
    fn reading(
        &mut self,
        base: &Buffer,
        line_starts: &[usize],
        range: std::ops::Range<usize>,
        reading: &str,
        size: f32,
        attrs: &Attrs,
    ) -> Option<Reading> {
        let (x0, x1, baseline) = base.layout_runs().find_map(|run| {
            let offset = line_starts.get(run.line_i).copied()?;
            let glyphs: Vec<_> = run
                .glyphs
                .iter()
                .filter(|g| offset + g.start >= range.start && offset + g.end <= range.end)
                .collect();
            let x0 = glyphs.iter().map(|g| g.x).reduce(f32::min)?;
            let x1 = glyphs.iter().map(|g| g.x + g.w).reduce(f32::max)?;
            Some((x0, x1, run.line_y))
        })?;
        let room = x1 - x0 + size * 0.5;
        let mut reading_size = reading_size(size);
        let layout = |fonts: &mut FontSystem, reading_size: f32| {
            let mut buffer = Buffer::new(fonts, Metrics::new(reading_size, reading_size * 1.15));
            buffer.set_text(fonts, reading, attrs, Shaping::Advanced, None);
            buffer.shape_until_scroll(fonts, false);
            let width = buffer.layout_runs().map(|r| r.line_w).fold(0.0, f32::max);
            let own_baseline = buffer
                .layout_runs()
                .next()
                .map_or(reading_size, |r| r.line_y);
            (buffer, width, own_baseline)
        };
        let (mut buffer, mut width, mut own_baseline) = layout(self.fonts, reading_size);
        if width > room && reading_size > READING_FLOOR {
            reading_size = (reading_size * room / width).max(READING_FLOOR);
            (buffer, width, own_baseline) = layout(self.fonts, reading_size);
        }
        // The reading's baseline sits just above the top of the base's kanji.
        let top = baseline - size * 0.92 - reading_size * 0.12 - own_baseline;
        Some(Reading {
            buffer,
            at: (((x0 + x1 - width) / 2.0).max(0.0), top),
        })
    }

    fn line(&mut self, text: &str, size: f32, bold: bool, align: Align) {
        let buffer = self.text(text, size, bold, align, 0.0);
        self.blocks.push(Block::Text {
            buffer,
            indent: 0.0,
        });
    }

    fn gap(&mut self, h: f32) {
        self.blocks.push(Block::Gap(h * self.scale));
    }
}

/// Text laid out for the paper: the base, and the readings over its kanji.
struct Words {
    base: Buffer,
    readings: Vec<Reading>,
}

/// A reading of easy Japanese, and where it sits from the base's top-left.
struct Reading {
    buffer: Buffer,
    at: (f32, f32),
}

/// A reading's size beside its base's, as printed ruby has it.
const READING_SCALE: f32 = 0.5;
/// The smallest reading a thermal head prints legibly, in dots (1.25 mm at 203 dpi): on 58 mm
/// paper half the body's size would be 7.
const READING_FLOOR: f32 = 10.0;

/// A reading's size over a base of `size` dots.
fn reading_size(size: f32) -> f32 {
    (size * READING_SCALE).max(READING_FLOOR)
}

fn height_of(words: &Words) -> f32 {
    words
        .base
        .layout_runs()
        .map(|r| r.line_top + r.line_height)
        .fold(0.0, f32::max)
}

impl Block {
    /// The block's text, its offset from the block's top-left (inside the margin), and
    /// whether it is white on black.
    fn text_at(&self, scale: f32) -> Option<(&Words, (f32, f32), bool)> {
        match self {
            Block::Text { buffer, indent } => Some((buffer, (*indent, 0.0), false)),
            Block::Item { buffer, box_size } => {
                Some((buffer, (box_size + 10.0 * scale, 0.0), false))
            }
            Block::Inverted { buffer, pad } => Some((buffer, (2.0 * pad, *pad), true)),
            Block::Rule | Block::Qr { .. } | Block::Gap(_) => None,
        }
    }

    fn height(&self) -> f32 {
        match self {
            Block::Text { buffer, .. } => height_of(buffer),
            Block::Item { buffer, box_size } => height_of(buffer).max(*box_size),
            Block::Inverted { buffer, pad } => height_of(buffer) + 2.0 * pad,
            Block::Rule => 12.0,
            Block::Qr { size, scale, .. } => *size as f32 * scale,
            Block::Gap(h) => *h,
        }
    }
}

/// Draws glyphs into the pixmap as coverage: black ink, or white on a black block.
fn draw_text(
    pixmap: &mut Pixmap,
    words: &Words,
    fonts: &mut FontSystem,
    cache: &mut SwashCache,
    (x0, y0): (f32, f32),
    white: bool,
) {
    draw_buffer(pixmap, &words.base, fonts, cache, (x0, y0), white);
    for r in &words.readings {
        draw_buffer(
            pixmap,
            &r.buffer,
            fonts,
            cache,
            (x0 + r.at.0, y0 + r.at.1),
            white,
        );
    }
}

fn draw_buffer(
    pixmap: &mut Pixmap,
    buffer: &Buffer,
    fonts: &mut FontSystem,
    cache: &mut SwashCache,
    (x0, y0): (f32, f32),
    white: bool,
) {
    let (w, h) = (pixmap.width() as i32, pixmap.height() as i32);
    let pixels = pixmap.pixels_mut();
    buffer.draw(fonts, cache, Color::rgb(0, 0, 0), |x, y, gw, gh, color| {
        let alpha = color.a();
        if alpha < 16 {
            return;
        }
        for dy in 0..gh as i32 {
            for dx in 0..gw as i32 {
                let (px, py) = (x0 as i32 + x + dx, y0 as i32 + y + dy);
                if px < 0 || py < 0 || px >= w || py >= h {
                    continue;
                }
                let p = &mut pixels[(py * w + px) as usize];
                let current = p.red();
                let ink = if white {
                    current.saturating_add(alpha)
                } else {
                    current.saturating_sub(alpha)
                };
                *p = tiny_skia::PremultipliedColorU8::from_rgba(ink, ink, ink, 255).unwrap_or(*p);
            }
        }
    });
}

/// Lays the ticket out at `width` dots (576 for 80 mm paper, 384 for 58 mm) and draws it.
pub fn render(view: &TicketView, width: u32) -> Result<Raster, String> {
    let mut guard = FONTS.lock().map_err(|_| "the font system is unavailable")?;
    let (fonts, cache) = &mut *guard;
    let scale = width as f32 / 576.0;
    let mut l = Layout {
        fonts,
        width: width as f32,
        margin: 16.0 * scale,
        scale,
        family: fonts::family(&view.language),
        blocks: Vec::new(),
    };
    for line in &view.header {
        l.line(line, 24.0, true, Align::Center);
    }
    l.line(&view.issued, 20.0, false, Align::Center);
    l.blocks.push(Block::Rule);
    if view.number.is_empty() {
        // A slip: the line sending the resident to the reception desk stands where the
        // number would.
        l.line(&view.number_label, 32.0, true, Align::Center);
    } else {
        l.line(&view.number_label, 26.0, false, Align::Center);
        l.line(&view.number, 120.0, true, Align::Center);
    }
    l.line(&view.counter, 44.0, true, Align::Center);
    l.line(&view.counter_label, 24.0, false, Align::Center);
    if let Some(wait) = &view.wait {
        l.gap(6.0);
        l.line(wait, 24.0, true, Align::Center);
    }
    if !view.elsewhere.is_empty() {
        l.gap(6.0);
        for line in &view.elsewhere {
            l.line(line, 22.0, false, Align::Left);
        }
    }
    l.blocks.push(Block::Rule);
    for p in &view.procedures {
        l.line(p, 28.0, true, Align::Left);
    }
    if !view.checklist.is_empty() {
        l.gap(10.0);
        l.line(&view.bring_title, 24.0, true, Align::Left);
        let box_size = 22.0 * scale;
        for item in &view.checklist {
            let buffer = l.text(item, 22.0, false, Align::Left, box_size + 10.0 * scale);
            l.blocks.push(Block::Item { buffer, box_size });
            l.gap(4.0);
        }
    }
    if !view.notes.is_empty() {
        l.gap(8.0);
        for note in &view.notes {
            l.line(note, 20.0, false, Align::Left);
        }
    }
    if !view.staff.is_empty() {
        l.gap(8.0);
        l.blocks.push(Block::Rule);
        // The first line is the block's title.
        for (i, line) in view.staff.iter().enumerate() {
            let buffer = l.text_in(
                fonts::JAPANESE.family,
                line,
                STAFF_SIZE,
                i == 0,
                Align::Left,
                0.0,
            );
            l.blocks.push(Block::Text {
                buffer,
                indent: 0.0,
            });
        }
    }
    if let Some(warning) = &view.warning {
        l.gap(10.0);
        let pad = 10.0 * scale;
        let buffer = l.text(warning, 22.0, true, Align::Left, 4.0 * pad);
        l.blocks.push(Block::Inverted { buffer, pad });
    }
    for (url, caption) in &view.qr {
        let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
            continue;
        };
        l.gap(12.0);
        l.line(caption, 20.0, false, Align::Center);
        let size = code.width();
        let modules = code
            .to_colors()
            .iter()
            .map(|c| *c == qrcode::Color::Dark)
            .collect();
        // Whole dots per module, so the printer's raster keeps the modules square.
        let scale = ((200.0 * scale) / size as f32).floor().max(2.0);
        l.blocks.push(Block::Qr {
            modules,
            size,
            scale,
        });
    }
    l.blocks.push(Block::Rule);
    l.line(&view.footer, 20.0, false, Align::Center);
    l.gap(24.0);

    let margin = l.margin;
    let blocks = std::mem::take(&mut l.blocks);
    let height = blocks.iter().map(Block::height).sum::<f32>().ceil() as u32 + 8;
    let mut pixmap = Pixmap::new(width, height).ok_or("the ticket is too large to draw")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut black = Paint::default();
    black.set_color_rgba8(0, 0, 0, 255);
    let mut y = 4.0;
    for block in &blocks {
        match block {
            Block::Item { box_size, .. } => {
                let top = y + 3.0 * scale;
                if let Some(rect) =
                    Rect::from_xywh(margin + 1.0, top, box_size - 2.0, box_size - 2.0)
                {
                    let path = PathBuilder::from_rect(rect);
                    let stroke = Stroke {
                        width: 2.0 * scale.max(1.0),
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &black, &stroke, Transform::identity(), None);
                }
            }
            Block::Inverted { .. } => {
                let h = block.height();
                if let Some(rect) = Rect::from_xywh(margin, y, width as f32 - 2.0 * margin, h) {
                    pixmap.fill_rect(rect, &black, Transform::identity(), None);
                }
            }
            Block::Rule => {
                if let Some(rect) =
                    Rect::from_xywh(margin, y + 5.0, width as f32 - 2.0 * margin, 2.0)
                {
                    pixmap.fill_rect(rect, &black, Transform::identity(), None);
                }
            }
            Block::Qr {
                modules,
                size,
                scale,
            } => {
                let side = *size as f32 * scale;
                let left = ((width as f32 - side) / 2.0).floor();
                for (i, dark) in modules.iter().enumerate() {
                    if !dark {
                        continue;
                    }
                    let (mx, my) = ((i % size) as f32, (i / size) as f32);
                    if let Some(rect) =
                        Rect::from_xywh(left + mx * scale, y + my * scale, *scale, *scale)
                    {
                        pixmap.fill_rect(rect, &black, Transform::identity(), None);
                    }
                }
            }
            Block::Text { .. } | Block::Gap(_) => {}
        }
        // Text goes over the shapes (the inverted block's black ground).
        if let Some((buffer, (dx, dy), white)) = block.text_at(scale) {
            draw_text(
                &mut pixmap,
                buffer,
                fonts,
                cache,
                (margin + dx, y + dy),
                white,
            );
        }
        y += block.height();
    }
    Ok(threshold(&pixmap))
}

/// Grey to black and white at half coverage: what a thermal head can print.
fn threshold(pixmap: &Pixmap) -> Raster {
    let (width, height) = (pixmap.width(), pixmap.height());
    let per_row = width.div_ceil(8) as usize;
    let mut bits = vec![0u8; per_row * height as usize];
    for (i, px) in pixmap.pixels().iter().enumerate() {
        if px.red() < 128 {
            let (x, y) = (i % width as usize, i / width as usize);
            bits[y * per_row + x / 8] |= 0x80 >> (x % 8);
        }
    }
    Raster {
        width,
        height,
        bits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    /// Every Japanese, easy-Japanese and Chinese resident text, laid out by the ticket's own
    /// text layout on 80 mm and 58 mm paper in the ticket's type sizes: no line starts inside
    /// a phrase that fits on a line.
    #[test]
    fn no_ticket_line_starts_inside_a_phrase() {
        let catalog = Catalog::embedded();
        let mut guard = FONTS.lock().unwrap_or_else(|e| e.into_inner());
        let (system, _) = &mut *guard;
        let mut cuts = Vec::new();
        let mut lines = 0;
        for lang in ["ja", "ja-easy", "zh-Hans", "zh-Hant"] {
            let writing = crate::phrases::Writing::of(lang).unwrap();
            let family = fonts::family(lang);
            let own = fonts::by_family(family).unwrap();
            for width in [576u32, 384] {
                let scale = width as f32 / 576.0;
                let mut l = Layout {
                    fonts: &mut *system,
                    width: width as f32,
                    margin: 16.0 * scale,
                    scale,
                    family,
                    blocks: Vec::new(),
                };
                for text in catalog.resident_texts(lang) {
                    let plain = furigana::plain(&text);
                    let kept = fonts::keep_words(own, &plain);
                    for (size, bold) in [(20.0, false), (22.0, false), (28.0, true), (44.0, true)] {
                        let words = l.text(&text, size, bold, Align::Left, 0.0);
                        lines += words.base.layout_runs().count();
                        for cut in fonts::phrase_cuts(&words.base, &kept, writing) {
                            cuts.push(format!("{lang} on {width} dots at {size}: {cut}"));
                        }
                    }
                }
            }
        }
        assert!(lines > 5_000, "only {lines} lines laid out");
        assert!(
            cuts.is_empty(),
            "{} lines start inside a phrase:\n{}",
            cuts.len(),
            cuts.join("\n")
        );
    }
}
