"""Every profile's scheduling state per item, for teachers' progress spreadsheets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, true
from sqlmodel import Session, col, select

from quizapp.deck import Settings
from quizapp.scheduling import retrievability
from quizapp.storage.codec import settings_from_json, state_of
from quizapp.storage.tables import CardStateRow, DeckRow, ItemRow, Profile, SectionRow
from quizapp.storage.views import ProgressRow

PHASE_NAMES = ("new", "learning", "review", "relearning")


def progress_rows(session: Session, now: datetime, deck_id: str | None = None) -> list[ProgressRow]:
    """A row per live item and profile (never-studied items too), in deck order."""
    query = (
        select(Profile, DeckRow, SectionRow, ItemRow, CardStateRow)
        .select_from(Profile)
        .join(DeckRow, true())  # every profile with every item
        .join(SectionRow, col(SectionRow.deck_id) == DeckRow.id)
        .join(ItemRow, col(ItemRow.section_id) == SectionRow.id)
        .outerjoin(
            CardStateRow,
            and_(
                col(CardStateRow.item_id) == ItemRow.id,
                col(CardStateRow.profile_id) == Profile.id,
            ),
        )
        .where(col(ItemRow.retired).is_(False), col(SectionRow.retired).is_(False))
        .order_by(
            col(Profile.name),
            col(DeckRow.slug),
            col(SectionRow.position),
            col(ItemRow.position),
            col(ItemRow.cloze_number),
        )
    )
    if deck_id is not None:
        query = query.where(DeckRow.slug == deck_id)
    rows: list[ProgressRow] = []
    settings: dict[str, Settings] = {}
    for profile, deck, section, item, state_row in session.exec(query).all():
        state = state_of(state_row)
        if deck.slug not in settings:
            settings[deck.slug] = settings_from_json(deck.settings_json)
        studied = state.last_review is not None
        recall = retrievability(state, now, settings[deck.slug]) if studied else None
        rows.append(
            ProgressRow(
                profile=profile.name,
                deck=deck.slug,
                section=section.slug,
                card=item.key,
                state=PHASE_NAMES[int(state.phase)],
                reps=state.reps,
                lapses=state.lapses,
                stability=state.stability,
                retrievability=recall,
                last_review=state.last_review,
                due=state.due,
                flagged=bool(state_row and state_row.flagged),
                flag_note=state_row.flag_note if state_row else None,
            )
        )
    return rows
