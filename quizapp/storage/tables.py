"""SQLModel table models. The schema itself is created and evolved by migrations.py."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class Profile(SQLModel, table=True):
    __tablename__ = "profile"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: datetime


class DeckRow(SQLModel, table=True):
    __tablename__ = "deck"
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True)
    title: str
    description: str | None = None
    settings_json: str
    source_path: str | None = None  # the article, resolved when the deck was imported
    deck_path: str | None = None
    content_hash: str
    imported_at: datetime


class SectionRow(SQLModel, table=True):
    __tablename__ = "section"
    id: int | None = Field(default=None, primary_key=True)
    deck_id: int = Field(foreign_key="deck.id", ondelete="CASCADE")
    slug: str
    title: str
    position: int
    retired: bool = False


class ItemRow(SQLModel, table=True):
    """One study item: a card, or one cloze deletion of a cloze card."""

    __tablename__ = "item"
    id: int | None = Field(default=None, primary_key=True)
    deck_id: int = Field(foreign_key="deck.id", ondelete="CASCADE")
    section_id: int = Field(foreign_key="section.id")
    key: str
    card_id: str
    cloze_number: int | None = None
    type: str
    content_json: str
    search_text: str
    position: int
    content_hash: str
    retired: bool = False


class CardStateRow(SQLModel, table=True):
    """Scheduling state of an item for a profile; absent until the item is first studied."""

    __tablename__ = "card_state"
    profile_id: int = Field(foreign_key="profile.id", primary_key=True)
    item_id: int = Field(foreign_key="item.id", primary_key=True)
    phase: int = 0
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    scheduled_days: int = 0  # the review interval in days, kept through relearning
    suspended: bool = False
    buried_until: datetime | None = None
    flagged: bool = False
    flag_note: str | None = None
    introduced_day: int | None = None  # study day of the first review, for the new-card limit


class ReviewLogRow(SQLModel, table=True):
    __tablename__ = "review_log"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id")
    item_id: int = Field(foreign_key="item.id")
    rating: int
    reviewed_at: datetime
    study_day: int
    duration_ms: int | None = None
    state_before: str
    state_after: str
    phase_before: int


class QuizResultRow(SQLModel, table=True):
    __tablename__ = "quiz_result"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id")
    deck_id: int = Field(foreign_key="deck.id", ondelete="CASCADE")
    section_id: int | None = Field(default=None, foreign_key="section.id")
    taken_at: datetime
    total: int
    correct: int
    missed_json: str


class FsrsParamsRow(SQLModel, table=True):
    """One fit of a profile's FSRS parameters, with its cross-validated figures."""

    __tablename__ = "fsrs_params"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id")
    parameters_json: str
    fitted_at: datetime
    reviews: int  # the reviews it was fitted to predict
    log_loss_before: float
    log_loss_after: float
    rmse_before: float
    rmse_after: float
    undone_at: datetime | None = None
