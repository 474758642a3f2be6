use map_projection::{equal_earth, svg_path};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-4
}

#[test]
fn origin_maps_to_origin() {
    assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
}

#[test]
fn known_points_of_equal_earth() {
    // On the equator x = λ / (M·A1); at the pole θ = asin(M) = π/3.
    let (x, y) = equal_earth(180.0, 0.0);
    assert!(
        close(x, std::f64::consts::PI / (3f64.sqrt() / 2.0 * 1.340264)),
        "{x}"
    );
    assert!(close(y, 0.0));
    let (x, y) = equal_earth(0.0, 90.0);
    assert!(close(x, 0.0));
    assert!(close(y, 1.317_363), "{y}");
    // Symmetric about both axes.
    let (x1, y1) = equal_earth(30.0, 45.0);
    let (x2, y2) = equal_earth(-30.0, -45.0);
    assert!(close(x1, -x2) && close(y1, -y2));
    // Equal area: a cell near the equator and one at 60° differ in shape, not in area ratio
    // to their spherical area (checked coarsely with a 1° cell).
    let cell = |lat: f64| {
        let (x0, y0) = equal_earth(0.0, lat);
        let (x1, y1) = equal_earth(1.0, lat + 1.0);
        ((x1 - x0) * (y1 - y0)).abs() / ((lat + 1.0).to_radians().sin() - lat.to_radians().sin())
    };
    assert!(
        (cell(0.0) / cell(60.0) - 1.0).abs() < 0.01,
        "{} {}",
        cell(0.0),
        cell(60.0)
    );
}

#[test]
fn paths_are_relative_and_rounded() {
    let rings = vec![vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]];
    let d = svg_path(&rings, 100.0, (0.0, 0.0), 1);
    assert!(d.starts_with("M0 0l"), "{d}");
    assert!(d.ends_with('z'), "{d}");
    assert!(!d.contains("0.00"), "{d}");
}

#[test]
fn a_repeated_first_point_still_gives_relative_lines() {
    let rings = vec![vec![(0.0, 0.0), (0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]];
    let d = svg_path(&rings, 100.0, (0.0, 0.0), 1);
    assert!(d.starts_with("M0 0l"), "{d}");
}

#[test]
fn rings_across_the_antimeridian_fold_onto_the_edge() {
    use map_projection::unwrap_antimeridian;
    let ring = [(179.0, 65.0), (-179.0, 66.0), (-178.0, 64.0), (179.5, 64.0)];
    let unwrapped = unwrap_antimeridian(&ring);
    assert!(
        unwrapped.iter().all(|(lon, _)| *lon >= 179.0 && *lon <= 180.0),
        "{unwrapped:?}"
    );
    let plain = [(10.0, 0.0), (20.0, 0.0)];
    assert_eq!(unwrap_antimeridian(&plain), plain.to_vec());
}
