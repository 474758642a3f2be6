//! The inner loop of the sensitivity analysis: per country, the weighted sum of its values and
//! the sum of the weights of the criteria it has, for a block of [`LANES`] countries at once.
//! Each country's sums are added in criterion order, as `score_row` adds them, so the scores are
//! the same to the last bit on every platform; only how many countries are added side by side
//! differs.

/// Countries summed side by side: four independent chains of additions instead of one keep
/// the processor busy while each addition waits for the one before it.
pub(crate) const LANES: usize = 4;

/// `values` and `present` hold one block: criterion by criterion, [`LANES`] cells each.
/// Returns (weighted sum, covered weight) per lane.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn block_sums(values: &[f64], present: &[f64], weights: &[f64]) -> [(f64, f64); LANES] {
    let (mut w0, mut w1, mut w2, mut w3) = (0.0, 0.0, 0.0, 0.0);
    let (mut c0, mut c1, mut c2, mut c3) = (0.0, 0.0, 0.0, 0.0);
    for ((v, p), &w) in values
        .chunks_exact(LANES)
        .zip(present.chunks_exact(LANES))
        .zip(weights)
    {
        w0 += v[0] * w;
        c0 += p[0] * w;
        w1 += v[1] * w;
        c1 += p[1] * w;
        w2 += v[2] * w;
        c2 += p[2] * w;
        w3 += v[3] * w;
        c3 += p[3] * w;
    }
    [(w0, c0), (w1, c1), (w2, c2), (w3, c3)]
}

/// The same with WebAssembly's 128-bit SIMD: two lanes per instruction. Its additions and
/// multiplications are IEEE 754 per lane, as the scalar ones, and WebAssembly never fuses a
/// multiplication into an addition, so the sums are bit for bit those of the scalar loop.
#[cfg(target_arch = "wasm32")]
pub(crate) fn block_sums(values: &[f64], present: &[f64], weights: &[f64]) -> [(f64, f64); LANES] {
    // SAFETY: WebAssembly cannot detect a feature at run time: an engine without SIMD refuses
    // the whole module when it loads (the loader then shows the prerendered pages and its
    // notice), so wherever this runs, the engine has SIMD.
    simd::block_sums(values, present, weights)
}

#[cfg(target_arch = "wasm32")]
mod simd {
    use core::arch::wasm32::{f64x2_add, f64x2_extract_lane, f64x2_mul, f64x2_splat, v128, v128_load};

    use super::LANES;

    #[target_feature(enable = "simd128")]
    #[cfg_attr(speed_attribute, optimize(speed))]
    pub(super) fn block_sums(values: &[f64], present: &[f64], weights: &[f64]) -> [(f64, f64); LANES] {
        let zero = f64x2_splat(0.0);
        let (mut w01, mut w23, mut c01, mut c23) = (zero, zero, zero, zero);
        for ((v, p), &w) in values
            .chunks_exact(LANES)
            .zip(present.chunks_exact(LANES))
            .zip(weights)
        {
            let w = f64x2_splat(w);
            // SAFETY: `v` and `p` are LANES = 4 f64s each, so both 16-byte halves are in bounds;
            // v128_load has no alignment requirement.
            let (v01, v23, p01, p23) = unsafe {
                (
                    v128_load(v.as_ptr().cast::<v128>()),
                    v128_load(v.as_ptr().add(2).cast::<v128>()),
                    v128_load(p.as_ptr().cast::<v128>()),
                    v128_load(p.as_ptr().add(2).cast::<v128>()),
                )
            };
            w01 = f64x2_add(w01, f64x2_mul(v01, w));
            c01 = f64x2_add(c01, f64x2_mul(p01, w));
            w23 = f64x2_add(w23, f64x2_mul(v23, w));
            c23 = f64x2_add(c23, f64x2_mul(p23, w));
        }
        [
            (f64x2_extract_lane::<0>(w01), f64x2_extract_lane::<0>(c01)),
            (f64x2_extract_lane::<1>(w01), f64x2_extract_lane::<1>(c01)),
            (f64x2_extract_lane::<0>(w23), f64x2_extract_lane::<0>(c23)),
            (f64x2_extract_lane::<1>(w23), f64x2_extract_lane::<1>(c23)),
        ]
    }
}
