//! The value axis: its ticks, its reach, and the plot it spans.
//!
//! Every chart's value axis starts at zero and has a tick at every whole
//! multiple of a step of 1, 2, 2.5 or 5 times a power of ten (never a
//! fraction: the values are counts), as many as the style asks for about;
//! it reaches far enough above the largest bar for the bar's number to fit
//! inside the plot ([`needed_max`]).

/// An axis from 0 to `max` with a tick every `step`; both are whole numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Ticks {
    pub(super) step: f64,
    pub(super) max: f64,
}

impl Ticks {
    /// An axis reaching at least `needed` with about `target` intervals, the step
    /// being a whole 1, 2, 2.5 or 5 times a power of ten.
    pub(super) fn nice(needed: f64, target: usize) -> Ticks {
        let needed = needed.max(1.0);
        let target = target.max(1) as f64;
        let raw = needed / target;
        let magnitude = 10f64.powi(raw.log10().floor() as i32).max(1.0);
        let mut best = Ticks {
            step: 1.0,
            max: needed.ceil(),
        };
        let mut best_miss = f64::INFINITY;
        // The step whose interval count comes closest to the target; on a tie,
        // the one with less empty space above `needed`.
        for m in [1.0, 2.0, 2.5, 5.0, 10.0, 20.0] {
            let step = (m * magnitude).max(1.0);
            if step.fract() != 0.0 {
                continue;
            }
            let max = (needed / step).ceil() * step;
            let miss = (max / step - target).abs();
            if miss < best_miss || (miss == best_miss && max < best.max) {
                best = Ticks { step, max };
                best_miss = miss;
            }
        }
        best
    }

    pub(super) fn values(&self) -> Vec<f64> {
        let count = (self.max / self.step).round() as usize;
        (0..=count).map(|i| i as f64 * self.step).collect()
    }
}

/// The smallest axis maximum that leaves `room` px beyond a bar of `value`
/// on an axis `length` px long.
pub(super) fn needed_max(value: f64, room: f64, length: f64) -> f64 {
    value * length / (length - room)
}

/// The plot area, px.
#[derive(Debug, Clone, Copy)]
pub(super) struct Plot {
    pub(super) left: f64,
    pub(super) right: f64,
    pub(super) top: f64,
    pub(super) bottom: f64,
}

impl Plot {
    pub(super) fn width(&self) -> f64 {
        self.right - self.left
    }
    pub(super) fn height(&self) -> f64 {
        self.bottom - self.top
    }
}
