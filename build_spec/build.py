"""Builds the one-folder bundle with PyInstaller and reports its size.

    python build_spec/build.py              # in a fresh venv (-c constraints.txt ".[build]")
    python build_spec/build.py --current    # with this interpreter (quicker; tests use it)
    python build_spec/build.py --self-test  # then run the built program's --self-test

The bundle lands in dist/MembershipRegister/ (the executable inside it);
PyInstaller's work files and the fresh venv in build/. Exit 0 when the build
(and the self-test, if asked for) succeeded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_spec" / "membership_register.spec"
NAME = "MembershipRegister"
MB = 1_000_000


def fresh_environment(folder: Path) -> Path:
    """A new venv with the program and PyInstaller at the verified versions; its python."""
    shutil.rmtree(folder, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    _run([*pip, "--upgrade", "pip"])
    _run([*pip, "-c", str(ROOT / "constraints.txt"), f"{ROOT}[build]"])
    return python


def build(python: Path | str, dist: Path, work: Path) -> Path:
    """Runs PyInstaller on the spec; returns the bundle folder."""
    _run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ]
    )
    return dist / NAME


def executable(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if os.name == "nt" else NAME)


def bundle_size(bundle: Path) -> tuple[int, int]:
    """(bytes, files) of everything in the bundle folder."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the Membership Register bundle.")
    parser.add_argument(
        "--current",
        action="store_true",
        help="build with this interpreter instead of a fresh venv (it needs PyInstaller)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument(
        "--self-test", action="store_true", help="run the built program's --self-test"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        python = sys.executable if args.current else fresh_environment(args.work / "venv")
        bundle = build(python, args.dist, args.work / "pyinstaller")
    except subprocess.CalledProcessError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    size, count = bundle_size(bundle)
    print(
        f"bundle: {bundle} ({size / MB:.1f} MB in {count} files), "
        f"built in {time.perf_counter() - started:.0f} s"
    )
    if args.self_test:
        return self_test(bundle, python)
    return 0


def self_test(bundle: Path, python: Path | str) -> int:
    """Runs the built program's --self-test and shows its result file: a windowed
    Windows program prints nothing, so the file is where its lines are."""
    code = subprocess.run([str(executable(bundle)), "--self-test"], check=False).returncode
    where = subprocess.run(
        [str(python), "-c", "from app.paths import log_dir; print(log_dir())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    result = Path(where.stdout.strip()) / "self-test.txt"
    if where.returncode == 0 and result.is_file():
        print(f"--- {result}\n{result.read_text(encoding='utf-8')}", end="")
    print(f"self-test exit code {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
