"""Markdown structure that is not prose: tables become comparison cards, lists become
enumeration (or, when numbered, ordering) cards. Code blocks are dropped before this.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from quizapp.deck.ids import content_hash
from quizapp.deck.model import AnyCard, ChoiceCard, QACard
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS
from quizapp.generate.sentences import stem, zipf
from quizapp.generate.spans import tag_sentence

_CELL_CLEAN_RE = lazy_compile(r"[*_`]")
_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)
# Cards of one question shape a table may give (a column asked of row after row).
MAX_CARDS_PER_SHAPE = 2
MAX_TABLE_CARDS = 3
MAX_ITEM_WORDS = 6


@dataclass(frozen=True)
class Block:
    kind: str  # "table" or "list"
    intro: str  # the sentence introducing it ("" when none)
    rows: tuple[tuple[str, ...], ...]  # a table's rows (header first) or a list's items
    ordered: bool = False


def parse_table(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    rows = []
    for line in lines:
        cells = [_CELL_CLEAN_RE.sub("", c).strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue  # the |---|---| rule
        rows.append(tuple(cells))
    width = len(rows[0]) if rows else 0
    return tuple(r for r in rows if len(r) == width)


def _card_id(section_id: str, kind: str, *parts: str) -> str:
    return f"{section_id}-{content_hash(kind, *parts)}"


def _lower(text: str) -> str:
    """'Typical key size' -> 'typical key size'; 'IPv4 address' and 'CO₂' keep their case."""
    first = text.split()[0] if text.split() else text
    if first.isupper() or any(c.isupper() for c in first[1:]) or any(c.isdigit() for c in first):
        return text
    return text[:1].lower() + text[1:]


_NOUN_HEADER_RE = lazy_compile(r"^[A-Za-z][\w\s₀-₉-]*$")
# Header words that cannot make "the <header> of <row>" read as a noun phrase.
_NOT_NOUN_RE = lazy_compile(
    r"\b(?:it|its|they|them|you|your|we|this|these|when|where|how|why|what|which|who|also|"
    r"today|now|currently|example|examples|sample|notes?|comments?|remarks?|other)\b",
    re.IGNORECASE,
)
# A transposed table: its first header names the rows' features, its other headers the things.
_FEATURE_HEADERS = frozenset({"", "feature", "features", "property", "characteristic", "aspect"})


def _noun_header(header: str) -> bool:
    """A header that reads as a noun phrase: 'Country', 'Primary IPv4 address', 'Main use';
    not 'Introduced', 'Also called', 'Hard problem it relies on', 'Where you find it'."""
    if not _NOUN_HEADER_RE.match(header) or _NOT_NOUN_RE.search(header):
        return False
    if re.fullmatch(r"[A-Za-z]+ed", header.strip()):
        return False  # "Introduced", "Discovered": a participle, asked "When was ...?" if ever
    tagged = tag_sentence(f"The {_lower(header)} is here.")
    tags = tagged.tags[1:-3]
    if not tags or tags[-1] not in ("NOUN", "PROPN"):
        return False
    return all(t in ("NOUN", "PROPN", "ADJ", "NUM") for t in tags)


def _noun_value(value: str) -> bool:
    """A cell that answers 'what is ...': a name, number or noun phrase, not 'very low' or
    'high in heat'."""
    tags = tag_sentence(value).tags
    if len(value.split()) == 1 and zipf(value.strip("()")) < 3.5:
        return True  # "oxaloacetate": a rare single word is a technical name
    if not any(t in ("NOUN", "PROPN", "NUM") for t in tags):
        return False
    return tags[0] not in ("ADJ", "ADV") or tags[1:2] in (("NOUN",), ("PROPN",), ("NUM",))


def _verb_value(value: str) -> str | None:
    """A cell that says what its row does ('Maps a name to a 32-bit IPv4 address'), as a
    predicate: 'maps a name to a 32-bit IPv4 address'; None for any other cell."""
    clause = re.split(r";|\s\(", value, maxsplit=1)[0].strip().rstrip(".")
    if not clause or len(clause.split()) > 12:
        return None
    predicate = _lower(clause)
    tagged = tag_sentence(f"It {predicate}.")
    if len(tagged.words) < 3 or tagged.tags[1] != "VERB" or not tagged.finite[1]:
        return None
    if not tagged.words[1].endswith("s"):
        return None
    return predicate


def _row_kind(header: str, title: str) -> str | None:
    """What the rows are, for 'Which <kind> ...?': the first header ('Service'), made more
    exact by a heading that names it ('Record types' + 'Type' -> 'record type')."""
    if not _noun_header(header) or len(header.split()) > 3:
        return None
    if header.strip().lower() in ("name", "names", "item", "items", "term", "option", "thing"):
        return None  # "Which name maps ...?": the header says nothing of what the rows are
    kind = _lower(header)
    last = kind.split()[-1]
    title_words = [w.strip(".,:;?!") for w in title.split()]
    for i, word in enumerate(title_words):
        if i and stem(word) == stem(last) and len(kind.split()) == 1:
            before = title_words[i - 1]
            tags = tag_sentence(" ".join(title_words[i - 1 : i + 1]) + " .").tags
            if before.isalpha() and before.lower() not in STOP_WORDS and tags[0] == "NOUN":
                return f"{_lower(before)} {kind}"
    return kind


def _options_card(
    ident: str, question: str, answer: str, others: list[str], source: str
) -> AnyCard:
    others = list(dict.fromkeys(o for o in others if o and o != answer))
    if len(others) >= 3:
        wrong = sorted(others, key=lambda o: content_hash(ident, o))[:3]
        opts = sorted([answer, *wrong], key=lambda o: content_hash(ident, o))
        return ChoiceCard(
            id=ident, question=question, options=tuple(opts), answer=(answer,), source=source
        )
    return QACard(id=ident, question=question, answer=answer, source=source)


def _base(word: str) -> str:
    """'Plates' and 'plate' alike: a word of a header or heading, however inflected."""
    return word.strip(".,:;?!").lower().removesuffix("s")


def _which_cards(
    section_id: str, header: tuple[str, ...], body: list[tuple[str, ...]], title: str
) -> list[AnyCard]:
    """'Which record type maps a name to a 128-bit IPv6 address?' -> 'AAAA': a column of
    predicates asks for the row it describes, with the other rows as options."""
    kind = _row_kind(header[0], title)
    if kind is None:
        return []
    found: list[AnyCard] = []
    keys = [row[0] for row in body]
    named = {_base(w) for text in (title, *header) for w in text.split()}
    for col in range(1, len(header)):
        predicates = [_verb_value(row[col]) for row in body]
        if sum(p is not None for p in predicates) < len(body) - 1:
            continue  # not a column of predicates
        seen = [p for p in predicates if p]
        for row, predicate in zip(body, predicates, strict=True):
            if predicate is None or seen.count(predicate) > 1 or keys.count(row[0]) > 1:
                continue
            if _base(predicate.split()[0]) in named:
                continue  # "Plates move apart" under "Plate boundary": a subject, no verb
            question = f"Which {kind} {predicate}?"
            ident = _card_id(section_id, "table", row[0], header[col], row[col])
            found.append(_options_card(ident, question, row[0], keys, " | ".join(row)))
    return found


_USE_HEADER_RE = lazy_compile(
    r"^(?:(?:main|typical|common|usual|chief) )?(?:use|uses|purpose|used for|best for|"
    r"what (?:it is|they are|it's) (?:used )?for)$",
    re.IGNORECASE,
)


def _use_cards(
    section_id: str, header: tuple[str, ...], body: list[tuple[str, ...]], title: str
) -> list[AnyCard]:
    """'Which grit range is used for routine sharpening of a dull but undamaged knife?' ->
    '800–2,000': a column saying what each row is for asks for the row, its keys the options."""
    kind = _row_kind(header[0], title)
    if kind is None:
        return []
    found: list[AnyCard] = []
    keys = [row[0] for row in body]
    for col in range(1, len(header)):
        if not _USE_HEADER_RE.match(header[col].strip()):
            continue
        uses = [row[col].strip().rstrip(".") for row in body]
        if len({u.lower() for u in uses}) < len(uses) or len(set(keys)) < len(keys):
            continue
        for row, use in zip(body, uses, strict=True):
            if not use or len(use.split()) > 12 or re.search(r"[;()]", use):
                continue
            tags = tag_sentence(f"It is used for {use}.").tags[4:]
            if not tags or tags[0] not in ("VERB", "NOUN", "ADJ", "DET", "PROPN"):
                continue  # "internally in Windows": no noun or gerund to be used for
            if _verb_value(use) is not None or _shares_word(row[0], use):
                continue
            if any(use.lower() in u.lower() for u in uses if u != use):
                continue  # "key exchange" is also what "key exchange and signatures" is for
            question = f"Which {kind} is used for {_lower(use)}?"
            ident = _card_id(section_id, "table", row[0], header[col], use)
            found.append(_options_card(ident, question, row[0], keys, " | ".join(row)))
    return found


def _what_cards(
    section_id: str,
    header: tuple[str, ...],
    body: list[tuple[str, ...]],
    transposed: bool,
    phrases: Container[str] = (),
    frame: str = "",
) -> list[AnyCard]:
    """'What is the primary IPv4 address of Google Public DNS?' -> '8.8.8.8', only where the
    header reads as a noun and the cell as a short noun phrase; a transposed table ('Feature |
    C3 plants | C4 plants') asks 'In C4 plants, what is the first stable product?'. A row of
    ranges or common things is named with its header ('code points U+0080–U+07FF', '200–600
    grit', 'a diamond plate') and asked "for"; ``frame`` ('In UTF-8, ') says what the table is
    about."""
    found: list[AnyCard] = []
    # Columns whose cells all differ tell the rows apart: they are asked first. Then diagonal
    # order (row r first asks column 1 + r, and so on), so the first cards of a table test
    # different columns rather than one column of every row.
    width = len(header) - 1

    def distinct(c: int) -> bool:
        return len({b[c].lower() for b in body}) == len(body)

    order = sorted(
        ((r, c) for r in range(len(body)) for c in range(1, len(header))),
        key=lambda rc: (not distinct(rc[1]), (rc[1] - 1 - rc[0]) % width, rc[0]),
    )
    if transposed:
        cells = [
            (body[r][0], header[c], body[r][c], [body[r][k] for k in range(1, width + 1) if k != c],
             body[r])
            for r, c in order
        ]  # fmt: skip
    else:
        cells = [
            (header[c], body[r][0], body[r][c], [b[c] for b in body], body[r]) for r, c in order
        ]
    kind = header[0].strip()
    for feature, thing, answer, others, row in cells:
        feature, qualifier = _split_unit(feature)
        if not answer or not thing or len(answer.split()) > 5 or not _noun_header(feature):
            continue
        if not _noun_value(answer) or len(thing.split()) > 4 or "(" in thing:
            continue
        if _lower(feature).split()[-1] in _TYPE_HEADERS and not transposed:
            continue  # "What is the type of 200–600?": a type of what? The header cannot say.
        plural = feature.endswith("s") and not feature.endswith("ss")
        if plural and re.fullmatch(r"[\d.,]+", answer):
            continue  # "What are the moons of Jupiter?" -> "95": a count, not the moons
        verb = "are" if feature.endswith("s") and not feature.endswith("ss") else "is"
        if transposed:
            question = f"In {_column_name(thing)}, what {verb} the {_lower(feature)}{qualifier}?"
        else:
            name, common = _row_label(thing, kind, phrases)
            if not name:
                continue
            linker = "for" if common else "of"
            question = f"What {verb} the {_lower(feature)} {linker} {name}{qualifier}?"
            if frame and not _shares_word(frame, f"{question} {answer}"):
                question = f"{frame}{question[:1].lower()}{question[1:]}"
        if _shares_word(answer, f"{thing} {question}"):
            continue  # "What is the lubricant of a water stone?" -> "water": the row says it
        ident = _card_id(section_id, "table", thing, feature, answer)
        found.append(_options_card(ident, question, answer, others, " | ".join(row)))
    return found


def _column_name(thing: str) -> str:
    """'C3 plants' -> 'C3 plants'; 'Rhine basin' -> 'the Rhine basin' (a name keeps its capital,
    a singular thing takes "the"); 'Small cells' -> 'small cells'."""
    words = thing.split()
    first = words[0] if words else thing
    if first[:1].isupper() and not first.isupper() and zipf(first.lower()) >= 4.0:
        thing = _lower(thing)  # "Small cells": an ordinary word, only capitalised as a header
    last = thing.split()[-1] if thing.split() else ""
    if len(words) >= 2 and last.islower() and not last.endswith("s"):
        return f"the {thing}"
    return thing


# Headers whose cells say what sort of thing a row is ("coarse", "igneous"): "the type of X"
# needs the noun the table leaves unsaid.
_TYPE_HEADERS = frozenset({"type", "kind", "category", "class", "group", "sort", "variety"})


def _content_stems(text: str) -> set[str]:
    return {
        stem(w.lower())
        for w in re.findall(r"[A-Za-z][\w-]*", text)
        if w.lower() not in STOP_WORDS and len(w) > 2
    }


def _shares_word(answer: str, text: str) -> bool:
    """'honing oil' and 'Oil stone' share 'oil': the row (or the question) gives it away."""
    return bool(_content_stems(answer) & _content_stems(text))


_RANGE_RE = lazy_compile(r"\s*[–-]\s*")


def _row_label(key: str, kind: str, phrases: Container[str] = ()) -> tuple[str, bool]:
    """The row named so that a question reads as English, and whether it is a common noun
    (asked "for") rather than a name (asked "of"): 'U+0080 – U+07FF' under 'Code point range'
    -> 'code points U+0080–U+07FF'; '200–600' under 'Grit range' -> '200–600 grit'; 'Diamond
    plate' under 'Stone' -> 'a diamond plate'; 'Google Public DNS' stays."""
    kind_noun, unit = _split_unit(kind)
    kind_words = _lower(kind_noun).split()
    ranged = bool(kind_words) and kind_words[-1] in ("range", "ranges", "band", "bands")
    if ranged:
        kind_words = kind_words[:-1]
    numeric = bool(re.match(r"^[\d.,]+(?:\s*[–-]\s*[\d.,]+)?$", key.strip()))
    if (ranged or numeric) and _RANGE_RE.search(key):
        key = _RANGE_RE.sub("–", key.strip())
    if numeric and unit:
        measure = f"{key} {unit.removeprefix(', in ')}"
        if kind_words and _noun_header(" ".join(kind_words)):
            return f"a {' '.join(kind_words)} of {measure}", True  # "a cooling depth of 0–1 km"
        return measure, True  # "(m)" alone -> "200 m"
    if ranged and kind_words and _noun_header(" ".join(kind_words)):
        noun = " ".join(kind_words)
        if numeric:
            return f"{key} {noun}", True  # "200–600 grit"
        return f"{noun}s {key}", True  # "code points U+0080–U+07FF"
    if numeric:
        noun = " ".join(kind_words)
        if len(kind_words) != 1 or noun in _TIME_HEADERS or not _noun_header(noun):
            return "", False  # "What is the event of 1453?": a bare number names no row
        return f"{key} {noun}", True  # "1,000 grit"
    name = _row_name(key, kind, phrases)
    words = name.split()
    if (
        name != key
        and not name.startswith("the ")
        and len(words) >= 2
        and not words[-1].endswith("s")
        and stem(words[-1]) in _TABLE_THINGS
    ):
        return _with_article(name), True  # "a diamond plate"
    if _type_noun(kind) and name.startswith(("a ", "an ")):
        return name, False  # "the main drawback of a geodesic tent"
    return name, name != key and not name.startswith("the ")


_TIME_HEADERS = frozenset({"year", "years", "date", "dates", "decade", "century", "period", "era"})
# Heads that are counted (a stone, a plate), so "a water stone" reads as English; "flour" or
# "steel" take no article.
_TABLE_THINGS = frozenset(
    stem(w)
    for w in "stone plate tool machine engine valve device instrument knife blade".split()  # noqa: SIM905
)


def _frame(title: str, header: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    """'How UTF-8 works' -> 'In UTF-8, ': the one name-like word of a table's heading (a capital
    or digit inside it), when no cell of the table holds it; '' otherwise."""
    tokens = {
        w
        for w in (re.sub(r"(?:’s|'s)$", "", w.strip(".,:;?!()")) for w in title.split())
        if re.fullmatch(r"[A-Z][\w+#.-]*", w)
        and (re.search(r"\d", w) or sum(c.isupper() for c in w) >= 2)
        and len(w) >= 2
        and not re.fullmatch(r"[IVXLCM]+", w)  # "World War II": a numeral, not a name
    }
    if len(tokens) != 1:
        return ""
    (token,) = tokens
    cells = " ".join(c for row in (header, *body) for c in row)
    if token.lower() in cells.lower():
        return ""
    return f"In {token}, "


def _split_unit(header: str) -> tuple[str, str]:
    """'Length (km)' -> ('Length', ', in km'); 'Population (2020)' -> ('Population', ' in
    2020'); a header with no short parenthesis is returned whole."""
    match = re.fullmatch(r"(.+?)\s*\(([^()]{1,20})\)", header.strip())
    if match is None:
        return header, ""
    inner = match.group(2).strip()
    if re.fullmatch(r"(?:1\d{3}|20\d{2})", inner):
        return match.group(1), f" in {inner}"
    if len(inner.split()) <= 3 and not re.search(r"\b(?:it|they|you|see|e\.g\.)\b", inner):
        return match.group(1), f", in {inner}"
    return header, ""


def phrases_without_the(phrases: Container[str], key: str) -> frozenset[str]:
    """Empty unless the article's counts show the name used bare more often than with "the"
    (then {key}); with no counts, no opinion."""
    counts = getattr(phrases, "get", None)
    if counts is None:
        return frozenset()
    bare, the = counts(key.lower(), 0), counts(f"the {key.lower()}", 0)
    return frozenset({key.lower()}) if bare > 2 * the else frozenset()


def _row_name(key: str, kind: str, phrases: Container[str] = ()) -> str:
    """'Schrader' in a 'Valve' column -> 'the Schrader valve' when the article says "Schrader
    valve"; 'Whole rye' -> 'whole rye'."""
    words = key.split()
    if len(words) > 1 and all(w.islower() for w in words[1:]) and not words[0].isupper():
        return key[:1].lower() + key[1:]
    simple_kind = kind.isalpha() and kind.lower() not in STOP_WORDS and not kind.endswith("s")
    if (
        len(words) == 1
        and key[:1].isupper()
        and simple_kind
        and not key.isupper()
        and kind.lower() not in key.lower()
        and f"{key} {kind}".lower() in phrases  # "Schrader valve"; never "the Uranus planet"
    ):
        return f"the {key} {kind.lower()}"
    if (
        key[:1].isupper()
        and len(words) <= 2
        and f"the {key.lower()}" in phrases
        and key.lower() not in phrases_without_the(phrases, key)
    ):
        return f"the {key}"  # "the Volga", as the article says it
    noun = _type_noun(kind)
    if noun and 1 <= len(words) <= 2 and noun not in key.lower():
        # "Geodesic" under "Tent type": "a geodesic tent", never "of Geodesic".
        shown = key if f"{key} {noun}" in phrases or key.isupper() else key.lower()
        return _with_article(f"{shown} {noun}")
    return key


def _type_noun(kind: str) -> str | None:
    """'Tent type' -> 'tent': the thing each row is a kind of."""
    typed = re.fullmatch(r"([a-z]+) type", kind.lower())
    return typed.group(1) if typed else None


def _with_article(noun_phrase: str) -> str:
    return f"{'an' if noun_phrase[0].lower() in 'aeiou' else 'a'} {noun_phrase}"


def table_cards(
    section_id: str, block: Block, title: str = "", phrases: Container[str] = ()
) -> list[AnyCard]:
    """Comparison cards from a table: concept questions first ('Which record type ...?'),
    then 'What is the <column> of <row>?' where that reads as English; nothing else."""
    if len(block.rows) < 3 or len(block.rows[0]) < 2:
        return []
    header, body = block.rows[0], list(block.rows[1:])
    transposed = header[0].strip().lower() in _FEATURE_HEADERS
    found = [] if transposed else _which_cards(section_id, header, body, title)
    if not transposed:
        found += _use_cards(section_id, header, body, title)
    frame = _frame(title, header, body)
    found += _what_cards(section_id, header, body, transposed, phrases, frame)
    # Spread over the rows: one card per row first, then the rest.
    picked: list[AnyCard] = []
    rows_used: set[str] = set()
    for card in found:
        row = (card.source or "").split(" | ")[0]
        if row not in rows_used:
            picked.append(card)
            rows_used.add(row)
    picked += [c for c in found if c not in picked]
    # The same row, column and cell asked both ways ("Which boundary ...?" and "What is the
    # plate motion of ...?") is one fact: its first card only.
    picked = list({card.id: card for card in reversed(picked)}.values())[::-1]
    # Three "Which tent type is used for ...?" in a row read as one drill: at most two cards
    # of one question shape, the others only if nothing else is left.
    shapes: dict[str, int] = {}
    varied: list[AnyCard] = []
    for card in picked:
        shape = " ".join(getattr(card, "question", "").split()[:3])
        shapes[shape] = shapes.get(shape, 0) + 1
        if shapes[shape] <= MAX_CARDS_PER_SHAPE:
            varied.append(card)
    varied += [c for c in picked if c not in varied]
    return varied[:MAX_TABLE_CARDS]


def _item_head(item: str) -> str:
    """'Fringing reefs: grow close to the shore' -> 'Fringing reefs'; 'Carbon fixation. The
    enzyme RuBisCO ...' -> 'Carbon fixation' (a short label, then its explanation)."""
    head = re.split(r"\s[—–-]\s|:\s", item, maxsplit=1)[0].strip().rstrip(".")
    labelled = re.match(r"^([^.!?;:,]{2,60}?)\.\s+[A-Z]", head)
    if labelled and len(labelled.group(1).split()) <= MAX_ITEM_WORDS:
        head = labelled.group(1)
    return _CELL_CLEAN_RE.sub("", head)


# An introduction that names nothing by itself ("As a rough guide:", "The main ones are:",
# "In 2024 it published ...", "... works like this:") cannot head an enumeration card.
_VAGUE_INTRO_RE = lazy_compile(
    r"\b(?:it|they|them|he|she|this|these|those|ones|following|like this|as follows|below|"
    r"you|your|we|our|us)\b",
    re.IGNORECASE,
)
_GENERIC_NOUNS = frozenset(
    """
    type types kind kinds sort sorts step steps way ways thing things part parts example examples
    guide form forms item items point points option options one ones main best-known
    """.split()  # noqa: SIM905
)


def _intro_subject(intro: str, title: str) -> str | None:
    """The introduction as the start of a question, or None when it names nothing: no pronoun,
    a noun that is not generic, and 'The cycle has three phases' made 'The Calvin cycle ...'
    when the heading names it."""
    if _VAGUE_INTRO_RE.search(intro):
        return None
    tagged = tag_sentence(intro + " .")
    nouns = [
        w
        for w, t in zip(tagged.words, tagged.tags, strict=True)
        if t in ("NOUN", "PROPN") and w.lower() not in _GENERIC_NOUNS
    ]
    if not nouns:
        return None
    match = re.match(r"^The (\w+)\b", intro)
    verb_at = next((i for i, f in enumerate(tagged.finite) if f), len(tagged.words))
    named_by_title = " ".join(tagged.words[:verb_at]).lower() in title.lower()
    if match and tagged.tags[1:2] == ("NOUN",) and not named_by_title:
        # "The cycle ...": which cycle? The heading may say ("Stage two: the Calvin cycle").
        noun = match.group(1)
        named = re.search(rf"\b((?:[A-Z][\w-]*\s)+){re.escape(noun)}\b", title)
        if named is None or named.group(1).strip() in ("The", "A", "An"):
            return None
        intro = f"The {named.group(1)}{intro[4:]}"
    return intro


def list_cards(section_id: str, block: Block, title: str = "") -> list[AnyCard]:
    items = [_item_head(row[0]) for row in block.rows if row and row[0]]
    if not block.intro.endswith(":") or not 2 <= len(items) <= 8:
        return []
    if any(len(i.split()) > MAX_ITEM_WORDS or not i for i in items):
        return []
    intro = _intro_subject(block.intro.rstrip(":").strip(), title)
    if intro is None:
        return []
    if any(re.fullmatch(r"[\d\s.,–-]+", i) for i in items):
        return []  # "1842", "1846": dates heading a story, not things to name
    count = _NUMBER_WORDS[len(items)] if len(items) < len(_NUMBER_WORDS) else str(len(items))
    has = re.fullmatch(rf"(.+?) (?:has|have|had) (?:{count}|{len(items)}) ([a-z][a-z -]*s)", intro)
    if has and not has.group(1).startswith(("A ", "An ")):
        # "The Calvin cycle has three phases" -> "Name the three phases of the Calvin cycle."
        owner = has.group(1)
        owner = owner[:1].lower() + owner[1:] if owner.startswith("The ") else owner
        order = ", in order" if block.ordered else ""
        question = f"Name the {count} {has.group(2)} of {owner}{order}."
        answer = (" → " if block.ordered else "; ").join(items) + "."
        ident = _card_id(section_id, "list", intro, answer)
        return [QACard(id=ident, question=question, answer=answer, source=block.intro)]
    if block.ordered:
        question = f"{intro}: give all {count}, in order."
        answer = " → ".join(items) + "."
    else:
        question = f"{intro}: name {'both' if len(items) == 2 else 'all ' + count}."
        answer = "; ".join(items) + "."
    ident = _card_id(section_id, "list", intro, answer)
    return [QACard(id=ident, question=question, answer=answer, source=block.intro)]


def cards(
    section_id: str, block: Block, title: str = "", phrases: Container[str] = ()
) -> list[AnyCard]:
    """The cards of a table or list; ``title`` is its section's heading, ``phrases`` the
    article's lower-case word n-grams (to say "the Schrader valve" only if the article does)."""
    if block.kind == "table":
        return table_cards(section_id, block, title, phrases)
    return list_cards(section_id, block, title)
