//! How the benches time a call: warm up, then the median of seven runs.

use std::time::Instant;

/// Prints the median, fastest and slowest of seven runs of `n` calls, per call.
pub fn per_call(label: &str, n: u32, mut f: impl FnMut()) {
    for _ in 0..n / 10 {
        f();
    }
    let mut samples = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        samples.push(t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "{label:<48} median {:>8.2} µs/call  (min {:.2}, max {:.2})",
        samples[3], samples[0], samples[6]
    );
}
