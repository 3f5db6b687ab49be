//! `cargo xtask plot [FILE]`: SVG line charts of the GFLOP/s tables in
//! BENCHMARKS.md (or FILE), and a `<!-- plots:begin -->` section linking them.
//!
//! Every marked section (`gemm`, `level3`, `gemm-2threads`, ...) is scanned
//! for tables headed `| routine | n | ... |` or `| routine | m x n x k | ... |`
//! whose rate columns are `<library> GFLOP/s`. Tables that also report GB/s
//! (Level 1 and 2, where bandwidth is the measure) are left out. Each routine
//! label with at least three square sizes (`m = n = k` in the GEMM table) gets
//! one chart: GFLOP/s from 0 over n on a log2 scale, one line per library.
//! The charts go to `bench-plots/<section>-<routine>.svg` next to the file;
//! SVGs left there from earlier runs that no table produces any more are removed.
//! `cargo xtask bench` runs this after writing its tables (not with `--quick`).

use crate::bench;
use crate::sys::{self, Result};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Folder of the charts, next to the markdown file (also the links' prefix).
const DIR: &str = "bench-plots";
/// Name of the section listing the charts.
const SECTION: &str = "plots";
/// Fewest distinct square sizes a routine needs to be plotted.
const MIN_SIZES: usize = 3;

pub fn run(args: &[String]) -> Result {
    let path = match args {
        [] => sys::root().join("BENCHMARKS.md"),
        [file] if !file.starts_with('-') => PathBuf::from(file),
        _ => return Err("usage: cargo xtask plot [FILE]".into()),
    };
    write(&path)
}

/// Reads the tables of the markdown file at `path`, writes the charts and the
/// plots section.
pub fn write(path: &Path) -> Result {
    let doc = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let charts = charts(&doc);
    let dir = path.parent().unwrap_or(Path::new(".")).join(DIR);
    if !charts.is_empty() {
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut written = HashSet::new();
    for chart in &charts {
        let file = dir.join(chart.file_name());
        fs::write(&file, chart.svg()).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        println!("wrote {}", file.display());
        written.insert(chart.file_name());
    }
    // The charts are all regenerated from the file, so any other SVG there is stale.
    if let Ok(entries) = fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".svg") && !written.contains(&name) {
                fs::remove_file(entry.path()).map_err(|e| format!("cannot remove {name}: {e}"))?;
                println!("removed stale {}", entry.path().display());
            }
        }
    }
    let (begin, _) = bench::markers(SECTION);
    if charts.is_empty() && !doc.contains(&begin) {
        println!("no table with {MIN_SIZES} or more square sizes in {}: nothing to plot", path.display());
        return Ok(());
    }
    let updated = bench::replace_section(&doc, SECTION, &section(&charts));
    if updated != doc {
        fs::write(path, updated).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// One library's points, `(n, GFLOP/s)` sorted by n.
#[derive(Debug, PartialEq)]
struct Series {
    name: String,
    points: Vec<(f64, f64)>,
}

/// One routine of one section.
#[derive(Debug, PartialEq)]
struct Chart {
    /// The marked section, e.g. `gemm-2threads`.
    section: String,
    /// The routine label without backticks, e.g. `dgemm NN`.
    routine: String,
    /// What the size column holds, for the x axis (`n`, `m = n = k`).
    size: String,
    series: Vec<Series>,
}

impl Chart {
    fn threads(&self) -> usize {
        threads(&self.section)
    }

    /// `dgemm NN, 2 threads`.
    fn title(&self) -> String {
        match self.threads() {
            1 => format!("{}, 1 thread", self.routine),
            t => format!("{}, {t} threads", self.routine),
        }
    }

    fn file_name(&self) -> String {
        format!("{}.svg", sanitize(&format!("{}-{}", self.section, self.routine)))
    }

    fn svg(&self) -> String {
        svg(self)
    }
}

/// Threads of a section: `gemm` 1, `gemm-2threads` 2.
fn threads(section: &str) -> usize {
    section.rsplit_once('-').and_then(|(_, s)| s.strip_suffix("threads")).and_then(|t| t.parse().ok()).unwrap_or(1)
}

/// A file-name-safe version of `s`: runs of other characters than ASCII
/// letters, digits, `_` and `.` become one `-`.
fn sanitize(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The charts of every marked section of `doc`, in the order of the file.
fn charts(doc: &str) -> Vec<Chart> {
    let mut out = Vec::new();
    for (name, block) in bench::sections(doc) {
        if name == SECTION {
            continue;
        }
        for table in tables(block) {
            out.extend(table_charts(name, &table));
        }
    }
    out
}

/// A markdown table: header cells and body rows (the `---` rule dropped).
#[derive(Debug, PartialEq)]
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// The markdown tables in `text`: runs of lines starting with `|`.
fn tables(text: &str) -> Vec<Table> {
    let cells = |line: &str| -> Vec<String> {
        let inner = line.trim().trim_start_matches('|');
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        inner.split('|').map(|c| c.trim().to_string()).collect()
    };
    let is_rule = |row: &[String]| row.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')));
    let mut out = Vec::new();
    let mut current: Option<Table> = None;
    for line in text.lines() {
        if line.trim_start().starts_with('|') {
            let row = cells(line);
            match current.as_mut() {
                None => current = Some(Table { header: row, rows: Vec::new() }),
                Some(_) if is_rule(&row) => {}
                Some(t) => t.rows.push(row),
            }
        } else if let Some(t) = current.take() {
            out.push(t);
        }
    }
    out.extend(current);
    out
}

/// `1000` -> 1000, `1e3` -> 1000, `64x64x64` -> 64; `10000x64x64` (not square) -> None.
fn square_size(cell: &str) -> Option<f64> {
    let one = |s: &str| -> Option<f64> {
        let s = s.trim();
        if let Some((m, e)) = s.split_once('e') {
            Some(m.parse::<f64>().ok()? * 10f64.powi(e.parse().ok()?))
        } else {
            s.parse().ok()
        }
    };
    let dims: Vec<f64> = cell.split(['x', '×']).map(one).collect::<Option<_>>()?;
    let n = *dims.first()?;
    (n > 0.0 && dims.iter().all(|&d| d == n)).then_some(n)
}

/// `` `dgemm_ NN` `` -> `dgemm NN`.
fn routine_label(cell: &str) -> String {
    let s = cell.trim().trim_matches('`').trim();
    match s.split_once(' ') {
        Some((name, rest)) => format!("{} {}", name.trim_end_matches('_'), rest.trim()),
        None => s.trim_end_matches('_').to_string(),
    }
}

/// The charts of one table of section `section` (none if it is not a
/// GFLOP/s-only table with routine and size columns).
fn table_charts(section: &str, table: &Table) -> Vec<Chart> {
    let h = &table.header;
    if h.len() < 3 || h[0] != "routine" || h.iter().any(|c| c.ends_with("GB/s")) {
        return Vec::new();
    }
    let libs: Vec<(usize, &str)> =
        h.iter().enumerate().filter_map(|(i, c)| Some((i, c.strip_suffix(" GFLOP/s")?.trim()))).collect();
    if libs.is_empty() {
        return Vec::new();
    }
    let size = if h[1].replace(' ', "") == "mxnxk" { "m = n = k".to_string() } else { h[1].clone() };
    let mut charts: Vec<Chart> = Vec::new();
    for row in &table.rows {
        let (Some(label), Some(n)) = (row.first(), row.get(1).and_then(|c| square_size(c))) else { continue };
        let routine = routine_label(label);
        let index = match charts.iter().position(|c| c.routine == routine) {
            Some(i) => i,
            None => {
                let series = libs.iter().map(|(_, name)| Series { name: name.to_string(), points: Vec::new() });
                charts.push(Chart {
                    section: section.to_string(),
                    routine,
                    size: size.clone(),
                    series: series.collect(),
                });
                charts.len() - 1
            }
        };
        for (series, &(col, _)) in charts[index].series.iter_mut().zip(&libs) {
            // `–` (not measured) and anything else that is not a number is skipped.
            if let Some(v) = row.get(col).and_then(|c| c.parse::<f64>().ok()).filter(|v| v.is_finite()) {
                series.points.retain(|p| p.0 != n);
                series.points.push((n, v));
            }
        }
    }
    for chart in &mut charts {
        chart.series.retain(|s| !s.points.is_empty());
        for s in &mut chart.series {
            s.points.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
    }
    charts.retain(|c| {
        let sizes: HashSet<u64> = c.series.iter().flat_map(|s| &s.points).map(|p| p.0.to_bits()).collect();
        sizes.len() >= MIN_SIZES
    });
    charts
}

/// The plots section: the charts as image links, grouped by section.
fn section(charts: &[Chart]) -> String {
    let (begin, end) = bench::markers(SECTION);
    let mut s = format!("{begin}\n### Plots\n\n");
    if charts.is_empty() {
        s += "No table has a routine with three or more square sizes yet.\n";
    } else {
        s += "GFLOP/s over n (log2 scale) for each routine measured at three or more square sizes in the tables \
              above, drawn from them by `cargo xtask plot` (which `cargo xtask bench` runs after each measurement).\n";
    }
    let mut last = None;
    for chart in charts {
        if last != Some(&chart.section) {
            let t = chart.threads();
            let _ = write!(s, "\n#### `{}`, {t} thread{}\n", chart.section, if t == 1 { "" } else { "s" });
            last = Some(&chart.section);
        }
        let _ = write!(s, "\n![{}]({DIR}/{})\n", chart.title(), chart.file_name());
    }
    s + &end
}

/// XML-escaped text.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `1000` -> `1000`, `0.5` -> `0.5`, with as many decimals as `step` needs.
fn number(v: f64, step: f64) -> String {
    let decimals = if step >= 1.0 { 0 } else { (-step.log10()).ceil() as usize };
    format!("{v:.decimals$}")
}

/// A round step (1, 2 or 5 times a power of ten) giving about `ticks` ticks up to `max`.
fn nice_step(max: f64, ticks: f64) -> f64 {
    let raw = max / ticks;
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    mag * if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    }
}

const COLORS: [&str; 6] = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

/// A marker of shape `i` (circle, square, diamond, triangle) at `(x, y)`.
fn marker(i: usize, x: f64, y: f64, color: &str, tip: &str) -> String {
    let tip = format!("<title>{}</title>", esc(tip));
    match i % 4 {
        0 => format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{color}\">{tip}</circle>"),
        1 => format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" fill=\"{color}\">{tip}</rect>",
            x - 3.5,
            y - 3.5
        ),
        2 => format!(
            "<polygon points=\"{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}\" fill=\"{color}\">{tip}</polygon>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
        _ => format!(
            "<polygon points=\"{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{color}\">{tip}</polygon>",
            y - 5.0,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
    }
}

/// The chart as a self-contained SVG document.
fn svg(chart: &Chart) -> String {
    const W: f64 = 720.0;
    const H: f64 = 440.0;
    let (left, right, top, bottom) = (70.0, W - 24.0, 66.0, H - 58.0);

    let sizes: Vec<f64> = {
        let mut v: Vec<f64> = chart.series.iter().flat_map(|s| s.points.iter().map(|p| p.0)).collect();
        v.sort_by(f64::total_cmp);
        v.dedup();
        v
    };
    let (lo, hi) = match (sizes.first(), sizes.last()) {
        (Some(&a), Some(&b)) if b > a => (a.log2(), b.log2()),
        (Some(&a), _) => (a.log2() - 1.0, a.log2() + 1.0),
        _ => (0.0, 1.0),
    };
    let pad = 0.04 * (hi - lo);
    let x_of = |n: f64| left + (n.log2() - (lo - pad)) / (hi - lo + 2.0 * pad) * (right - left);

    let max = chart.series.iter().flat_map(|s| &s.points).map(|p| p.1).fold(0.0, f64::max);
    let step = if max > 0.0 { nice_step(max, 6.0) } else { 1.0 };
    let ymax = ((max / step).ceil() * step).max(step);
    let y_of = |v: f64| bottom - v / ymax * (bottom - top);

    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" \
         font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">"
    );
    let _ = writeln!(s, "<rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>");
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{}</text>",
        W / 2.0,
        esc(&chart.title())
    );

    // Grid, ticks and tick labels.
    let _ = writeln!(s, "<g stroke=\"#e0e0e0\" stroke-width=\"1\">");
    let ticks = (ymax / step).round() as usize;
    for i in 0..=ticks {
        let y = y_of(i as f64 * step);
        let _ = writeln!(s, "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{right}\" y2=\"{y:.1}\"/>");
    }
    for &n in &sizes {
        let x = x_of(n);
        let _ = writeln!(s, "<line x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{bottom}\"/>");
    }
    let _ = writeln!(s, "</g>");
    let _ = writeln!(s, "<g text-anchor=\"end\">");
    for i in 0..=ticks {
        let v = i as f64 * step;
        let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>", left - 6.0, y_of(v) + 4.0, number(v, step));
    }
    let _ = writeln!(s, "</g>");
    let _ = writeln!(s, "<g text-anchor=\"middle\">");
    let mut last_x = f64::NEG_INFINITY;
    for &n in &sizes {
        let x = x_of(n);
        // Sizes closer than a label's width keep only the first label.
        if x - last_x >= 34.0 {
            let _ = writeln!(s, "<text x=\"{x:.1}\" y=\"{:.1}\">{}</text>", bottom + 18.0, number(n, 1.0));
            last_x = x;
        }
    }
    let _ = writeln!(s, "</g>");

    // Axes and their labels.
    let _ = writeln!(
        s,
        "<path d=\"M{left},{top} V{bottom} H{right}\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\"/>"
    );
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\">{} (log2 scale)</text>",
        (left + right) / 2.0,
        H - 14.0,
        esc(&chart.size)
    );
    let _ = writeln!(
        s,
        "<text transform=\"translate(20 {:.1}) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">GFLOP/s</text>",
        (top + bottom) / 2.0
    );

    // Legend: one entry per library, in a row under the title.
    let mut lx = left;
    for (i, series) in chart.series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let _ = writeln!(
            s,
            "<line x1=\"{lx:.1}\" y1=\"46\" x2=\"{:.1}\" y2=\"46\" stroke=\"{color}\" stroke-width=\"2\"/>",
            lx + 24.0
        );
        let _ = writeln!(s, "{}", marker(i, lx + 12.0, 46.0, color, &series.name));
        let _ = writeln!(s, "<text x=\"{:.1}\" y=\"50\">{}</text>", lx + 30.0, esc(&series.name));
        lx += 30.0 + 8.0 * series.name.len() as f64 + 24.0;
    }

    // The data: one polyline and its markers per library.
    for (i, series) in chart.series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let points: Vec<String> =
            series.points.iter().map(|&(n, v)| format!("{:.1},{:.1}", x_of(n), y_of(v))).collect();
        let _ = writeln!(s, "<g>");
        let _ = writeln!(
            s,
            "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"{}\"/>",
            points.join(" ")
        );
        for &(n, v) in &series.points {
            let tip = format!("{} at {} = {}: {v} GFLOP/s", series.name, chart.size, number(n, 1.0));
            let _ = writeln!(s, "{}", marker(i, x_of(n), y_of(v), color, &tip));
        }
        let _ = writeln!(s, "</g>");
    }
    s + "</svg>\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# Benchmarks

Prose with a `<!-- name:begin -->` marker example, and a table outside the sections:

| routine | n | ferroblas GFLOP/s |
| --- | --- | ---: |
| `dgemm NN` | 1 | 1 |

<!-- level1:begin -->
| routine | n | ferroblas GB/s | OpenBLAS GB/s | ferroblas GFLOP/s | OpenBLAS GFLOP/s |
| --- | --- | ---: | ---: | ---: | ---: |
| `ddot` | 1e3 | 126 | 132 | 15.7 | 16.5 |
| `ddot` | 1e5 | 28.2 | 57.5 | 3.52 | 7.19 |
| `ddot` | 1e7 | 7.33 | 7.30 | 0.92 | 0.91 |
<!-- level1:end -->

<!-- gemm-2threads:begin -->
### GEMM, column-major, `alpha = beta = 1`, 2 threads

| routine | m x n x k | ferroblas GFLOP/s | OpenBLAS GFLOP/s | BLIS GFLOP/s | ferroblas / OpenBLAS | ferroblas / BLIS |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
| `dgemm NN` | 8x8x8 | 10.2 | 12.3 | 0.90 | 0.83 | 11.3 |
| `dgemm NN` | 64x64x64 | 70.0 | 72.4 | 38.1 | 0.97 | 1.84 |
| `dgemm NN` | 1000x1000x1000 | 140 | 143 | – | 0.98 | – |
| `sgemm NN` | 16x16x16 | 40.1 | 41.2 | 20.0 | 0.97 | 2.01 |
| `sgemm NN` | 1000x1000x1000 | 160 | 150 | 88.1 | 1.07 | 1.82 |
| `dgemm NN` | 10000x64x64 | 48.6 | 52.5 | 25.6 | 0.93 | 1.90 |
| `dgemm TN` | 1000x1000x1000 | 63.3 | 64.9 | 35.6 | 0.97 | 1.78 |

GFLOP/s counts 2mnk real flops.
<!-- gemm-2threads:end -->

<!-- level3:begin -->
| routine | n | ferroblas GFLOP/s | OpenBLAS GFLOP/s | BLIS GFLOP/s | ferroblas / OpenBLAS | ferroblas / BLIS |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
| `dtrsm LLNN` | 16 | 3.10 | 2.50 | 1.20 | 1.24 | 2.58 |
| `dtrsm LLNN` | 500 | 50.1 | 48.0 | 30.2 | 1.04 | 1.66 |
| `dtrsm LLNN` | 4000 | 66.0 | 60.2 | 35.0 | 1.10 | 1.89 |
<!-- level3:end -->
";

    #[test]
    fn parses_tables() {
        let t = tables("text\n| a | b |\n| --- | ---: |\n| 1 | 2 |\n\n|x|\n|-|\n");
        assert_eq!(
            t,
            vec![
                Table { header: vec!["a".into(), "b".into()], rows: vec![vec!["1".into(), "2".into()]] },
                Table { header: vec!["x".into()], rows: vec![] },
            ]
        );
        assert_eq!(square_size("1000x1000x1000"), Some(1000.0));
        assert_eq!(square_size("10000x64x64"), None);
        assert_eq!(square_size("1e3"), Some(1000.0));
        assert_eq!(square_size("256"), Some(256.0));
        assert_eq!(square_size("n"), None);
        assert_eq!(routine_label("`dgemm_ NN`"), "dgemm NN");
        assert_eq!(threads("gemm"), 1);
        assert_eq!(threads("level3-2threads"), 2);
        assert_eq!(sanitize("gemm-2threads-dgemm NN"), "gemm-2threads-dgemm-NN");
    }

    #[test]
    fn charts_of_the_sample() {
        let charts = charts(SAMPLE);
        // Level 1 (GB/s), sgemm (two squares), dgemm TN (one) and the table
        // outside the markers are not plotted.
        let names: Vec<String> = charts.iter().map(Chart::file_name).collect();
        assert_eq!(names, ["gemm-2threads-dgemm-NN.svg", "level3-dtrsm-LLNN.svg"]);
        let dgemm = &charts[0];
        assert_eq!(dgemm.title(), "dgemm NN, 2 threads");
        assert_eq!(dgemm.size, "m = n = k");
        assert_eq!(dgemm.series.len(), 3);
        assert_eq!(dgemm.series[0].name, "ferroblas");
        assert_eq!(dgemm.series[0].points, [(8.0, 10.2), (64.0, 70.0), (1000.0, 140.0)]);
        // `–` is skipped, and 10000x64x64 is not square.
        assert_eq!(dgemm.series[2].name, "BLIS");
        assert_eq!(dgemm.series[2].points, [(8.0, 0.9), (64.0, 38.1)]);
        assert_eq!(charts[1].title(), "dtrsm LLNN, 1 thread");
        assert_eq!(charts[1].size, "n");

        let section = section(&charts);
        assert!(section.starts_with("<!-- plots:begin -->\n"));
        assert!(section.ends_with("<!-- plots:end -->"));
        assert!(section.contains("![dgemm NN, 2 threads](bench-plots/gemm-2threads-dgemm-NN.svg)\n"));
        assert!(section.contains("![dtrsm LLNN, 1 thread](bench-plots/level3-dtrsm-LLNN.svg)\n"));
        assert!(section.find("`gemm-2threads`, 2 threads") < section.find("`level3`, 1 thread"));
        // The section replaces itself, and nothing else changes.
        let doc = bench::replace_section(SAMPLE, SECTION, &section);
        assert_eq!(bench::replace_section(&doc, SECTION, &section), doc);
        assert!(doc.starts_with(SAMPLE.trim_end()));
        assert_eq!(super::charts(&doc).len(), 2);
    }

    #[test]
    fn writes_svg() {
        let charts = charts(SAMPLE);
        let svg = charts[0].svg();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>\n"));
        assert_eq!(svg.matches("<polyline").count(), 3);
        for lib in ["ferroblas", "OpenBLAS", "BLIS"] {
            assert!(svg.contains(&format!(">{lib}</text>")), "legend entry for {lib}");
        }
        assert!(svg.contains(">dgemm NN, 2 threads</text>"));
        assert!(svg.contains(">GFLOP/s</text>"));
        assert!(svg.contains(">m = n = k (log2 scale)</text>"));
        // x ticks at the sizes, y ticks from 0 to a round maximum above 143.
        for tick in [">8</text>", ">64</text>", ">1000</text>", ">0</text>", ">150</text>"] {
            assert!(svg.contains(tick), "tick {tick}");
        }
        // Balanced elements: every opened group and text is closed.
        assert_eq!(svg.matches("<g").count(), 6);
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        let svg = charts[1].svg();
        assert_eq!(svg.matches("<polyline").count(), 3);
        assert!(svg.contains(">n (log2 scale)</text>"));
    }

    #[test]
    fn round_steps() {
        assert_eq!(nice_step(143.0, 6.0), 50.0);
        assert_eq!(nice_step(66.0, 6.0), 20.0);
        assert_eq!(nice_step(3.1, 6.0), 1.0);
        assert_eq!(number(0.5, 0.1), "0.5");
        assert_eq!(number(150.0, 50.0), "150");
    }
}
