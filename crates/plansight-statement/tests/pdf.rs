//! The PDFs are read back with a PDF text extractor: every heading, figure and rule
//! written is there as text, tables continue across pages, and bad input is refused.

use plansight_statement::{write_pdf, Block, Chart, Column, Report, StatementError, Table};

fn text_of(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).expect("the PDF reads back");
    // The extractor may break lines anywhere a text run ends; compare words.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn report(rows: usize) -> Report {
    Report {
        title: "Payout statement: Ana Müller".into(),
        subtitle: vec!["AE FY26 · plan year 2026-01-01 – 2026-12-31".into()],
        blocks: vec![
            Block::Heading("Attainment".into()),
            Block::Paragraph("Plan-year earnings: USD 12,345.67.".into()),
            Block::Table(Table {
                columns: vec![Column::words("Deal", 1.0), Column::figures("Amount", 1.0), Column::words("Rule", 3.0)],
                rows: (0..rows)
                    .map(|i| {
                        vec![
                            format!("D-{i:04}"),
                            format!("USD {i},000.{:02}", i % 100),
                            "10% of credit in the 100–150% tier (clause 4.2), a long explanation that wraps over more than one line of the cell".into(),
                        ]
                    })
                    .collect(),
            }),
            Block::Chart(Chart {
                caption: "Earned per period".into(),
                width: 4,
                height: 2,
                rgba: vec![200; 4 * 2 * 4],
            }),
        ],
        footer: "Plansight · AE FY26".into(),
    }
}

#[test]
fn every_written_text_reads_back() {
    let pdf = write_pdf(&report(3)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = text_of(&pdf);
    for want in [
        "Payout statement: Ana Müller",
        "Attainment",
        "Plan-year earnings: USD 12,345.67.",
        "D-0002",
        "USD 2,000.02",
        "Earned per period",
        "page 1 of 1",
    ] {
        assert!(text.contains(want), "{want:?} is not in {text:?}");
    }
}

#[test]
fn a_long_table_continues_on_new_pages_with_its_header() {
    let pdf = write_pdf(&report(120)).unwrap();
    let text = text_of(&pdf);
    assert!(text.contains("D-0119"), "the last row is there");
    let pages = text.matches("page ").count();
    assert!(pages >= 3, "120 wrapped rows take several pages, not {pages}");
    assert!(text.contains(&format!("page {pages} of {pages}")));
    assert_eq!(
        text.matches("Amount").count(),
        pages,
        "the header repeats on each page of the table"
    );
}

#[test]
fn a_row_of_the_wrong_width_and_short_pixels_are_refused() {
    let mut r = report(1);
    if let Block::Table(t) = &mut r.blocks[2] {
        t.rows.push(vec!["only one".into()]);
    }
    assert!(matches!(
        write_pdf(&r),
        Err(StatementError::Row {
            cells: 1,
            columns: 3,
            ..
        })
    ));
    let mut r = report(1);
    if let Block::Chart(c) = &mut r.blocks[3] {
        c.rgba.pop();
    }
    assert!(matches!(write_pdf(&r), Err(StatementError::Pixels(_))));
}

#[test]
fn a_figure_too_wide_for_its_column_stays_whole_and_a_chart_keeps_its_heading() {
    let narrow = Report {
        title: "Narrow".into(),
        blocks: vec![Block::Table(Table {
            columns: vec![
                Column::figures("#", 0.2),
                Column::words("Seller", 3.0),
                Column::figures("Earnings", 0.6),
            ],
            rows: vec![vec!["10".into(), "Ana".into(), "USD 12,345,678.90".into()]],
        })],
        ..Report::default()
    };
    let text = text_of(&write_pdf(&narrow).unwrap());
    assert!(text.contains("USD 12,345,678.90"), "{text}");
    assert!(text.contains(" 10 "), "{text}");

    // Paragraphs that leave room for a heading and a few lines at the foot of page 1 but
    // not for a chart: the heading goes to page 2 with its chart.
    let mut blocks: Vec<Block> = (0..29).map(|i| Block::Paragraph(format!("Line {i}."))).collect();
    blocks.push(Block::Heading("Charts".into()));
    blocks.push(Block::Chart(Chart {
        caption: "Earned per period".into(),
        width: 1000,
        height: 460,
        rgba: vec![255; 1000 * 460 * 4],
    }));
    let pdf = write_pdf(&Report {
        title: "Keep".into(),
        blocks,
        footer: "F".into(),
        ..Report::default()
    })
    .unwrap();
    let text = text_of(&pdf);
    let (page_one, _) = text.split_once("page 1 of 2").expect("two pages");
    assert!(
        !page_one.contains("Charts"),
        "the heading left alone at the foot of page 1: {page_one}"
    );
}
