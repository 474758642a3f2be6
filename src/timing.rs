//! Work in slices on the page's clock: milliseconds, yielding to the browser between slices,
//! and marks on the performance timeline for the benchmarks.

/// Milliseconds on the page's monotonic clock.
pub fn now_ms() -> f64 {
    gloo_utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Lets the browser handle input and paint, then resumes. A message to a `MessageChannel`
/// rather than `setTimeout(0)`: nested timeouts are held back 4 ms each, which would add
/// more than the work itself to a run of many short slices.
pub async fn yield_to_browser() {
    // The channel is held until the message has arrived, so neither port is collected first.
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _| match &channel {
        Some(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            if channel
                .port2()
                .post_message(&wasm_bindgen::JsValue::NULL)
                .is_err()
            {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
        None => {
            let _ = gloo_utils::window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    if let Some(channel) = channel {
        channel.port1().set_onmessage(None);
    }
}

/// A mark on the page's performance timeline, for the benchmark (`bench/sensitivity.mjs`).
pub fn mark(name: &str) {
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// A measure from the mark `since` to now under `name`.
pub fn measure_since(name: &str, since: &str) {
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.measure_with_start_mark(name, since);
    }
}

/// Drops the marks and measures of these names, so that runs after runs do not pile them up.
pub fn clear_timings(names: &[&str]) {
    if let Some(performance) = gloo_utils::window().performance() {
        for name in names {
            performance.clear_marks_with_mark_name(name);
            performance.clear_measures_with_measure_name(name);
        }
    }
}
