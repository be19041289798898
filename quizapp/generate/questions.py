"""Real questions with short answers, made only from sentence shapes that allow them.

- a definition, "X is a Y ..." -> "What is X?" with the rest of the sentence as the answer;
- a named person or body doing something, "Edward Jenner tested ..." -> "Who tested ...?";
- a cause stated in one sentence, "Because B, X is Y" / "X is Y because B" -> "Why is X Y?";
- a question heading, answered by the section's first sentences.
Nothing else becomes a question: no "What does the article say about ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.answers import EntityIndex, Kind
from quizapp.generate.lexicon import STOP_WORDS
from quizapp.generate.sentences import content_words, stem, words, zipf
from quizapp.generate.spans import Tagged

_COPULAS = frozenset({"is", "are", "was", "were"})
_AUX = frozenset(
    {"is", "are", "was", "were", "can", "could", "has", "have", "had", "will", "would", "must"}
)
_VAGUE_SUBJECTS = frozenset(
    """
    result reason way thing part problem question answer one others rest idea point fact
    case number amount lot kind sort type example first second last end goal aim
    """.split()  # noqa: SIM905
)
_WH_RE = re.compile(r"^(?:how|what|why|where|when|who|which)\b", re.IGNORECASE)
MAX_ANSWER_WORDS = 30


@dataclass(frozen=True)
class Question:
    kind: str  # "definition", "who", "why", "heading"
    question: str
    answer: str
    accept: tuple[str, ...] = ()


def _subject_end(t: Tagged, limit: int = 6) -> int | None:
    """Index of the first finite verb when what comes before it is a plain noun phrase."""
    for i, tag in enumerate(t.tags):
        if t.finite[i] or tag == "AUX":
            return i if 0 < i <= limit else None
        ranked = t.words[i].lower() in ("most", "least")
        allowed = tag in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT") or ranked
        if not allowed or t.words[i] in (",", "("):
            return None
        if tag == "DET" and i > 0:
            return None
    return None


def _lower_first(text: str, t: Tagged, index: EntityIndex | None = None) -> str:
    """'A coral reef' -> 'a coral reef', 'Variolation' -> 'variolation'; names keep their
    capital (a name is a word the article also capitalises inside a sentence)."""
    first = t.words[0]
    if t.tags[0] in ("DET",) and first in ("A", "An", "The"):
        return first.lower() + text[len(first) :]
    is_name = index is not None and first in index.capitalised_inside
    if " " not in text and not first.isupper() and not is_name and index is not None:
        return first.lower() + text[len(first) :]
    return text


def definition(t: Tagged, title: str, index: EntityIndex | None = None) -> Question | None:
    """'A coral reef is a ridge of limestone ...' -> 'What is a coral reef?'."""
    end = _subject_end(t, limit=5)
    if end is None or t.words[end].lower() not in _COPULAS:
        return None
    subject_words = [w for w in t.words[:end] if w != ","]
    nouns = [w for i, w in enumerate(t.words[:end]) if t.tags[i] in ("NOUN", "PROPN")]
    if not nouns or nouns[-1].lower() in _VAGUE_SUBJECTS or len(subject_words) > 5:
        return None
    if not any(zipf(w) < 5.0 or w[:1].isupper() for w in subject_words if w.lower() != "the"):
        return None
    nxt = t.words[end + 1].lower() if end + 1 < len(t.words) else ""
    after = t.tags[end + 1 : end + 3]
    if nxt not in ("a", "an", "the", "one") and not (
        len(after) == 2
        and (after[0] in ("ADJ", "NOUN") or (after[0] == "VERB" and not t.finite[end + 1]))
        and after[1] == "NOUN"
    ):
        return None
    subject = t.text(0, end)
    rest = t.sentence[t.end(end) :].strip()
    if rest.endswith("."):
        rest = rest[:-1]
    if nxt == "the" and end + 2 < len(t.words):
        following = t.words[end + 2].lower()
        if following in _RANKS or following.endswith("est"):
            return _reversed(t, end, subject, rest)
    if _capitalised_name_start(rest):
        # "The second-largest barrier reef system is the Mesoamerican Reef, which ...".
        name = re.split(r",\s|\s(?:which|who|that|in|on|at|with)\s", rest)[0]
        ranked = any(
            w.lower() in _RANKS or w.lower().endswith("est") or w.endswith("-largest")
            for w in subject.split()
        )
        if (
            not ranked
            or len(name.split()) > 6
            or not all(w[:1].isupper() or w in ("the", "of") for w in name.split())
        ):
            return None
        accept = (name[4:],) if name.startswith("the ") else ()
        answer = name[:1].upper() + name[1:]
        return Question(
            "definition",
            f"What {copula_of(t, end)} {_lower_first(subject, t, index)}?",
            answer,
            accept,
        )
    if len(rest.split()) > MAX_ANSWER_WORDS or len(rest.split()) < 4:
        return None
    if re.search(r"\b(?:not|no|never|also|often|sometimes|usually|still)\b", t.text(end, end + 1)):
        return None
    copula = t.words[end].lower()
    wh = "What"
    if index is not None and (
        index.kind(subject) == Kind.PERSON
        or (" " not in subject and subject in index.capitalised_inside)
        or any(index.kind(name) == Kind.PERSON for name, _ in index.names_in(subject))
    ):
        # "Lady Mary Wortley Montagu was an English aristocrat ...": who she was; but
        # "Maria was a brilliant pupil" says too little about one first name.
        if len(subject.split()) < 2 or nxt not in ("a", "an"):
            return None
        wh = "Who"
    if any(
        t.finite[i] and t.words[i - 1].lower() in ("and", "but", "or")
        for i in range(end + 2, len(t.words))
    ):
        return None  # "... and finished school in 1883": a second claim, not a definition
    question = f"{wh} {copula} {_lower_first(subject, t, index)}?"
    if _gives_away(subject, title):
        pass  # a heading naming the term is no giveaway: the answer is the definition
    return Question("definition", question, rest[:1].upper() + rest[1:] + ".")


_RANKS = frozenset(
    [
        "first",
        "second",
        "third",
        "last",
        "only",
        "largest",
        "smallest",
        "most",
        "least",
        "main",
        "oldest",
        "biggest",
    ]
)


def _capitalised_name_start(rest: str) -> bool:
    return bool(re.match(r"^(?:the\s)?[A-Z]", rest))


def _reversed(t: Tagged, end: int, subject: str, rest: str) -> Question | None:
    """'The Great Barrier Reef is the largest reef system in the world' ->
    'What is the largest reef system in the world?' / 'The Great Barrier Reef'."""
    if t.tags[0] not in ("PROPN", "DET") or not any(
        w[:1].isupper() for w in subject.split()[1:] + subject.split()[:1]
    ):
        return None
    if not all(w[:1].isupper() or w.lower() in ("the", "of") for w in subject.split()):
        return None
    description = re.split(r",\s", rest)[0]
    if len(description.split()) > 14 or len(description.split()) < 3:
        return None
    wh = "Who" if persons_hint(subject) else "What"
    accept = (subject[4:],) if subject.startswith("The ") else ()
    return Question("definition", f"{wh} {t.words[end].lower()} {description}?", subject, accept)


def copula_of(t: Tagged, end: int) -> str:
    return t.words[end].lower()


def persons_hint(subject: str) -> bool:
    """A bare personal name ("Marie", "Marie Curie"), not "The Great Barrier Reef"."""
    parts = subject.split()
    return (
        not subject.startswith("The ")
        and len(parts) <= 3
        and all(p[:1].isupper() for p in parts)
        and not any(p in ("Reef", "River", "Canal", "Sea", "Ocean", "Mountains") for p in parts)
    )


def _personish(subject: str) -> bool:
    return len(subject.split()) >= 2 and all(w[:1].isupper() for w in subject.split())


def _gives_away(answer: str, title: str) -> bool:
    own = {stem(w) for w in content_words(answer)}
    return bool(own) and own <= {stem(w) for w in content_words(title)}


def who(t: Tagged, index: EntityIndex, title: str) -> Question | None:
    """'Charles Darwin proposed an explanation ...' -> 'Who proposed an explanation ...?'."""
    names = index.names_in(t.sentence)
    if not names or (names[0][1] != 0 and not t.sentence.startswith("The ")):
        return None
    name, pos = names[0]
    kind = index.kind(name)
    if kind not in (Kind.PERSON, Kind.ORG):
        return None
    end_pos = pos + len(name)
    verb_i = next((i for i, s in enumerate(t.starts) if s > end_pos), None)
    if verb_i is None or not t.finite[verb_i] or t.tags[verb_i] == "AUX":
        return None
    if t.sentence[end_pos : t.starts[verb_i]].strip() not in ("",):
        return None
    verb = t.words[verb_i]
    if kind == Kind.PERSON and verb.lower() not in _PAST_OK and not verb.endswith("ed"):
        return None
    if kind == Kind.ORG and not verb.endswith("ed"):
        return None
    if _gives_away(name, title):
        return None
    rest = t.sentence[t.starts[verb_i] :].rstrip(" .!")
    if len(rest.split()) > 28:
        return None
    wh = "Who" if kind == Kind.PERSON else "Which organisation"
    subject = t.sentence[:end_pos]
    accept = tuple(dict.fromkeys(x for x in (name, name.split()[-1]) if x != subject))
    return Question("who", f"{wh} {rest}?", subject, accept)


# Irregular past tenses a named person "did" something with.
_PAST_OK = frozenset(
    """
    wrote built found founded led made won lost gave took began drew sent sold bought taught
    became brought fought held kept left met ran saw spoke stood told thought understood
    """.split()  # noqa: SIM905
)


def why(t: Tagged, title: str) -> Question | None:
    """A cause in one sentence -> 'Why AUX SUBJECT REST?' / 'Because B.'."""
    sentence = t.sentence.rstrip(".")
    match = re.match(r"^Because ([^,]{8,}), (.+)$", sentence)
    if match:
        cause, effect = match.group(1), match.group(2)
    else:
        match = re.match(r"^([^,;:“”\"()]{12,}?) because (.{8,})$", sentence)
        if not match:
            return None  # "..., meaning bad air, because ...": the cause may explain a part
        effect, cause = match.group(1), match.group(2)
    effect_words = effect.split()
    aux_at = next((i for i, w in enumerate(effect_words[:7]) if w.lower() in _AUX), None)
    if aux_at is None or aux_at == 0:
        return None
    subject = effect_words[:aux_at]
    if any(w.lower() in ("that", "which", "who", "whose", "where") for w in subject):
        return None  # "Some pipes that are ...": the auxiliary belongs to a relative clause
    if subject[0].lower() in STOP_WORDS - {"the", "a", "an", "many", "most", "some"}:
        return None
    if any(w.lower() in ("it", "they", "this", "these", "he", "she") for w in subject):
        return None
    rest = " ".join(effect_words[aux_at + 1 :])
    rest = re.split(
        r",\s(?=usually|often|which|who|where|when|and|but|although|while|typically|mostly|"
        r"especially|including|such|so|as|leaving|making|causing)",
        rest,
    )[0].rstrip(",")
    if len(rest.split()) < 2:
        return None
    first = subject[0]
    if first in ("The", "A", "An", "Many", "Most", "Some") or (
        len(subject) == 1 and zipf(first.lower()) >= 3.0 and not first.isupper()
    ):
        subject = [first.lower(), *subject[1:]]
    question = f"Why {effect_words[aux_at].lower()} {' '.join(subject)} {rest}?"
    answer = f"Because {cause}."
    if len(words(answer)) > MAX_ANSWER_WORDS:
        return None
    return Question("why", question, answer)


_WANTED = {
    "when": re.compile(r"\b(?:1\d{3}|20\d{2})s?\b"),
    "how many": re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen)\b"),
    "how much": re.compile(r"\d"),
    "why": re.compile(r"\b(?:because|since|so that|due to|as a result|caused|causes|led to)\b"),
    "who": re.compile(r"(?<!^)\b[A-Z][a-z]+ [A-Z][a-z]+"),
    "where": re.compile(r"\b(?:in|at|on|near|off|along|between) (?:the )?[A-Z]"),
}


def heading_answer(title: str, sentences: list[str]) -> Question | None:
    """A section headed by a wh-question, answered by one of its first sentences."""
    bare = title.strip()
    if not bare.endswith("?") or bare.count("?") != 1 or not _WH_RE.match(bare):
        return None
    asked = {stem(w) for w in content_words(bare)} - {"how", "what", "why", "where", "when"}
    if not asked:
        return None
    wanted = _WANTED.get(bare.split()[0].lower() + " " + bare.split()[1].lower())
    wanted = wanted or _WANTED.get(bare.split()[0].lower())
    best: tuple[float, str] | None = None
    for sentence in sentences[:3]:
        if wanted is not None and not wanted.search(sentence):
            continue  # "When ...?" is answered by a sentence holding a date, and so on
        own = {stem(w) for w in content_words(sentence)}
        overlap = len(own & asked) / len(asked)
        if (
            overlap >= 0.5
            and 6 <= len(words(sentence)) <= 35
            and (best is None or overlap > best[0])
        ):
            best = (overlap, sentence)
    if best is None:
        return None
    return Question("heading", bare, best[1])
