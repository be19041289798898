"""What to study now: due counts per deck and section, and the ordered queue of items."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_
from sqlmodel import Session, col, select

from quizapp.storage.codec import settings_from_json, to_db
from quizapp.storage.tables import CardStateRow, DeckRow, ItemRow, SectionRow
from quizapp.storage.views import Counts, DeckSummary, SectionSummary

MASTERED_STABILITY_DAYS = 21.0


@dataclass(frozen=True)
class Window:
    """The moments that bound "due today" for one profile."""

    profile_id: int
    now: datetime
    day_end: datetime  # when the current study day ends (UTC)
    today: int  # day number of the current study day


def _available(state: type[CardStateRow], now: datetime):  # type: ignore[no-untyped-def]
    return and_(
        state.suspended == False,  # noqa: E712
        or_(state.buried_until == None, state.buried_until <= to_db(now)),  # noqa: E711
    )


def introduced_today(session: Session, window: Window) -> dict[int, int]:
    """New items first studied today, per deck id (for the daily new-card limit)."""
    rows = session.exec(
        select(ItemRow.deck_id, func.count())
        .join(CardStateRow, col(CardStateRow.item_id) == ItemRow.id)
        .where(
            CardStateRow.profile_id == window.profile_id,
            CardStateRow.introduced_day == window.today,
        )
        .group_by(ItemRow.deck_id)
    ).all()
    return dict(rows)


def summaries(session: Session, window: Window) -> list[DeckSummary]:
    decks = session.exec(select(DeckRow).order_by(DeckRow.title)).all()
    sections = session.exec(
        select(SectionRow).where(SectionRow.retired == False).order_by(SectionRow.position)  # noqa: E712
    ).all()
    totals = dict(
        session.exec(
            select(ItemRow.section_id, func.count())
            .where(ItemRow.retired == False)  # noqa: E712
            .group_by(ItemRow.section_id)
        ).all()
    )
    day_end = to_db(window.day_end)
    now = to_db(window.now)
    state = CardStateRow
    per_section = {
        row[0]: row[1:]
        for row in session.exec(
            select(
                ItemRow.section_id,
                # items no longer new (or hidden), so not part of the new count
                func.count(),
                func.sum(
                    case(
                        (
                            and_(
                                col(state.phase).in_([1, 3]),
                                state.due < day_end,
                                _available(state, window.now),
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ),
                func.sum(
                    case(
                        (
                            and_(
                                state.phase == 2, state.due < day_end, _available(state, window.now)
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ),
                func.sum(case((state.stability >= MASTERED_STABILITY_DAYS, 1), else_=0)),
            )
            .join(state, col(state.item_id) == ItemRow.id)
            .where(
                state.profile_id == window.profile_id,
                ItemRow.retired == False,  # noqa: E712
                or_(
                    state.phase > 0,
                    state.suspended == True,  # noqa: E712
                    and_(col(state.buried_until).is_not(None), state.buried_until > now),
                ),
            )
            .group_by(ItemRow.section_id)
        ).all()
    }
    introduced = introduced_today(session, window)
    by_deck: dict[int, list[SectionRow]] = defaultdict(list)
    for section in sections:
        by_deck[section.deck_id].append(section)
    result = []
    for deck in decks:
        assert deck.id is not None
        settings = settings_from_json(deck.settings_json)
        remaining = max(0, settings.new_per_day - introduced.get(deck.id, 0))
        section_views = []
        deck_new = deck_learning = deck_due = deck_cards = deck_mastered = 0
        for section in by_deck[deck.id]:
            cards = totals.get(section.id, 0)
            touched, learning, due, mastered = per_section.get(section.id, (0, 0, 0, 0))
            new = cards - touched
            section_views.append(
                SectionSummary(
                    deck_slug=deck.slug,
                    slug=section.slug,
                    title=section.title,
                    position=section.position,
                    cards=cards,
                    counts=Counts(new=min(new, remaining), learning=learning or 0, due=due or 0),
                    mastery=(mastered or 0) / cards if cards else 0.0,
                )
            )
            deck_new += new
            deck_learning += learning or 0
            deck_due += due or 0
            deck_cards += cards
            deck_mastered += mastered or 0
        result.append(
            DeckSummary(
                slug=deck.slug,
                title=deck.title,
                description=deck.description,
                cards=deck_cards,
                counts=Counts(new=min(deck_new, remaining), learning=deck_learning, due=deck_due),
                mastery=deck_mastered / deck_cards if deck_cards else 0.0,
                sections=section_views,
            )
        )
    return result


def due_item_ids(
    session: Session,
    window: Window,
    deck_id: int | None,
    section_id: int | None,
    limit: int,
    learn_ahead: datetime | None = None,
) -> list[int]:
    """Learning cards due now and review cards due today, by due time, then section order."""
    state = CardStateRow
    learning_cutoff = to_db(learn_ahead or window.now)
    query = (
        select(ItemRow.id)
        .join(state, col(state.item_id) == ItemRow.id)
        .join(SectionRow, col(SectionRow.id) == ItemRow.section_id)
        .where(
            state.profile_id == window.profile_id,
            state.due < to_db(window.day_end),
            or_(state.phase == 2, and_(col(state.phase).in_([1, 3]), state.due <= learning_cutoff)),
            _available(state, window.now),
            ItemRow.retired == False,  # noqa: E712
        )
        .order_by(state.due, SectionRow.position, ItemRow.position)
        .limit(limit)
    )
    if deck_id is not None:
        query = query.where(ItemRow.deck_id == deck_id)
    if section_id is not None:
        query = query.where(ItemRow.section_id == section_id)
    return list(session.exec(query).all())


def new_item_ids(
    session: Session, window: Window, deck_id: int, section_id: int | None, limit: int
) -> list[int]:
    """Items never studied, in the deck's order (sections first to last)."""
    if limit <= 0:
        return []
    state = CardStateRow
    query = (
        select(ItemRow.id)
        .outerjoin(
            state,
            and_(col(state.item_id) == ItemRow.id, state.profile_id == window.profile_id),
        )
        .where(
            ItemRow.deck_id == deck_id,
            ItemRow.retired == False,  # noqa: E712
            or_(
                col(state.item_id).is_(None),
                and_(state.phase == 0, _available(state, window.now)),
            ),
        )
        .order_by(ItemRow.position)
        .limit(limit)
    )
    if section_id is not None:
        query = query.where(ItemRow.section_id == section_id)
    return list(session.exec(query).all())
