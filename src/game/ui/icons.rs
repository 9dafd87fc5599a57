//! Icons drawn by code at start-up: a few filled polygons, anti-aliased by supersampling.
//! No image files, so no image decoder in the build and nothing to download.

use bevy::asset::RenderAssetUsages;
use bevy::image::Image;
use bevy::prelude::*;
use wgpu_types::{Extent3d, TextureDimension, TextureFormat};

/// Handles to every icon. White shapes on transparent: tint with `ImageNode::color`.
#[derive(Resource, Debug, Clone)]
pub struct Icons {
    pub star: Handle<Image>,
    pub forward: Handle<Image>,
    pub turn_left: Handle<Image>,
    pub turn_right: Handle<Image>,
    pub play: Handle<Image>,
    pub back: Handle<Image>,
    pub lock: Handle<Image>,
    pub flag: Handle<Image>,
    pub check: Handle<Image>,
    pub lamp: Handle<Image>,
    pub repeat: Handle<Image>,
    pub until: Handle<Image>,
    pub question: Handle<Image>,
    pub helper: Handle<Image>,
    pub pause: Handle<Image>,
    pub step: Handle<Image>,
    pub step_back: Handle<Image>,
    pub stop: Handle<Image>,
    pub undo: Handle<Image>,
    pub redo: Handle<Image>,
    pub plus: Handle<Image>,
    pub minus: Handle<Image>,
    pub fast: Handle<Image>,
    pub cross: Handle<Image>,
    pub dot: Handle<Image>,
    pub bin: Handle<Image>,
    /// Read aloud: a loudspeaker with two sound waves.
    pub speaker: Handle<Image>,
    /// A player's settings: a cog wheel.
    pub gear: Handle<Image>,
    /// Animal faces for the teach-the-robot cards (`core::level::train_robot::Picture`).
    pub cat: Handle<Image>,
    pub dog: Handle<Image>,
    pub rabbit: Handle<Image>,
    /// Avatar and picture-password pictures, by id (`crate::core::profiles::PICTURES`).
    pub pictures: Vec<(&'static str, Handle<Image>)>,
}

impl Icons {
    /// A profile picture by id (the question mark for one this version does not know).
    pub fn picture(&self, id: &str) -> Handle<Image> {
        self.pictures.iter().find(|(p, _)| *p == id).map_or_else(|| self.question.clone(), |(_, h)| h.clone())
    }
}

const SIZE: u32 = 96;
const SAMPLES: u32 = 4;

type Polygon = Vec<Vec2>;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreStartup, draw_icons);
}

fn draw_icons(mut commands: Commands, mut images: ResMut<Assets<Image>>) {
    let mut add = |shapes: Vec<Polygon>| images.add(rasterize(&shapes));
    let icons = Icons {
        star: add(vec![star()]),
        forward: add(arrow_up()),
        turn_left: add(turn(false)),
        turn_right: add(turn(true)),
        play: add(vec![vec![Vec2::new(0.25, 0.14), Vec2::new(0.88, 0.5), Vec2::new(0.25, 0.86)]]),
        back: add(back_arrow()),
        lock: add(lock()),
        flag: add(flag()),
        check: add(vec![check()]),
        lamp: add(lamp()),
        repeat: add(repeat()),
        until: add({
            let mut shapes = repeat();
            shapes.extend(flag().into_iter().map(|p| scale(p, 0.45, Vec2::new(0.3, 0.3))));
            shapes
        }),
        question: add(vec![vec![
            Vec2::new(0.5, 0.06),
            Vec2::new(0.94, 0.5),
            Vec2::new(0.5, 0.94),
            Vec2::new(0.06, 0.5),
        ]]),
        helper: add(vec![rect(0.12, 0.14, 0.88, 0.3), rect(0.12, 0.42, 0.88, 0.58), rect(0.12, 0.7, 0.88, 0.86)]),
        pause: add(vec![rect(0.2, 0.14, 0.4, 0.86), rect(0.6, 0.14, 0.8, 0.86)]),
        step: add(vec![
            vec![Vec2::new(0.14, 0.14), Vec2::new(0.66, 0.5), Vec2::new(0.14, 0.86)],
            rect(0.7, 0.14, 0.86, 0.86),
        ]),
        step_back: add(vec![
            vec![Vec2::new(0.86, 0.14), Vec2::new(0.34, 0.5), Vec2::new(0.86, 0.86)],
            rect(0.14, 0.14, 0.3, 0.86),
        ]),
        stop: add(vec![rect(0.18, 0.18, 0.82, 0.82)]),
        undo: add(undo(false)),
        redo: add(undo(true)),
        plus: add(vec![rect(0.42, 0.12, 0.58, 0.88), rect(0.12, 0.42, 0.88, 0.58)]),
        minus: add(vec![rect(0.12, 0.42, 0.88, 0.58)]),
        fast: add(vec![
            vec![Vec2::new(0.06, 0.18), Vec2::new(0.5, 0.5), Vec2::new(0.06, 0.82)],
            vec![Vec2::new(0.48, 0.18), Vec2::new(0.94, 0.5), Vec2::new(0.48, 0.82)],
        ]),
        cross: add(cross()),
        dot: add(vec![circle(Vec2::new(0.5, 0.5), 0.36)]),
        bin: add(vec![
            rect(0.38, 0.06, 0.62, 0.16),
            rect(0.14, 0.16, 0.86, 0.26),
            vec![Vec2::new(0.2, 0.32), Vec2::new(0.8, 0.32), Vec2::new(0.72, 0.94), Vec2::new(0.28, 0.94)],
        ]),
        speaker: add(speaker()),
        gear: add(gear()),
        cat: add(animal_face(Animal::Cat)),
        dog: add(animal_face(Animal::Dog)),
        rabbit: add(animal_face(Animal::Rabbit)),
        pictures: crate::core::profiles::PICTURES.iter().map(|&id| (id, add(picture(id)))).collect(),
    };
    commands.insert_resource(icons);
}

/// A profile picture's shapes as SVG paths, for the page's copy of the players screen
/// (`core::quick`): the same shapes the game draws, so the picture looks the same.
pub fn picture_paths(id: &str) -> Vec<String> {
    picture(id).iter().map(|shape| crate::core::quick::svg_path(shape.iter().map(|p| (p.x, p.y)))).collect()
}

/// A profile picture: simple, bold silhouettes a child can tell apart at a glance.
fn picture(id: &str) -> Vec<Polygon> {
    use std::f32::consts::{PI, TAU};
    let v = Vec2::new;
    match id {
        "sun" => {
            let mut shapes = vec![circle(v(0.5, 0.5), 0.24)];
            for i in 0..8 {
                let t = i as f32 * TAU / 8.0;
                let dir = v(t.cos(), t.sin());
                let side = v(-dir.y, dir.x) * 0.07;
                let base = v(0.5, 0.5) + dir * 0.3;
                shapes.push(vec![base + side, v(0.5, 0.5) + dir * 0.47, base - side]);
            }
            shapes
        }
        "moon" => vec![crescent()],
        "star" => vec![star()],
        "heart" => vec![
            circle(v(0.32, 0.36), 0.2),
            circle(v(0.68, 0.36), 0.2),
            vec![v(0.13, 0.42), v(0.87, 0.42), v(0.5, 0.88)],
        ],
        "tree" => vec![
            vec![v(0.5, 0.05), v(0.78, 0.4), v(0.22, 0.4)],
            vec![v(0.5, 0.22), v(0.88, 0.68), v(0.12, 0.68)],
            rect(0.42, 0.66, 0.58, 0.94),
        ],
        "flower" => {
            let mut shapes: Vec<Polygon> = (0..5)
                .map(|i| {
                    let t = -PI / 2.0 + i as f32 * TAU / 5.0;
                    circle(v(0.5, 0.45) + v(t.cos(), t.sin()) * 0.22, 0.15)
                })
                .collect();
            shapes.push(circle(v(0.5, 0.45), 0.14));
            shapes.push(rect(0.47, 0.6, 0.53, 0.95));
            shapes
        }
        "fish" => vec![ellipse(v(0.44, 0.5), 0.32, 0.2), vec![v(0.68, 0.5), v(0.95, 0.28), v(0.95, 0.72)]],
        "house" => vec![vec![v(0.5, 0.08), v(0.92, 0.46), v(0.08, 0.46)], rect(0.18, 0.44, 0.82, 0.92)],
        "rocket" => vec![
            vec![v(0.5, 0.04), v(0.64, 0.22), v(0.64, 0.7), v(0.36, 0.7), v(0.36, 0.22)],
            vec![v(0.36, 0.46), v(0.36, 0.74), v(0.18, 0.84)],
            vec![v(0.64, 0.46), v(0.82, 0.84), v(0.64, 0.74)],
            vec![v(0.42, 0.74), v(0.58, 0.74), v(0.5, 0.96)],
        ],
        "crown" => {
            vec![vec![v(0.1, 0.8), v(0.1, 0.28), v(0.3, 0.52), v(0.5, 0.18), v(0.7, 0.52), v(0.9, 0.28), v(0.9, 0.8)]]
        }
        "leaf" => vec![
            {
                // A lens of two parabolas, pointed at both ends, leaning over.
                let half = |sign: f32| {
                    (0..=16).map(move |i| {
                        let x = -0.42 + 0.84 * i as f32 / 16.0;
                        (x * sign, sign * 0.22 * (1.0 - (x / 0.42).powi(2)))
                    })
                };
                let (s, c) = (-PI / 4.0).sin_cos();
                half(1.0).chain(half(-1.0)).map(|(x, y)| v(0.52 + x * c - y * s, 0.48 + x * s + y * c)).collect()
            },
            vec![v(0.2, 0.84), v(0.24, 0.88), v(0.42, 0.6), v(0.38, 0.56)],
        ],
        "boat" => vec![
            vec![v(0.06, 0.66), v(0.94, 0.66), v(0.78, 0.88), v(0.22, 0.88)],
            rect(0.47, 0.1, 0.53, 0.66),
            vec![v(0.44, 0.14), v(0.44, 0.6), v(0.14, 0.6)],
            vec![v(0.56, 0.2), v(0.84, 0.6), v(0.56, 0.6)],
        ],
        _ => vec![circle(v(0.5, 0.5), 0.4)],
    }
}

/// The animals a teach-the-robot card can show.
enum Animal {
    Cat,
    Dog,
    Rabbit,
}

/// A round face whose ears tell the animal apart at a glance: pointed (cat), floppy and with
/// a snout (dog), long and upright (rabbit).
fn animal_face(animal: Animal) -> Vec<Polygon> {
    let v = Vec2::new;
    match animal {
        Animal::Cat => vec![
            circle(v(0.5, 0.58), 0.3),
            vec![v(0.2, 0.5), v(0.24, 0.1), v(0.46, 0.32)],
            vec![v(0.8, 0.5), v(0.76, 0.1), v(0.54, 0.32)],
        ],
        Animal::Dog => vec![
            circle(v(0.5, 0.5), 0.28),
            ellipse(v(0.2, 0.5), 0.1, 0.24),
            ellipse(v(0.8, 0.5), 0.1, 0.24),
            ellipse(v(0.5, 0.78), 0.16, 0.12),
        ],
        Animal::Rabbit => {
            vec![circle(v(0.5, 0.68), 0.26), ellipse(v(0.38, 0.28), 0.08, 0.24), ellipse(v(0.62, 0.28), 0.08, 0.24)]
        }
    }
}

fn ellipse(center: Vec2, rx: f32, ry: f32) -> Polygon {
    (0..32)
        .map(|i| {
            let angle = i as f32 / 32.0 * std::f32::consts::TAU;
            center + Vec2::new(rx * angle.cos(), ry * angle.sin())
        })
        .collect()
}

/// A crescent moon: the part of one circle outside another.
fn crescent() -> Polygon {
    let (c1, r1, c2, r2) = (Vec2::new(0.5, 0.5), 0.42, Vec2::new(0.7, 0.36), 0.34);
    let ring = |c: Vec2, r: f32| {
        (0..96).map(move |i| {
            let t = i as f32 / 96.0 * std::f32::consts::TAU;
            c + r * Vec2::new(t.cos(), t.sin())
        })
    };
    // Start the outer arc inside the bite, so the part outside it is one unbroken run.
    let start = (c2 - c1).to_angle();
    let outer: Polygon = (0..96)
        .map(|i| start + i as f32 / 96.0 * std::f32::consts::TAU)
        .map(|t| c1 + r1 * Vec2::new(t.cos(), t.sin()))
        .filter(|p| p.distance(c2) > r2)
        .collect();
    let back = (c1 - c2).to_angle();
    let mut inner: Polygon = ring(c2, r2).filter(|p| p.distance(c1) < r1).collect();
    inner.sort_by(|a, b| {
        let angle = |p: &Vec2| ((*p - c2).to_angle() - back + std::f32::consts::PI).rem_euclid(std::f32::consts::TAU);
        angle(a).total_cmp(&angle(b))
    });
    // Walk the bite's edge from where the outer arc ended back to where it began.
    if let (Some(end), Some(first), Some(last)) = (outer.last(), inner.first(), inner.last()) {
        if end.distance(*last) < end.distance(*first) {
            inner.reverse();
        }
    }
    outer.into_iter().chain(inner).collect()
}

fn star() -> Polygon {
    (0..10)
        .map(|i| {
            let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
            let radius = if i % 2 == 0 { 0.48 } else { 0.2 };
            Vec2::new(0.5 + radius * angle.cos(), 0.53 + radius * angle.sin())
        })
        .collect()
}

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Polygon {
    vec![Vec2::new(x0, y0), Vec2::new(x1, y0), Vec2::new(x1, y1), Vec2::new(x0, y1)]
}

fn arrow_up() -> Vec<Polygon> {
    vec![vec![Vec2::new(0.5, 0.06), Vec2::new(0.9, 0.5), Vec2::new(0.1, 0.5)], rect(0.37, 0.45, 0.63, 0.94)]
}

fn back_arrow() -> Vec<Polygon> {
    vec![vec![Vec2::new(0.06, 0.5), Vec2::new(0.5, 0.1), Vec2::new(0.5, 0.9)], rect(0.45, 0.37, 0.94, 0.63)]
}

/// An arc-shaped band around `center`, from `from` to `to` radians (counter-clockwise on
/// screen), `radius` to its middle and `half_width` either side.
fn arc(center: Vec2, radius: f32, half_width: f32, from: f32, to: f32) -> Polygon {
    let steps = 16;
    let point = |r: f32, t: f32| center + Vec2::new(r * t.cos(), -r * t.sin());
    let outer = (0..=steps).map(|i| point(radius + half_width, from + (to - from) * i as f32 / steps as f32));
    let inner = (0..=steps).rev().map(|i| point(radius - half_width, from + (to - from) * i as f32 / steps as f32));
    outer.chain(inner).collect()
}

/// Up, then round to the left (or right): the arrow on the turn tiles.
fn turn(right: bool) -> Vec<Polygon> {
    let shapes = vec![
        rect(0.57, 0.72, 0.79, 0.96),
        arc(Vec2::new(0.3, 0.74), 0.38, 0.11, 0.0, std::f32::consts::FRAC_PI_2),
        vec![Vec2::new(0.04, 0.36), Vec2::new(0.32, 0.12), Vec2::new(0.32, 0.6)],
    ];
    if right {
        shapes.into_iter().map(|p| p.into_iter().map(|v| Vec2::new(1.0 - v.x, v.y)).collect()).collect()
    } else {
        shapes
    }
}

fn lock() -> Vec<Polygon> {
    vec![
        rect(0.18, 0.45, 0.82, 0.94),
        arc(Vec2::new(0.5, 0.42), 0.21, 0.07, 0.0, std::f32::consts::PI),
        rect(0.22, 0.4, 0.36, 0.48),
        rect(0.64, 0.4, 0.78, 0.48),
    ]
}

/// A thick tick mark.
fn check() -> Polygon {
    vec![
        Vec2::new(0.08, 0.52),
        Vec2::new(0.22, 0.38),
        Vec2::new(0.4, 0.56),
        Vec2::new(0.78, 0.16),
        Vec2::new(0.92, 0.3),
        Vec2::new(0.4, 0.84),
    ]
}

fn flag() -> Vec<Polygon> {
    vec![rect(0.18, 0.06, 0.27, 0.96), vec![Vec2::new(0.27, 0.08), Vec2::new(0.9, 0.3), Vec2::new(0.27, 0.52)]]
}

fn circle(center: Vec2, radius: f32) -> Polygon {
    (0..32)
        .map(|i| {
            let angle = i as f32 / 32.0 * std::f32::consts::TAU;
            center + radius * Vec2::new(angle.cos(), angle.sin())
        })
        .collect()
}

fn scale(polygon: Polygon, factor: f32, offset: Vec2) -> Polygon {
    polygon.into_iter().map(|v| v * factor + offset).collect()
}

/// A light bulb: a round glass over a screw base.
fn lamp() -> Vec<Polygon> {
    let glass: Polygon = (0..24)
        .map(|i| {
            let angle = i as f32 / 24.0 * std::f32::consts::TAU;
            Vec2::new(0.5 + 0.32 * angle.cos(), 0.4 + 0.32 * angle.sin())
        })
        .collect();
    vec![glass, rect(0.36, 0.66, 0.64, 0.78), rect(0.39, 0.8, 0.61, 0.9)]
}

/// A circle of arrow: "again and again".
fn repeat() -> Vec<Polygon> {
    vec![
        arc(Vec2::new(0.5, 0.52), 0.3, 0.09, 0.5, 5.6),
        vec![Vec2::new(0.66, 0.1), Vec2::new(0.95, 0.36), Vec2::new(0.6, 0.45)],
    ]
}

/// A half circle with an arrowhead at its left end (or right, mirrored): undo / redo.
fn undo(mirrored: bool) -> Vec<Polygon> {
    let shapes = vec![
        arc(Vec2::new(0.52, 0.58), 0.28, 0.09, -0.9, std::f32::consts::PI),
        vec![Vec2::new(0.06, 0.6), Vec2::new(0.42, 0.6), Vec2::new(0.24, 0.86)],
    ];
    if mirrored {
        shapes.into_iter().map(|p| p.into_iter().map(|v| Vec2::new(1.0 - v.x, v.y)).collect()).collect()
    } else {
        shapes
    }
}

/// A thick X.
fn cross() -> Vec<Polygon> {
    let bar = |flip: bool| -> Polygon {
        let points = [Vec2::new(0.2, 0.1), Vec2::new(0.9, 0.8), Vec2::new(0.8, 0.9), Vec2::new(0.1, 0.2)];
        points.into_iter().map(|v| if flip { Vec2::new(1.0 - v.x, v.y) } else { v }).collect()
    };
    vec![bar(false), bar(true)]
}

/// A loudspeaker facing right, with two waves in front of it.
fn speaker() -> Vec<Polygon> {
    use std::f32::consts::FRAC_PI_4;
    let center = Vec2::new(0.46, 0.5);
    vec![
        rect(0.08, 0.36, 0.26, 0.64),
        vec![Vec2::new(0.24, 0.36), Vec2::new(0.48, 0.14), Vec2::new(0.48, 0.86), Vec2::new(0.24, 0.64)],
        arc(center, 0.2, 0.05, -FRAC_PI_4, FRAC_PI_4),
        arc(center, 0.38, 0.05, -FRAC_PI_4 * 1.2, FRAC_PI_4 * 1.2),
    ]
}

/// A cog wheel: a ring (its hole left clear by the even-odd rule) and eight teeth.
fn gear() -> Vec<Polygon> {
    let center = Vec2::new(0.5, 0.5);
    let mut shapes = vec![arc(center, 0.27, 0.12, 0.0, std::f32::consts::TAU)];
    for i in 0..8 {
        let angle = i as f32 * std::f32::consts::TAU / 8.0;
        let (out, across) = (Vec2::new(angle.cos(), -angle.sin()), Vec2::new(angle.sin(), angle.cos()));
        let corner = |radial: f32, side: f32| center + out * radial + across * side;
        shapes.push(vec![corner(0.3, -0.08), corner(0.47, -0.06), corner(0.47, 0.06), corner(0.3, 0.08)]);
    }
    shapes
}

/// Where `polygon`'s edges cross the horizontal line at `y`: the x of each crossing, in the
/// order of the edges (the even-odd rule: a point is inside when an odd number lie right of it).
fn crossings(polygon: &[Vec2], y: f32, out: &mut Vec<f32>) {
    let mut previous = polygon[polygon.len() - 1];
    for &current in polygon {
        if (current.y > y) != (previous.y > y) {
            out.push(previous.x + (y - previous.y) / (current.y - previous.y) * (current.x - previous.x));
        }
        previous = current;
    }
}

/// White shapes with anti-aliased edges on a transparent square: SAMPLES × SAMPLES points per
/// pixel, each inside when it is inside any shape by the even-odd rule. Scanline by scanline
/// (each shape's crossings found once per row of points, not once per point): testing every
/// point against every edge took 0.8 s of a tablet's start-up (issue #21).
fn rasterize(shapes: &[Polygon]) -> Image {
    let side = (SIZE * SAMPLES) as usize;
    let step = 1.0 / (SIZE * SAMPLES) as f32;
    let mut hits = vec![0u32; (SIZE * SIZE) as usize];
    let mut covered = vec![false; side];
    let mut xs = Vec::new();
    // The first column of points whose x is at or right of `x` (the points' x computed as
    // below, so the answer is exact, not rounded another way).
    let first_at_or_after = |x: f32| {
        let point = |column: usize| column as f32 * step + step / 2.0;
        let mut column = ((x - step / 2.0) / step).ceil().clamp(0.0, side as f32) as usize;
        while column > 0 && point(column - 1) >= x {
            column -= 1;
        }
        while column < side && point(column) < x {
            column += 1;
        }
        column
    };
    for row in 0..side {
        let y = row as f32 * step + step / 2.0;
        covered.fill(false);
        for shape in shapes {
            xs.clear();
            crossings(shape, y, &mut xs);
            xs.sort_by(f32::total_cmp);
            // A point is inside when an odd number of crossings lie strictly right of it. A
            // closed polygon crosses a line an even number of times (each edge that goes above
            // the line has one that comes back), so that is between the (2k)th crossing
            // (included) and the (2k+1)th (excluded).
            for pair in xs.chunks_exact(2) {
                covered[first_at_or_after(pair[0])..first_at_or_after(pair[1])].fill(true);
            }
        }
        let pixel_row = row / SAMPLES as usize * SIZE as usize;
        for (column, &inside) in covered.iter().enumerate() {
            hits[pixel_row + column / SAMPLES as usize] += u32::from(inside);
        }
    }
    let mut data = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for hits in hits {
        let alpha = (hits * 255 / (SAMPLES * SAMPLES)) as u8;
        data.extend_from_slice(&[255, 255, 255, alpha]);
    }
    Image::new(
        Extent3d { width: SIZE, height: SIZE, depth_or_array_layers: 1 },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD | RenderAssetUsages::MAIN_WORLD,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slow, plain way: every point against every edge of every shape.
    fn alpha_point_by_point(shapes: &[Polygon]) -> Vec<u8> {
        let inside = |polygon: &[Vec2], p: Vec2| {
            let mut xs = Vec::new();
            crossings(polygon, p.y, &mut xs);
            xs.iter().filter(|&&x| p.x < x).count() % 2 == 1
        };
        let step = 1.0 / (SIZE * SAMPLES) as f32;
        let mut alpha = Vec::new();
        for y in 0..SIZE {
            for x in 0..SIZE {
                let mut hits = 0;
                for sy in 0..SAMPLES {
                    for sx in 0..SAMPLES {
                        let p = Vec2::new(
                            (x * SAMPLES + sx) as f32 * step + step / 2.0,
                            (y * SAMPLES + sy) as f32 * step + step / 2.0,
                        );
                        hits += u32::from(shapes.iter().any(|shape| inside(shape, p)));
                    }
                }
                alpha.push((hits * 255 / (SAMPLES * SAMPLES)) as u8);
            }
        }
        alpha
    }

    #[test]
    fn scanlines_draw_exactly_what_testing_every_point_draws() {
        let mut drawings: Vec<Vec<Polygon>> = vec![vec![star()], gear(), lock(), speaker(), undo(true), repeat()];
        drawings.extend(crate::core::profiles::PICTURES.iter().map(|id| picture(id)));
        drawings.extend([Animal::Cat, Animal::Dog, Animal::Rabbit].map(animal_face));
        for shapes in drawings {
            let image = rasterize(&shapes);
            let alpha: Vec<u8> = image.data.expect("pixels").chunks(4).map(|p| p[3]).collect();
            assert_eq!(alpha, alpha_point_by_point(&shapes));
        }
    }

    #[test]
    fn the_gear_has_a_hole_a_ring_and_teeth() {
        let image = rasterize(&gear());
        let data = image.data.as_ref().expect("pixels");
        let alpha =
            |x: f32, y: f32| data[(((y * SIZE as f32) as u32 * SIZE + (x * SIZE as f32) as u32) * 4 + 3) as usize];
        assert_eq!(alpha(0.5, 0.5), 0, "the hole");
        assert_eq!(alpha(0.5 + 0.27, 0.5), 255, "the ring");
        assert_eq!(alpha(0.5 + 0.44, 0.5), 255, "a tooth");
        assert_eq!(alpha(0.5 + 0.44 * 0.38, 0.5 - 0.44 * 0.92), 0, "between two teeth");
    }

    #[test]
    fn star_is_filled_in_the_middle_and_empty_in_the_corner() {
        let image = rasterize(&[star()]);
        let data = image.data.as_ref().expect("pixels");
        let alpha = |x: u32, y: u32| data[((y * SIZE + x) * 4 + 3) as usize];
        assert_eq!(alpha(SIZE / 2, SIZE / 2), 255);
        assert_eq!(alpha(0, 0), 0);
    }

    #[test]
    fn every_picture_is_a_solid_shape_and_the_moon_has_its_bite() {
        let alpha_at = |shapes: &[Polygon], x: f32, y: f32| {
            let image = rasterize(shapes);
            let data = image.data.expect("pixels");
            let (px, py) = ((x * SIZE as f32) as u32, (y * SIZE as f32) as u32);
            data[((py * SIZE + px) * 4 + 3) as usize]
        };
        for id in crate::core::profiles::PICTURES {
            let image = rasterize(&picture(id));
            let data = image.data.expect("pixels");
            let filled = data.chunks(4).filter(|p| p[3] > 128).count();
            let share = filled as f32 / (SIZE * SIZE) as f32;
            assert!((0.12..0.75).contains(&share), "{id} covers {share}");
        }
        for animal in [Animal::Cat, Animal::Dog, Animal::Rabbit] {
            let image = rasterize(&animal_face(animal));
            let data = image.data.expect("pixels");
            let share = data.chunks(4).filter(|p| p[3] > 128).count() as f32 / (SIZE * SIZE) as f32;
            assert!((0.2..0.6).contains(&share), "an animal face covers {share}");
        }
        let moon = picture("moon");
        assert_eq!(alpha_at(&moon, 0.2, 0.5), 255, "the moon's body");
        assert_eq!(alpha_at(&moon, 0.72, 0.38), 0, "the bite");
    }
}
