"""Article in, draft deck out: parse, clean, overgenerate per paragraph, rank, keep the best."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from quizapp.deck.ids import content_hash, slugify
from quizapp.deck.model import AnyCard, Deck, Section, SourceInfo
from quizapp.generate import cards, distractors
from quizapp.generate.answers import ENTITY_KINDS, NUMBER_RE, EntityIndex, Kind
from quizapp.generate.article import ArticleError, parse_article
from quizapp.generate.gazetteer import canonical
from quizapp.generate.hygiene import Drop, clean_paragraphs
from quizapp.generate.rank import Candidate, best_candidate, candidates, key_sentences
from quizapp.generate.sentences import split_sentences

MAX_CARDS_PER_SECTION = 8
MAX_PER_PARAGRAPH = 4
NEAR_DUPLICATE = 88  # rapidfuzz ratio above which two sources ask the same thing
_ASKABLE = ENTITY_KINDS | {Kind.NUMBER, Kind.YEAR, Kind.DATE}
_TYPES = ("cloze", "choice", "truefalse")


@dataclass(frozen=True)
class CleanSection:
    id: str
    title: str
    is_intro: bool
    paragraphs: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class GenerationResult:
    deck: Deck
    drops: tuple[Drop, ...]
    sections: tuple[CleanSection, ...]
    headline: str | None

    @property
    def cleaned_text(self) -> str:
        """The article as cards quote it: spam removed, one paragraph per line."""
        lines = [self.headline] if self.headline else []
        for section in self.sections:
            if not section.is_intro:
                lines.append(section.title)
            lines.extend(" ".join(p) for p in section.paragraphs if p)
        return "\n".join(lines) + "\n"

    def report(self) -> str:
        if not self.drops:
            return "hygiene: nothing dropped"
        lines = [f"hygiene: dropped {len(self.drops)} item(s)"]
        lines.extend(f"  - {drop.describe()}" for drop in self.drops)
        return "\n".join(lines)


def _section_ids(titles: list[tuple[str, bool]]) -> list[str]:
    seen: Counter[str] = Counter()
    ids = []
    for title, is_intro in titles:
        base = "introduction" if is_intro else slugify(title)
        seen[base] += 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def _quotas(paragraphs: tuple[tuple[str, ...], ...], budget: int) -> list[int]:
    """Cards per paragraph from its length alone, so one paragraph's edit moves no other's."""
    quotas = [min(MAX_PER_PARAGRAPH, max(1, (len(p) * 3 + 4) // 5)) if p else 0 for p in paragraphs]
    while sum(quotas) > budget:
        largest = max(range(len(quotas)), key=lambda i: (quotas[i], i))
        quotas[largest] -= 1
    return quotas


class _Builder:
    def __init__(self, sections: tuple[CleanSection, ...]) -> None:
        everything = [s for section in sections for p in section.paragraphs for s in p]
        self.index = EntityIndex(everything)
        self.numbers = list(
            dict.fromkeys(m.group() for s in everything for m in NUMBER_RE.finditer(s))
        )
        self.proper = set(self.index.capitalised_inside) | {
            token for name in self.index.mentions for token in name.split()
        }
        self.used_sources: list[str] = []

    def section(self, section: CleanSection) -> Section:
        built: list[AnyCard] = []
        flat = [s for p in section.paragraphs for s in p]
        if not section.is_intro and len(flat) >= 2:
            # The gist must not repeat a claim pinned on someone the article never introduces.
            trusted = [
                s
                for s in flat
                if not any(self.index.unintroduced_person(n) for n, _ in self.index.names_in(s))
            ]
            gist = key_sentences(trusted, section.title)
            if gist:
                built.append(cards.qa(section.id, section.title, gist, self.proper))
        budget = MAX_CARDS_PER_SECTION - len(built)
        for paragraph, quota in zip(
            section.paragraphs, _quotas(section.paragraphs, budget), strict=True
        ):
            built.extend(self._paragraph(section, paragraph, quota))
        return Section(id=section.id, title=section.title, cards=tuple(built))

    def _paragraph(
        self, section: CleanSection, paragraph: tuple[str, ...], quota: int
    ) -> list[AnyCard]:
        pool: list[tuple[float, int, Candidate]] = []
        for position, sentence in enumerate(paragraph):
            pool.extend(
                (-c.score, position, c) for c in candidates(sentence, self.index, section.title)
            )
        chosen: list[tuple[int, Candidate]] = []
        answers: set[str] = set()
        for _, position, candidate in sorted(pool, key=lambda c: (c[0], c[1], c[2].span.start)):
            if len(chosen) == quota:
                break
            # One card per sentence, one card per answer within a paragraph.
            if candidate.sentence in self.used_sources or canonical(candidate.span.text) in answers:
                continue
            if any(fuzz.ratio(candidate.sentence, s) > NEAR_DUPLICATE for s in self.used_sources):
                continue
            self.used_sources.append(candidate.sentence)
            answers.add(canonical(candidate.span.text))
            chosen.append((position, candidate))
        return [self._card(section.id, c) for _, c in sorted(chosen, key=lambda pc: pc[0])]

    def _card(self, section_id: str, candidate: Candidate) -> AnyCard:
        sentence = candidate.sentence
        wanted = _TYPES[int(content_hash("type", sentence), 16) % len(_TYPES)]
        span = candidate.span
        if wanted != "cloze" and span.kind not in _ASKABLE:
            better = best_candidate(sentence, self.index, "", allowed=set(_ASKABLE))
            span = better.span if better is not None else span
        if wanted != "cloze" and span.kind in _ASKABLE:
            seed = cards.card_id(section_id, wanted, sentence, span.text)
            question = cards.blanked(sentence, span) if wanted == "choice" else sentence
            wrong = distractors.pick(span, question, self.index, self.numbers, seed)
            if wrong is not None and wanted == "choice":
                return cards.choice(section_id, sentence, span, wrong)
            if wrong is not None:
                truth = int(content_hash("truth", sentence), 16) % 2 == 0
                return cards.truefalse(section_id, sentence, span, wrong[0], truth)
        return cards.cloze(section_id, sentence, candidate.span)


def _derived_title(index: EntityIndex) -> str:
    """No headline and no --title: the article's two most-mentioned names."""
    named = [
        name
        for name, _ in sorted(index.mentions.items(), key=lambda kv: (-kv[1], kv[0]))
        if (index.kind(name) in ENTITY_KINDS - {Kind.NAME} and " " not in name.strip("-"))
        or index.kind(name) in (Kind.COUNTRY, Kind.PERSON, Kind.ORG)
    ]
    top = list(dict.fromkeys(named))[:2]
    return " and ".join(top) if top else "Article"


def generate_deck(
    text: str,
    *,
    article_path: str | None = None,
    deck_id: str | None = None,
    title: str | None = None,
) -> GenerationResult:
    """Build a draft deck from an article; ArticleError when there is nothing to ask."""
    article = parse_article(text)
    raw = [[split_sentences(p) for p in s.paragraphs] for s in article.sections]
    flat = [p for section in raw for p in section]
    cleaned, drops = clean_paragraphs(flat, [s for p in flat for s in p])
    ids = _section_ids([(s.title, s.is_intro) for s in article.sections])
    sections: list[CleanSection] = []
    cursor = 0
    for section, section_id, paragraphs in zip(article.sections, ids, raw, strict=True):
        kept = tuple(tuple(p) for p in cleaned[cursor : cursor + len(paragraphs)] if p)
        cursor += len(paragraphs)
        sections.append(CleanSection(section_id, section.title, section.is_intro, kept))
    builder = _Builder(tuple(sections))
    deck_sections = [builder.section(s) for s in sections]
    deck_sections = [s for s in deck_sections if s.cards]
    if not deck_sections:
        raise ArticleError("nothing to ask: no sentence in the article holds a usable answer")
    # An explicit title wins over the headline: the user asked for it.
    deck_title = title or article.headline or _derived_title(builder.index)
    deck = Deck(
        id=deck_id or slugify(deck_title),
        title=deck_title,
        sections=tuple(deck_sections),
        source=SourceInfo(path=article_path, title=article.headline or deck_title),
    )
    return GenerationResult(deck, tuple(drops), tuple(sections), article.headline)
