//! Tests of the value axis: its ticks and headroom, and the axis and
//! label column that charts sitting together share.

use super::*;

#[test]
fn axis_has_integer_ticks_and_headroom() {
    let ticks = Ticks::nice(0.0, 5);
    assert_eq!(
        ticks,
        Ticks {
            step: 1.0,
            max: 1.0
        }
    );
    let ticks = Ticks::nice(3.4, 6);
    assert_eq!(
        ticks,
        Ticks {
            step: 1.0,
            max: 4.0
        }
    );
    let ticks = Ticks::nice(172.0, 6);
    assert_eq!(
        ticks,
        Ticks {
            step: 25.0,
            max: 175.0
        }
    );
    let ticks = Ticks::nice(7.0, 3);
    assert_eq!(
        ticks,
        Ticks {
            step: 2.0,
            max: 8.0
        }
    );
    let ticks = Ticks::nice(1330.0, 6);
    assert_eq!(
        ticks,
        Ticks {
            step: 250.0,
            max: 1500.0
        }
    );
    for needed in [0.5, 7.0, 13.0, 99.0, 101.0, 1234.0, 98765.0] {
        for target in 3..=8 {
            let t = Ticks::nice(needed, target);
            assert_eq!(t.step.fract(), 0.0);
            assert!(t.step >= 1.0);
            assert!(t.max >= needed);
            assert!(t.max < needed.max(1.0) + t.step);
        }
    }

    // The tallest stack (108 + 50) leaves room for its label below the axis top.
    let spec = stacked(&nb);
    let style = style();
    let layout = column_layout(&spec, &style);
    let top_of_tallest = layout.plot.bottom - 158.0 / layout.ticks.max * layout.plot.height();
    let room = layout.data_px * style.font_size.line_height + style.gap.data;
    assert!(top_of_tallest - layout.plot.top >= room - 0.01);
}

#[test]
fn charts_that_sit_together_share_the_value_axis_and_the_label_column() {
    let nb = |v: f64| v.to_string();
    let style = style();
    let short = ChartSpec {
        kind: ChartKind::HorizontalBars,
        categories: vec!["Industri".to_string(), "Akademia".to_string()],
        series: vec![series("Veiledninger", &[45., 14.])],
        y_label: String::new(),
        format_number: &nb,
        peers: Peers::default(),
    };
    let long = ChartSpec {
        categories: vec![
            "Legemidler til mennesker".to_string(),
            "Legemidler til dyr".to_string(),
        ],
        series: vec![series("Veiledninger", &[30., 22.])],
        ..short.clone()
    };
    // Alone, each has its own axis and label column.
    let (a, b) = (bar_layout(&short, &style), bar_layout(&long, &style));
    assert!(a.plot.left < b.plot.left, "{} {}", a.plot.left, b.plot.left);
    assert!(b.ticks.max < 45.0, "{}", b.ticks.max);
    // Together, they line up and compare.
    let peers_of = |other: &ChartSpec| Peers {
        values: other.series[0].values.clone(),
        categories: other.categories.clone(),
    };
    let short_with = ChartSpec {
        peers: peers_of(&long),
        ..short.clone()
    };
    let long_with = ChartSpec {
        peers: peers_of(&short),
        ..long.clone()
    };
    let (a, b) = (
        bar_layout(&short_with, &style),
        bar_layout(&long_with, &style),
    );
    assert_eq!(a.plot.left, b.plot.left);
    assert_eq!(a.plot.right, b.plot.right);
    assert_eq!(a.ticks.max, b.ticks.max);
    assert!(b.ticks.max >= 45.0, "{}", b.ticks.max);
    // The peers' labels are not drawn.
    let svg = render_svg(&short_with, &style).unwrap();
    assert!(!text_contents(&svg).contains(&"Legemidler til dyr"));

    // Vertical bars: a stack's total counts, as in the chart.
    let small = ChartSpec {
        kind: ChartKind::StackedBars,
        categories: vec!["2024".to_string()],
        series: vec![series("A", &[10.]), series("B", &[5.])],
        ..short.clone()
    };
    let alone = column_layout(&small, &style);
    let with = column_layout(
        &ChartSpec {
            peers: Peers {
                values: vec![120.],
                categories: vec![],
            },
            ..small.clone()
        },
        &style,
    );
    assert!(alone.ticks.max < 30.0, "{}", alone.ticks.max);
    assert!(with.ticks.max >= 120.0, "{}", with.ticks.max);
}
