"""`medinav`: import, export and search the directory from a terminal (contract section 3), and
`medinav migrate`, which creates or upgrades the database before any server starts.

Exit codes: 0 success, 1 invalid data (nothing written), 2 usage errors (argparse's own code).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import Session

from directory.db import engine_for, migrate_database
from directory.directory_file import InvalidDirectoryFile
from directory.exporter import export_directory
from directory.filters import UnknownFilterValue, resolve_query
from directory.importer import Changes, ImportMode, ImportReport, import_directory
from directory.live import current_vocabulary, search_hospitals
from directory.models import Hospital
from directory.search import DisplayedRecord, with_display
from directory.settings import PROJECT_ROOT, get_settings
from directory.vocabulary.terms import LOCALES

EXIT_OK: Final = 0
EXIT_INVALID_DATA: Final = 1
EXIT_USAGE: Final = 2
SAMPLE_DIRECTORY: Final = PROJECT_ROOT / "directory" / "sample_data" / "chengdu.json"
# Files smaller than this import in a blink; a progress bar would only flicker.
_PROGRESS_FROM_BYTES: Final = 1_000_000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medinav", description="MedNav hospital directory")
    commands = parser.add_subparsers(dest="command", required=True)

    importing = commands.add_parser("import", help="import a directory file (all or nothing)")
    importing.add_argument("file", type=Path, help="directory file (JSON), or - for standard input")
    importing.add_argument("--replace", action="store_true", help="the file is the whole directory")
    importing.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")

    exporting = commands.add_parser("export", help="write the whole directory as a directory file")
    exporting.add_argument("file", type=Path, nargs="?", help="where to write (standard output without it)")

    searching = commands.add_parser("search", help="find hospitals (filters combine with AND)")
    searching.add_argument("--language", action="append", default=[], help="language served (repeatable)")
    searching.add_argument("--specialty")
    searching.add_argument("--insurer", help="insurer billed directly")
    searching.add_argument("--direct-billing", action="store_true", help="bills some insurer directly")
    searching.add_argument("--district")
    searching.add_argument("--emergency", action="store_true", help="24-hour emergency department")
    searching.add_argument("--text", help="text in any of the hospital's names")
    searching.add_argument("--locale", choices=LOCALES, default="en", help="display language")
    searching.add_argument("--limit", type=int, default=20)
    searching.add_argument("--json", action="store_true", help="machine-readable output")

    commands.add_parser("load-sample", help="load the bundled Chengdu sample when the directory is empty")
    commands.add_parser(
        "migrate", help="create the database or upgrade its schema (safe from several replicas at once)"
    )
    return parser


# Commands that fill the directory create or upgrade its database first; the others read an existing one.
_FILLING: Final = {"import", "load-sample", "migrate"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    url = get_settings().database_url
    if arguments.command in _FILLING:
        migrate_database(url)
    session = Session(engine_for(url), expire_on_commit=False)
    try:
        with session:
            match arguments.command:
                case "migrate":
                    print("the directory database schema is up to date")
                    return EXIT_OK
                case "import":
                    return _import(session, arguments)
                case "export":
                    return _export(session, arguments.file)
                case "search":
                    return _search(session, arguments)
                case "load-sample":
                    return _load_sample(session)
    except (OperationalError, ProgrammingError) as error:
        # A missing file or an unmigrated database: say what to do, not a traceback.
        first_line = str(error.orig or error).strip().splitlines()[0]
        print(
            f"medinav: the directory database is unavailable ({first_line}); run `medinav migrate`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_USAGE


def _read_file(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except OSError as error:
        print(f"medinav: cannot read {path}: {error.strerror}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _import(session: Session, arguments: argparse.Namespace) -> int:
    raw = _read_file(arguments.file)
    mode = ImportMode.REPLACE if arguments.replace else ImportMode.UPSERT
    err = Console(stderr=True)
    try:
        if len(raw) < _PROGRESS_FROM_BYTES or arguments.dry_run:
            report = import_directory(
                session, raw, mode=mode, dry_run=arguments.dry_run, max_bytes=get_settings().max_import_bytes
            )
        else:
            report = _import_with_progress(session, raw, mode, err)
    except InvalidDirectoryFile as invalid:
        err.print(f"[bold red]{arguments.file}: {len(invalid.errors)} error(s); nothing was imported[/]")
        for error in invalid.errors:
            err.print(f"  {error}", markup=False, highlight=False)
        return EXIT_INVALID_DATA
    Console().print(_report_text(report), markup=False, highlight=False)
    return EXIT_OK


def _import_with_progress(session: Session, raw: bytes, mode: ImportMode, console: Console) -> ImportReport:
    columns = (TextColumn("importing hospitals"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("import", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return import_directory(
            session, raw, mode=mode, max_bytes=get_settings().max_import_bytes, progress=advance
        )


def _report_text(report: ImportReport) -> str:
    lines = [("Dry run: nothing written. " if report.dry_run else "") + f"Mode: {report.mode.value}."]
    for name, changes in (
        ("hospitals", report.hospitals),
        ("insurers", report.insurers),
        ("districts", report.districts),
    ):
        lines.append(f"{name}: {_counts(changes)}")
        for label, ids in (
            ("added", changes.added),
            ("updated", changes.updated),
            ("removed", changes.removed),
        ):
            if ids and len(ids) <= 20:
                lines.append(f"  {label}: {', '.join(ids)}")
    if not report.dry_run:
        lines.append(f"directory revision {report.revision}" if report.changed else "nothing changed")
    if report.duplicate_names:
        lines.append(f"{len(report.duplicate_names)} warning(s): names that two terms share")
        lines.extend(f"  warning: {duplicate.message}" for duplicate in report.duplicate_names)
    return "\n".join(lines)


def _counts(changes: Changes) -> str:
    return (
        f"{len(changes.added)} added, {len(changes.updated)} updated, "
        f"{len(changes.unchanged)} unchanged, {len(changes.removed)} removed"
    )


def _export(session: Session, path: Path | None) -> int:
    document = json.dumps(export_directory(session), ensure_ascii=False, indent=2) + "\n"
    if path is None:
        sys.stdout.write(document)
    else:
        path.write_text(document, encoding="utf-8")
    return EXIT_OK


def _search(session: Session, arguments: argparse.Namespace) -> int:
    index = current_vocabulary(session)
    try:
        query = resolve_query(
            index,
            languages=arguments.language,
            specialty=arguments.specialty,
            insurer=arguments.insurer,
            district=arguments.district,
            direct_billing=arguments.direct_billing,
            emergency_24h=arguments.emergency,
            text=arguments.text,
            locale=arguments.locale,
            limit=max(arguments.limit, 1),
        )
    except UnknownFilterValue as error:
        for problem in error.problems:
            print(
                f"medinav search: --{problem.parameter.replace('_', '-')}: {problem.message}", file=sys.stderr
            )
        return EXIT_USAGE
    found = search_hospitals(session, query)
    results = [with_display(record, arguments.locale) for record in found.hospitals]
    if arguments.json:
        print(json.dumps({"total": found.total, "results": results}, ensure_ascii=False, indent=2))
    else:
        _print_table(found.total, results, index.get, arguments.locale)
    return EXIT_OK


def _print_table(total: int, results: list[DisplayedRecord], term: Any, locale: str) -> None:
    from directory.vocabulary.terms import TermKind

    table = Table(title=f"{total} hospital(s)" + (f", first {len(results)}" if total > len(results) else ""))
    for column in (
        "Hospital",
        "中文名 / 地址",
        "District",
        "Phone",
        "Languages",
        "Direct billing",
        "24 h ED",
    ):
        table.add_column(column, overflow="fold")
    for hospital in results:
        district = term(TermKind.DISTRICT, hospital["district"])
        table.add_row(
            hospital["display_name"],
            f"{hospital['name']['zh']}\n{hospital['address']['zh']}",
            district.display_name(locale) if district else hospital["district"],
            hospital["phone"],
            ", ".join(hospital["languages"]),
            ", ".join(hospital["direct_billing"]) or "-",
            "yes" if hospital["emergency_24h"] else "",
        )
    Console().print(table)


def _load_sample(session: Session) -> int:
    if session.execute(select(func.count()).select_from(Hospital)).scalar_one():
        print("the directory already has hospitals; sample not loaded")
        return EXIT_OK
    report = import_directory(
        session, SAMPLE_DIRECTORY.read_bytes(), max_bytes=get_settings().max_import_bytes
    )
    print(
        f"loaded the Chengdu sample directory: {len(report.hospitals.added)} hospitals "
        "(sample data: verify before use)"
    )
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
