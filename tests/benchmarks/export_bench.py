"""Benchmark of the workbook export and import (not collected by pytest).

    python tests/benchmarks/export_bench.py [--memberships 50000] [--rounds 2]

Measures, on a fresh SQLite register:
- the example-sized register's export (81 memberships), the one-click case;
- the large register's export against openpyxl's write-only floor: the same
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

from app.spreadsheet import export_register  # noqa: E402
from app.store import Store  # noqa: E402
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
    "export_register(store, 2007, sys.argv[2]);"
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


def child(code: str, database: Path, workbook: Path) -> dict[str, float]:
    """Runs `code` in a separate process, so its time and peak memory are its own
    (the high-water mark VmHWM: ru_maxrss would include the parent's, which Linux
    carries across exec)."""
    script = (
        "import json, resource, sys, time; sys.path.insert(0, sys.argv[3]);"
        "from app.store import Store;" + code + PEAK
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(database), str(workbook), str(ROOT)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memberships", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))

    small = Store.open(folder / "small.db")
    build_large_register(small, memberships=81)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        export_register(small, 2007, folder / "small.xlsx")
        times.append(time.perf_counter() - started)
    print(f"example-sized register (81 memberships): export best {min(times):.3f} s, "
          f"worst {max(times):.3f} s")  # fmt: skip

    started = time.perf_counter()
    large = Store.open(folder / "large.db")
    build_large_register(large, memberships=args.memberships)
    print(f"built {args.memberships} memberships in {time.perf_counter() - started:.1f} s")
    out = folder / "large.xlsx"
    exports, floors = [], []
    cells: dict[str, list[list[object]]] = {}
    for _ in range(args.rounds):
        exports.append(child(EXPORT, folder / "large.db", out))
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
