//! Every stream's `/Length` agrees with the end-of-line before `endstream`.
//!
//! ISO 32000-1 7.3.8.1 leaves the EOL before `endstream` out of `/Length`, and
//! CR, LF and CR LF are all EOL markers. Data ending in CR followed by a lone
//! LF read two ways (data + LF, or one byte less + CR LF); PDF/A validators
//! that take the second reading fail the file (ISO 19005-2 6.1.7.1; `page`'s
//! PDFA2A-STREAM-LENGTH-001). pdf-writer, vendored in vendor/pdf-writer, writes
//! CR LF after such data. Here: the bytes after `/Length` are one EOL then
//! `endstream`, and stripping one EOL back from `endstream` (CR LF first)
//! lands on the same byte, for every stream of every report of every year
//! and language, and for data built to end in CR.

use pdf_writer::{Pdf, Ref};

use crate::util::{copy_project, stderr, trialreport};

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn rfind(hay: &[u8], needle: &[u8], from: usize, to: usize) -> Option<usize> {
    hay[from..to]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| from + i)
}

fn number_after(text: &[u8], key: &[u8]) -> Option<usize> {
    let at = find(text, key, 0)? + key.len();
    let digits: Vec<u8> = text[at..]
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// A stream object as found in the file: its `N G obj` line and where its
/// data start and end by `/Length`.
struct Stream {
    obj: String,
    data_end: usize,
    endstream: usize,
}

/// Every stream, read front to back; each stream's data are skipped by its
/// `/Length` (so bytes inside data are never taken for keywords). Outside
/// data, `>>` + LF + `stream` only ends a stream dictionary: pdf-writer
/// escapes line feeds in strings and names.
fn streams(pdf: &[u8], name: &str) -> Vec<Stream> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(at) = find(pdf, b">>\nstream", pos) {
        let head_start = rfind(pdf, b" obj", pos, at).unwrap_or_else(|| panic!("{name}: no obj"));
        let line_start = rfind(pdf, b"\n", pos, head_start).map_or(pos, |i| i + 1);
        let obj = String::from_utf8_lossy(&pdf[line_start..head_start + 4]).into_owned();
        let length = number_after(&pdf[head_start..at], b"/Length ")
            .unwrap_or_else(|| panic!("{name}: {obj}: no direct /Length"));
        let after = at + b">>\nstream".len();
        let data_start = match &pdf[after..after + 2] {
            [b'\r', b'\n', ..] => after + 2,
            [b'\n', ..] => after + 1,
            other => panic!("{name}: {obj}: `stream` followed by {other:?}"),
        };
        let data_end = data_start + length;
        let eol = match pdf.get(data_end..data_end + 2) {
            Some(b"\r\n") => 2,
            Some([b'\n' | b'\r', _]) => 1,
            other => panic!("{name}: {obj}: no EOL after /Length {length} bytes: {other:?}"),
        };
        let endstream = data_end + eol;
        assert!(
            pdf[endstream..].starts_with(b"endstream"),
            "{name}: {obj}: no `endstream` after /Length {length} bytes and the EOL"
        );
        out.push(Stream {
            obj,
            data_end,
            endstream,
        });
        pos = endstream + b"endstream".len();
    }
    out
}

/// Where the data end when read back from `endstream`: one EOL stripped,
/// CR LF taken as one marker.
fn data_end_read_back(pdf: &[u8], endstream: usize) -> usize {
    if pdf[..endstream].ends_with(b"\r\n") {
        endstream - 2
    } else if pdf[..endstream].ends_with(b"\n") || pdf[..endstream].ends_with(b"\r") {
        endstream - 1
    } else {
        endstream
    }
}

/// Panics unless both readings agree for every stream; returns how many.
fn check_streams(pdf: &[u8], name: &str) -> usize {
    let found = streams(pdf, name);
    for s in &found {
        let back = data_end_read_back(pdf, s.endstream);
        assert_eq!(
            back,
            s.data_end,
            "{name}: {}: /Length ends the data at byte {}, the EOL before `endstream` \
             at byte {back}; bytes before `endstream`: {:02X?}",
            s.obj,
            s.data_end,
            &pdf[s.endstream.saturating_sub(4)..s.endstream],
        );
    }
    found.len()
}

/// How many objects the classic xref table lists that are streams: the
/// scanner must have seen each of them.
fn streams_in_xref(pdf: &[u8], name: &str) -> usize {
    let sx = rfind(pdf, b"startxref\n", 0, pdf.len()).unwrap_or_else(|| panic!("{name}"));
    let xref = number_after(&pdf[sx..], b"startxref\n").unwrap();
    assert!(
        pdf[xref..].starts_with(b"xref\n0 "),
        "{name}: no xref table at startxref"
    );
    let count = number_after(&pdf[xref..], b"xref\n0 ").unwrap();
    let entries = find(pdf, b"\n", xref + 5).unwrap() + 1;
    (0..count)
        .map(|i| &pdf[entries + 20 * i..entries + 20 * (i + 1)])
        .filter(|e| e[17] == b'n')
        .filter(|e| {
            let offset: usize = std::str::from_utf8(&e[..10]).unwrap().parse().unwrap();
            let tail = &pdf[offset..];
            assert!(
                tail.split(|b| *b == b'\n')
                    .next()
                    .unwrap()
                    .ends_with(b" obj"),
                "{name}: xref offset {offset} is not at an object"
            );
            let stream = find(tail, b">>\nstream", 0);
            let end = find(tail, b"endobj", 0);
            matches!((stream, end), (Some(s), Some(e)) if s < e)
        })
        .count()
}

#[test]
fn every_stream_of_every_report_ends_where_its_length_says() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "all",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut pdfs: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pdfs.sort();
    // 2014..=2024 in en, nb and nn.
    assert_eq!(pdfs.len(), 33, "{pdfs:?}");
    for path in &pdfs {
        let name = path.file_name().unwrap().to_string_lossy();
        let pdf = std::fs::read(path).unwrap();
        let seen = check_streams(&pdf, &name);
        assert!(seen > 0, "{name}: no stream found");
        assert_eq!(seen, streams_in_xref(&pdf, &name), "{name}: streams missed");
    }
}

#[test]
fn data_ending_in_cr_get_a_crlf_before_endstream() {
    let cases: [&[u8]; 7] = [b"q Q \r", b"\r", b"q Q", b"q Q\n", b"q Q\r\n", b"\n\r", b""];
    let mut pdf = Pdf::new();
    for (i, data) in cases.iter().enumerate() {
        pdf.stream(Ref::new(i as i32 + 1), data);
    }
    let bytes = pdf.finish();
    assert_eq!(check_streams(&bytes, "synthetic"), cases.len());
    assert_eq!(streams_in_xref(&bytes, "synthetic"), cases.len());
    let s = find(&bytes, b"stream\nq Q \r", 0).unwrap();
    assert!(bytes[s..].starts_with(b"stream\nq Q \r\r\nendstream"));
}
