//! Equal Earth projection and TopoJSON decoding, just enough for Natural Earth 1:110m from the
//! npm package world-atlas@2.0.2. Runs at build time only: the app ships the projected paths.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// Equal Earth (Šavrič, Patterson, Jenny 2018) in unit-sphere coordinates: x east, y north.
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    let lambda = lon_deg.to_radians();
    let phi = lat_deg.to_radians();
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Shapes keyed by a name the caller chooses, as rings of (lon, lat).
pub type Rings = Vec<Vec<(f64, f64)>>;

/// Decodes the `countries` object: for every geometry, its id (ISO numeric, or the feature
/// name where Natural Earth gives no id) and its rings.
pub fn decode_countries(topology: &Value) -> Result<Vec<(String, String, Rings)>, String> {
    let transform = &topology["transform"];
    let scale = (
        transform["scale"][0].as_f64().ok_or("no transform.scale")?,
        transform["scale"][1].as_f64().ok_or("no transform.scale")?,
    );
    let translate = (
        transform["translate"][0]
            .as_f64()
            .ok_or("no transform.translate")?,
        transform["translate"][1]
            .as_f64()
            .ok_or("no transform.translate")?,
    );
    let arcs: Vec<Vec<(f64, f64)>> = topology["arcs"]
        .as_array()
        .ok_or("no arcs")?
        .iter()
        .map(|arc| {
            // Quantized, delta-encoded positions.
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .map(|points| {
                    points
                        .iter()
                        .map(|p| {
                            x += p[0].as_i64().unwrap_or(0);
                            y += p[1].as_i64().unwrap_or(0);
                            (x as f64 * scale.0 + translate.0, y as f64 * scale.1 + translate.1)
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let ring = |indices: &Value| -> Rings {
        let mut points = Vec::new();
        for index in indices.as_array().into_iter().flatten() {
            let i = index.as_i64().unwrap_or(0);
            let (arc, reversed) = if i < 0 {
                (&arcs[(!i) as usize], true)
            } else {
                (&arcs[i as usize], false)
            };
            let mut part: Vec<(f64, f64)> = arc.clone();
            if reversed {
                part.reverse();
            }
            // Consecutive arcs share their joining point.
            if !points.is_empty() {
                part.remove(0);
            }
            points.extend(part);
        }
        vec![points]
    };
    let mut out = Vec::new();
    for geometry in topology["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries")?
    {
        let id = geometry["id"].as_str().unwrap_or("").to_string();
        let name = geometry["properties"]["name"].as_str().unwrap_or("").to_string();
        let rings: Rings = match geometry["type"].as_str() {
            Some("Polygon") => geometry["arcs"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(ring)
                .collect(),
            Some("MultiPolygon") => geometry["arcs"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|polygon| {
                    polygon
                        .as_array()
                        .into_iter()
                        .flatten()
                        .flat_map(ring)
                        .collect::<Vec<_>>()
                })
                .collect(),
            _ => continue,
        };
        out.push((id, name, rings));
    }
    Ok(out)
}

/// Projected, scaled SVG path data with relative moves rounded to `decimals`, so the file stays
/// small; rings are closed with `z`.
pub fn svg_path(rings: &Rings, scale: f64, origin: (f64, f64), decimals: usize) -> String {
    let factor = 10f64.powi(decimals as i32);
    let round = |v: f64| (v * factor).round() as i64;
    let mut d = String::new();
    for ring in rings {
        let mut previous: Option<(i64, i64)> = None;
        let mut line_started = false;
        for &(lon, lat) in &unwrap_antimeridian(ring) {
            let (x, y) = equal_earth(lon, lat);
            let point = (round(x * scale - origin.0), round(-y * scale - origin.1));
            match previous {
                None => {
                    let _ = write!(d, "M{}", pair(point, decimals));
                }
                Some(p) if p == point => continue,
                Some(p) => {
                    // After "M", bare pairs would be absolute: the first delta needs its "l".
                    let delta = (point.0 - p.0, point.1 - p.1);
                    let _ = write!(
                        d,
                        "{}{}",
                        if line_started { " " } else { "l" },
                        pair(delta, decimals)
                    );
                    line_started = true;
                }
            }
            previous = Some(point);
        }
        d.push('z');
    }
    d.replace("z ", "z")
}

/// Rings that cross the ±180° meridian (Russia, Fiji) would draw a line across the whole map.
/// Longitudes are made continuous along the ring, then clamped to the map edge, so the part
/// beyond the meridian folds onto the edge instead.
pub fn unwrap_antimeridian(ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(ring.len());
    let mut shift = 0.0;
    let mut previous: Option<f64> = None;
    for &(lon, lat) in ring {
        if let Some(p) = previous {
            let jump = lon - p;
            if jump > 180.0 {
                shift -= 360.0;
            } else if jump < -180.0 {
                shift += 360.0;
            }
        }
        previous = Some(lon);
        out.push(((lon + shift).clamp(-180.0, 180.0), lat));
    }
    out
}

fn pair((x, y): (i64, i64), decimals: usize) -> String {
    format!("{} {}", fixed(x, decimals), fixed(y, decimals))
}

fn fixed(v: i64, decimals: usize) -> String {
    if decimals == 0 {
        return v.to_string();
    }
    let factor = 10i64.pow(decimals as u32);
    let sign = if v < 0 { "-" } else { "" };
    let (whole, frac) = (v.abs() / factor, v.abs() % factor);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let frac = format!("{frac:0width$}", width = decimals);
        format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
    }
}

/// Shapes Natural Earth gives without an ISO id, assigned to the ISO code statistics use.
pub const UNNUMBERED: [(&str, &str); 3] = [("Kosovo", "XKX"), ("Somaliland", "SOM"), ("N. Cyprus", "CYP")];

/// Every shape keyed by ISO alpha-3, Antarctica left out (no partner country, much ink).
pub fn shapes_by_iso3(topology: &Value) -> Result<BTreeMap<String, Rings>, String> {
    let mut shapes: BTreeMap<String, Rings> = BTreeMap::new();
    for (id, name, rings) in decode_countries(topology)? {
        let iso3 = if id.is_empty() {
            UNNUMBERED
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, code)| code.to_string())
        } else {
            beleidsagenda_model::data::iso3166_table::ISO3166
                .iter()
                .find(|(_, _, numeric, _)| *numeric == id)
                .map(|(a, _, _, _)| a.to_string())
        };
        let Some(iso3) = iso3 else {
            return Err(format!("no ISO code for id {id:?} ({name})"));
        };
        if iso3 == "ATA" {
            continue;
        }
        shapes.entry(iso3).or_default().extend(rings);
    }
    Ok(shapes)
}
