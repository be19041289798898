"""`quizapp import`, `decks` and `stats`: commands over the progress database."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quizapp.cli.context import options
from quizapp.cli.errors import USER_ERROR, fail
from quizapp.cli.output import say, say_lines
from quizapp.cli.store_access import open_for_command, query
from quizapp.plural import plural

if TYPE_CHECKING:
    from quizapp.scheduling.exam import ExamOutlook
    from quizapp.storage.report_views import DeckRetention
    from quizapp.userfiles import WriteBatch

TABLE_SUFFIXES = {".csv", ".tsv", ".txt"}


def import_(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(
        ..., help="YAML decks, Anki packages (.apkg) or Anki/Quizlet .csv/.tsv exports."
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help="Replace the FILE.yaml of a table or .apkg even if quizapp did not write it.",
    ),
) -> None:
    """Import decks; all files are checked first and nothing is imported if any has an error.

    Re-importing an edited deck keeps the progress of every card whose id is unchanged. A
    .csv/.tsv or .apkg file becomes a YAML deck written beside it, then imported (an .apkg
    with its review history); an existing FILE.yaml is replaced only if quizapp wrote it and it
    is unedited (or with --force).
    """
    from quizapp.storage.db import resolve_db_path

    opts = options(ctx)
    if resolve_db_path(opts.db).is_file():
        from quizapp.storage.file_hashes import unchanged_decks

        # Every file imported before with the same bytes: nothing to read, nothing to write,
        # and none of the deck loader, the scheduler or the store to load.
        known = unchanged_decks(resolve_db_path(opts.db), files)
        if known is not None:
            for report in known:
                say(report.summary())
            return
    from quizapp.storage import StorageError, deck_source_path
    from quizapp.storage.deck_files import read_deck_file

    # With a database already there, a file imported before with the same bytes is not read.
    known = resolve_db_path(opts.db).is_file()
    store = open_for_command(opts, bundled=False, own_profile=False) if known else None
    batch = []
    tables = []
    digests: dict[str, str | None] = {}
    unchanged: list[str] = []
    histories = {}
    problems: list[str] = []
    ids: list[str] = []  # every deck of the batch, in the files' order
    for path in files:
        if path.suffix.lower() == ".apkg" or path.suffix.lower() in TABLE_SUFFIXES:
            # Imported here: the table readers load Anki's package writer, which decks never need.
            from quizapp.interop.table_import import yaml_path_of
        if path.suffix.lower() == ".apkg":
            package = _read_package(path, problems)
            if package is not None:
                tables.append((yaml_path_of(path), package.deck))
                batch.append((package.deck, yaml_path_of(path).resolve(), None))
                ids.append(package.deck.id)
                histories[package.deck.id] = package.histories
            continue
        if path.suffix.lower() in TABLE_SUFFIXES:
            deck = _read_table(path, problems)
            if deck is not None:
                tables.append((yaml_path_of(path), deck))
                batch.append((deck, yaml_path_of(path).resolve(), None))
                ids.append(deck.id)
            continue
        found = read_deck_file(path, store)
        if found.unchanged is not None:
            unchanged.append(found.unchanged)
            ids.append(found.unchanged)
            continue
        assert found.result is not None
        result = found.result
        problems += [str(p) for p in result.errors]
        for warning in result.warnings:
            say(str(warning), err=True)
        if result.deck is not None:
            deck = result.deck
            source = deck_source_path(path, deck.source.path if deck.source else None)
            batch.append((deck, found.path, source))
            ids.append(deck.id)
            digests[deck.id] = found.digest if found.clean else None
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    problems += [f"deck id '{i}' is given by more than one file" for i in duplicates]
    if len(problems) == 1:  # one problem, one line: where it is comes first, for editors
        say(f"{problems[0]} (nothing imported)", err=True)
        raise typer.Exit(USER_ERROR)
    if problems:
        for line in problems:
            say(line, err=True)
        fail("nothing imported: fix the errors above and import again")
    # Tables become YAML decks only once the whole batch is known to be good, and the files
    # move into place only after the database took the import: a failure leaves both as were.
    writes = _prepare_decks(tables, force)
    from quizapp.userfiles import UserFileError  # loads with the command, not with --help

    try:
        with writes.committing():
            if batch:
                # A bulk write must not go into a damaged file (which reads may not notice).
                if store is not None:
                    store.close()
                # Reviews from an .apkg are the --profile's own progress.
                own = any(histories.values())
                store = open_for_command(opts, verify=True, own_profile=own)
                reports, kept = store.import_with_history(batch, histories, digests, unchanged)
            else:  # every file unchanged: nothing to write
                assert store is not None
                reports, kept = store.unchanged_reports(unchanged), []
    except StorageError as exc:
        fail(str(exc))
    except UserFileError as exc:
        fail(f"cannot write the deck: {exc}")
    for pending in writes.pending:
        say(f"wrote {pending.target}")
    order = {slug: n for n, slug in enumerate(ids)}  # one line per file, in the files' order
    for report in sorted(reports, key=lambda r: order.get(r.deck_slug, len(order))):
        say(report.summary())
        if report.schedule_change:
            say(
                f"  {report.schedule_change}: new intervals apply from each card's next "
                "review; `quizapp reschedule` re-dates the cards now"
            )
    for history in kept:
        say(history.summary())


def _prepare_decks(tables: list, force: bool) -> WriteBatch:  # type: ignore[type-arg]
    from quizapp.deck import dumps
    from quizapp.userfiles import (
        UserFileError,
        WriteBatch,
        is_unedited_stamp,
        prepare_write,
        stamped,
    )

    writes = WriteBatch()
    for yaml_path, deck in tables:
        try:
            pending = prepare_write(
                yaml_path, stamped(dumps(deck)), force=force, ours=is_unedited_stamp
            )
        except UserFileError as exc:
            for earlier in writes.pending:
                earlier.discard()
            fail(f"{yaml_path}: {exc}; nothing imported")
        writes.add(pending)
    return writes


def _read_package(path: Path, problems: list[str]):  # type: ignore[no-untyped-def]
    """The package's deck and histories, or None after noting why not in ``problems``."""
    from quizapp.interop import TableError
    from quizapp.interop.apkg_deck import read_package

    try:
        package = read_package(path)
    except TableError as exc:
        problems.extend(exc.lines)
        return None
    for warning in package.warnings:
        say(warning, err=True)
    return package


def _looks_like_prose(path: Path) -> bool:
    """A .txt with no tab and no Anki header is an article, not an exported table."""
    from quizapp.userfiles import UserFileError, read_user_file

    try:
        head = read_user_file(path)[:4096].decode("utf-8", errors="replace")
    except UserFileError:
        return False
    return path.suffix.lower() == ".txt" and "\t" not in head and not head.startswith("#")


def _read_table(path: Path, problems: list[str]):  # type: ignore[no-untyped-def]
    from quizapp.interop import TableError, read_table

    if _looks_like_prose(path):
        problems.append(
            f"{path}: looks like an article, not an Anki or Quizlet table; "
            f"make a deck from it with `quizapp generate {path}`"
        )
        return None
    try:
        return read_table(path)
    except TableError as exc:
        problems.extend(str(exc).splitlines())
        return None


def decks(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List decks and sections with new, learning and due counts for today."""
    _, summaries = query(options(ctx), lambda store: store.deck_summaries())
    if as_json:
        say_lines(json.dumps([asdict(s) for s in summaries], indent=2, default=str))
        return
    for deck in summaries:
        c = deck.counts
        say(
            f"{deck.title}  [{deck.slug}]  {plural(deck.cards, 'card')}  "
            f"new {c.new}  learning {c.learning}  due {c.due}  "
            f"mastery {deck.mastery:.0%}"
        )
        if deck.exam is not None:
            say(exam_line(deck.exam))
        for section in deck.sections:
            s = section.counts
            say(
                f"  {section.title}  ({plural(section.cards, 'card')})  "
                f"new {s.new}  learning {s.learning}  due {s.due}"
            )


def exam_line(exam: ExamOutlook) -> str:
    if exam.days_left < 0:
        return f"  exam {exam.exam.isoformat()} has passed"
    recall = _percent(exam.predicted_recall)
    line = (
        f"  exam {exam.exam.isoformat()} in {plural(exam.days_left, 'day')}: "
        f"predicted recall {recall} of the {plural(exam.studied, 'card')} studied"
    )
    if exam.unseen:
        line += f"; {exam.unseen} new to go, {exam.new_per_day} a day"
    return line


RETENTION_PERIODS = {"today": "today", "week": "7 days", "month": "30 days", "year": "365 days"}


def stats(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Reviews today, streak, 30-day retention, mastery per section and recent quizzes."""
    from quizapp.storage import StorageError

    store, figures = query(options(ctx), lambda store: store.stats())
    try:
        # A pass over the whole review log: a damaged log costs this table, not the command.
        retention = store.retention()
    except StorageError as exc:
        say(f"quizapp: retention table unavailable: {exc}", err=True)
        retention = []
    data = {
        "profile": store.profile_name,
        "today": figures.today.isoformat(),
        "reviews_today": figures.reviews_today,
        "streak_days": figures.streak_days,
        "retention_30d": figures.retention_30d,
        "total_reviews": figures.total_reviews,
        "total_time_seconds": round(figures.total_time.total_seconds()),
        "reviews_per_day": {d.isoformat(): n for d, n in figures.reviews_per_day.items()},
        "forecast_30d": figures.forecast,
        "mastery": [
            {
                "deck": m.deck_slug,
                "section": m.section_slug,
                "title": m.title,
                "cards": m.cards,
                "mastered": m.mastered,
                "share": round(m.share, 4),
            }
            for m in figures.mastery
        ],
        "true_retention": {
            (r.deck_slug or "all"): {
                period: {
                    "young": {"passed": c.young_passed, "failed": c.young_failed},
                    "mature": {"passed": c.mature_passed, "failed": c.mature_failed},
                    "young_share": c.young,
                    "mature_share": c.mature,
                    "share": c.total,
                }
                for period, c in r.periods.items()
            }
            for r in retention
        },
        "recent_quizzes": [
            {
                "taken_at": q.taken_at.isoformat(),
                "deck": q.deck_slug,
                "section": q.section_slug,
                "total": q.total,
                "correct": q.correct,
                "missed": q.missed,
            }
            for q in figures.recent_quizzes
        ],
    }
    if as_json:
        say_lines(json.dumps(data, indent=2))
        return
    share = "-" if figures.retention_30d is None else f"{figures.retention_30d:.0%}"
    say(
        f"reviews today {figures.reviews_today}   streak {plural(figures.streak_days, 'day')}   "
        f"retention (30 days) {share}   total reviews {figures.total_reviews}"
    )
    for m in figures.mastery:
        say(f"  {m.share:4.0%}  {m.title}  ({m.mastered}/{m.cards})")
    for line in retention_lines(retention):
        say(line)


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def retention_lines(table: list[DeckRetention]) -> list[str]:
    """Young / mature / all retention per period, overall and per deck, as Anki counts it."""
    lines = []
    for entry in table:
        if entry.periods["all_time"].count == 0:
            continue
        lines.append(f"retention, {entry.deck_slug or 'all decks'} (young / mature / all):")
        for period, label in RETENTION_PERIODS.items():
            c = entry.periods[period]
            lines.append(
                f"  {label:<9} {_percent(c.young):>4} / {_percent(c.mature):>4} / "
                f"{_percent(c.total):>4}  ({plural(c.count, 'answer')})"
            )
    return lines


def register(app: typer.Typer) -> None:
    app.command(
        name="import", short_help="Import decks, Anki packages and CSV/TSV exports."
    )(import_)
    app.command(short_help="List decks with today's new, learning and due counts.")(decks)
    app.command(short_help="Streak, retention, mastery and recent quizzes.")(stats)
