//! Regenerates data/map.json:
//!   npm ci && cargo run --release -p map-projection -- node_modules/world-atlas/countries-110m.json data/map.json

use std::process::ExitCode;

use map_projection::{equal_earth, shapes_by_iso3, svg_path};

/// Width of the map in SVG user units.
const WIDTH: f64 = 1000.0;
const DECIMALS: usize = 1;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: map-projection <countries-110m.json> <map.json>");
        return ExitCode::from(2);
    };
    match run(input, output) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("map-projection: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, output: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let topology: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let shapes = shapes_by_iso3(&topology)?;
    // Bounds of everything drawn, in projected units.
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for rings in shapes.values() {
        for &(lon, lat) in rings.iter().flatten() {
            let (x, y) = equal_earth(lon, lat);
            min_x = min_x.min(x);
            max_x = max_x.max(x);
            min_y = min_y.min(-y);
            max_y = max_y.max(-y);
        }
    }
    let scale = WIDTH / (max_x - min_x);
    let origin = (min_x * scale, min_y * scale);
    let height = ((max_y - min_y) * scale).ceil();
    let paths: serde_json::Map<String, serde_json::Value> = shapes
        .iter()
        .map(|(iso3, rings)| (iso3.clone(), svg_path(rings, scale, origin, DECIMALS).into()))
        .collect();
    let map = serde_json::json!({
        "projection": "equal-earth",
        "source": "natural-earth",
        "width": WIDTH,
        "height": height,
        "paths": paths,
    });
    let json = serde_json::to_string(&map).map_err(|e| e.to_string())? + "\n";
    std::fs::write(output, &json).map_err(|e| format!("cannot write {output}: {e}"))?;
    Ok(format!(
        "{output}: {} shapes, {} bytes, {WIDTH}×{height}",
        shapes.len(),
        json.len()
    ))
}
