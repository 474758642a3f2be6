//! The release wasm is built at opt-level "z" for size, which made the sensitivity analysis's
//! inner loops 1.3× slower than at "3" (docs/benchmarks-log.md). `#[optimize(speed)]` asks for speed on
//! those few functions only; it is unstable, so only a build that already enables unstable
//! features (the wasm build with `-Zbuild-std`, which sets RUSTC_BOOTSTRAP=1) gets it, through
//! the `speed_attribute` cfg. Native builds, on a stable compiler, compile the same code without.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(speed_attribute)");
    println!("cargo::rerun-if-env-changed=RUSTC_BOOTSTRAP");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let unstable_allowed = std::env::var("RUSTC_BOOTSTRAP").is_ok_and(|v| v == "1");
    if wasm && unstable_allowed {
        println!("cargo::rustc-cfg=speed_attribute");
    }
}
