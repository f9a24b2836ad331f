"""The report's style sheets, inlined into the page: it has no files beside it.

`WEB` is for browsers, phones first: one column, tables that scroll sideways
inside their own box rather than widening the page, text at least 16 px,
contrast above WCAG AA. `PRINT` is the subset Qt's rich text understands, for
the PDF.
"""

from __future__ import annotations

WEB = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; padding: 0 1rem 2rem; color: #1a1a1a; background: #fff;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.page { max-width: 62rem; margin: 0 auto; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-top: .5rem;
     border-top: 3px solid #0b2545; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
a { color: #0b4f8a; }
a:focus, .scroll:focus { outline: 3px solid #e69f00; outline-offset: 2px; }
.note { background: #fff4d6; border-left: 4px solid #a86b00; padding: .5rem .75rem; }
.lead { font-size: 1.05rem; }
nav ol { padding-left: 1.25rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
           gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.figures li { border: 1px solid #c8ced6; border-radius: 6px; padding: .6rem .75rem; }
.figures .value { display: block; font-size: 1.5rem; font-weight: 700; }
.figures .change { display: block; color: #4d4d4d; font-size: .9rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
          gap: 1rem; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; max-width: 40rem; }
.charts .wide { grid-column: 1 / -1; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
.scroll { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
th, td { border-bottom: 1px solid #d0d5db; padding: .35rem .5rem; text-align: left;
         vertical-align: top; }
thead th { border-bottom: 2px solid #0b2545; background: #f1f4f7; }
tfoot td, tfoot th { border-top: 2px solid #0b2545; font-weight: 700; }
tbody tr:nth-child(even) { background: #f8f9fa; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.matrix { font-size: .85rem; }
.matrix td { text-align: center; }
.matrix th[scope=row] { white-space: nowrap; }
.legend { font-size: .95rem; }
footer { margin-top: 3rem; color: #4d4d4d; font-size: .9rem; }
@media (max-width: 40rem) {
  body { padding: 0 .75rem 1.5rem; }
  h1 { font-size: 1.35rem; }
  table { font-size: .9rem; }
  th, td { padding: .3rem .35rem; }
}
@media print {
  nav, .skip { display: none; }
  h2 { break-before: page; border-top: none; }
  .scroll { overflow: visible; }
}
"""

PRINT = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; color: #0b2545; }
h3 { font-size: 10.5pt; margin-top: 10pt; }
p { margin-top: 3pt; margin-bottom: 3pt; }
.note { background-color: #fff4d6; }
.pagebreak { page-break-before: always; }
table { border-collapse: collapse; margin-bottom: 8pt; }
caption { font-weight: bold; text-align: left; }
th { background-color: #e8ecf1; text-align: left; font-weight: bold; }
td, th { border-color: #b8bec6; }
.num { text-align: right; }
.matrix { font-size: 7.5pt; }
.chart-title { font-weight: bold; margin-top: 8pt; }
.matrix td { text-align: center; }
.small { font-size: 8pt; color: #4d4d4d; }
"""
