"""Benchmark of the workbook export and import (not collected by pytest).

    python tests/benchmarks/export_bench.py [--scale 1.0] [--rounds 2]

Measures, on fresh SQLite registers:
- the example register's export (the one-click case);
- on the large register (tests/benchmarks/generator.py: 50,000 memberships over ten
  years), the export of its fullest year:
  against openpyxl's write-only floor: the same
  cells (values read back from the export with python-calamine) written as
  plain values with no styles, widths or formats; rounds alternate and the best
  of each is compared (the machine may be shared);
- the export's peak memory;
- the import of the large export into an empty register, and its peak memory.
Export and import each run in a child process of their own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from app.demo import build_example_register  # noqa: E402
from app.services.register import year_summary  # noqa: E402
from app.spreadsheet import export_register  # noqa: E402
from app.store import Store  # noqa: E402
from tests.benchmarks.generator import FIRST_YEAR, LAST_YEAR  # noqa: E402
from tests.benchmarks.large_register import build_large_register  # noqa: E402


def floor(cells: dict[str, list[list[object]]], path: Path) -> dict[str, float]:
    """openpyxl's write-only mode writing the same cells as plain values."""
    started, cpu = time.perf_counter(), time.process_time()
    book = Workbook(write_only=True)
    for name, rows in cells.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([None if v == "" else v for v in row])
    book.save(path)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def read_back(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's rows, each cut after its last value (so the matrix's long list of
    abbreviations under 10,000 columns does not become a 100-million-cell rectangle)."""
    book = CalamineWorkbook.from_path(str(path))
    sheets = {}
    for name in book.sheet_names:
        rows = []
        for row in book.get_sheet_by_name(name).iter_rows():
            while row and row[-1] == "":
                row.pop()
            rows.append(row)
        sheets[name] = rows
    return sheets


PEAK = (
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')];"
    "result['peak_mb'] = int(peak[0].split()[1]) / 1024 if peak else "
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024;"
    "print(json.dumps(result))"
)
EXPORT = (
    "from app.spreadsheet import export_register;"
    "store = Store.open(sys.argv[1]); start, cpu = time.perf_counter(), time.process_time();"
    "export_register(store, int(sys.argv[4]), sys.argv[2]);"
    "result = {'seconds': time.perf_counter() - start, 'cpu': time.process_time() - cpu};"
)
IMPORT = (
    "from app.spreadsheet.importer import apply_import, open_source, plan_import;"
    "store = Store.open(sys.argv[1]); start, cpu = time.perf_counter(), time.process_time();"
    "source = open_source(sys.argv[2]); read = time.perf_counter();"
    "plan = plan_import(store, source); planned = time.perf_counter();"
    "apply_import(store, plan); done = time.perf_counter();"
    "result = {'read': read - start, 'plan': planned - read, 'write': done - planned,"
    " 'seconds': done - start, 'cpu': time.process_time() - cpu,"
    " 'created': plan.counts()['memberships'].create, 'problems': len(plan.errors)};"
)


def child(code: str, database: Path, workbook: Path, year: int = 0) -> dict[str, float]:
    """Runs `code` in a separate process, so its time and peak memory are its own
    (the high-water mark VmHWM: ru_maxrss would include the parent's, which Linux
    carries across exec)."""
    script = (
        "import json, resource, sys, time; sys.path.insert(0, sys.argv[3]);"
        "from app.store import Store;" + code + PEAK
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(database), str(workbook), str(ROOT), str(year)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def fullest_year(store: Store) -> tuple[int, int]:
    """(year, memberships) of the year with the most memberships."""
    counts = [(year_summary(store, y).memberships, y) for y in range(FIRST_YEAR, LAST_YEAR + 1)]
    memberships, year = max(counts)
    return year, memberships


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))

    example = Store.open(folder / "example.db")
    build_example_register(example)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        result = export_register(example, 2007, folder / "example.xlsx")
        times.append(time.perf_counter() - started)
    print(f"example register ({result.memberships} memberships in 2007): export best "
          f"{min(times):.3f} s, worst {max(times):.3f} s")  # fmt: skip

    started = time.perf_counter()
    large = build_large_register(folder / "large.db", scale=args.scale)
    year, memberships = fullest_year(large)
    large.close()
    print(f"built the large register in {time.perf_counter() - started:.1f} s; "
          f"{memberships} memberships in {year}")  # fmt: skip
    out = folder / "large.xlsx"
    exports, floors = [], []
    cells: dict[str, list[list[object]]] = {}
    for _ in range(args.rounds):
        exports.append(child(EXPORT, folder / "large.db", out, year))
        cells = cells or read_back(out)
        floors.append(floor(cells, folder / "floor.xlsx"))
    count = sum(1 for rows in cells.values() for row in rows for v in row if v != "")
    print(f"large export: {count} cells in {len(cells)} sheets, {out.stat().st_size / 1e6:.1f} MB")
    for measure, label in (("seconds", "wall"), ("cpu", "CPU")):
        best, base = min(e[measure] for e in exports), min(f[measure] for f in floors)
        print(f"  {label}: export best {best:.2f} s; openpyxl write-only floor best {base:.2f} s;"
              f" ratio {best / base:.2f}")  # fmt: skip
    print(f"  export peak memory {max(e['peak_mb'] for e in exports):.0f} MB (whole process)")
    del cells

    imported = child(IMPORT, folder / "imported.db", out)
    print(
          f"import of the large export: read {imported['read']:.1f} s, planned "
          f"{imported['plan']:.1f} s, written {imported['write']:.1f} s; total "
          f"{imported['seconds']:.1f} s (CPU {imported['cpu']:.1f} s); "
          f"{imported['created']} memberships created, {imported['problems']} problems"
    )  # fmt: skip
    print(f"  import peak memory {imported['peak_mb']:.0f} MB (whole process)")


if __name__ == "__main__":
    main()
