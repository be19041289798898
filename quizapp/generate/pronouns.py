"""Who a "he" or "she" is, only when that is certain; otherwise nobody (the sentence is skipped).

Certain means one of two things. The article's main person (the life of Mendel: the person
named in the headline or the opening, whom the article keeps calling "he") when no other person
has been named in the paragraph so far. Or the one person the previous sentence named, as its
grammatical subject ("Alfred Wegener proposed ... He set out ..."). A name is a person only
with proof (a title, a role, a speech verb, "was born", "X was a friar"), never a place or an
organisation ("the Golden Horn" is a harbour, whatever follows it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quizapp.generate.answers import EntityIndex, Kind
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import is_person_noun
from quizapp.generate.sentences import zipf

HE_SHE_RE = lazy_compile(r"^(He|She|His|Her) (?=[a-z])")
# "In 1891 she moved to Paris": the subject after an opening phrase, before any name.
INNER_HE_SHE_RE = lazy_compile(r"(?<=[a-z0-9,] )(he|she) (?=[a-z])")
_MALE_RE = lazy_compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_FEMALE_RE = lazy_compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# A main person is called this often by their name, and by a pronoun of one gender.
MAIN_MENTIONS = 3
MAIN_PRONOUNS = 3
# A name made of words this common ("Second World War", "Great Depression") is no person.
COMMON_ZIPF = 3.5
_NOT_PERSON = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE, Kind.ORG})
# Before a subject: nothing, or an opening phrase ("In 1868 ", "After the war, ").
_OPENING_RE = lazy_compile(
    r"^(?:(?:In|On|By|After|During|From|At|Before|Later in) [^,]{1,30}?,? )?"
    r"(?:The (?:[a-z]+ ){0,2}(?P<role>[a-z]+), )?$"
)


def _name_like(token: str) -> bool:
    """'Nägeli', 'McCarthy', 'Jean-Paul'; not 'X-ray', 'DNA', '1990s'."""
    return all(p[:1].isupper() and p[1:2].islower() for p in token.split("-"))


_OPENING_NAME_RE = lazy_compile(r"^((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?=:| was | is |,)")


def gender(pronoun: str) -> str:
    return "f" if pronoun.lower() in ("she", "her") else "m"


class People:
    """What the article says about its people, once per article."""

    def __init__(self, index: EntityIndex, sentences: Sequence[str], headline: str) -> None:
        self.index = index
        self.sentences = sentences
        text = " ".join(sentences)
        self._text = text
        male, female = len(_MALE_RE.findall(text)), len(_FEMALE_RE.findall(text))
        self.main: str | None = None
        self.main_gender = "m" if male > 2 * female else "f" if female > 2 * male else ""
        if self.main_gender and max(male, female) >= MAIN_PRONOUNS:
            self.main = self._main_person(headline, sentences[:2])
        # "Marie Curie was born Maria Salomea Skłodowska": the names the article also calls
        # its main person by ("In late 1891 Maria moved to Paris ... her name").
        self.aliases: set[str] = set()
        if self.main is not None:
            pronoun = "She" if self.main_gender == "f" else "He"
            for form in dict.fromkeys([self.main, self.main.split()[-1], pronoun]):
                born = rf"\b{re.escape(form)} was born ((?:[A-Z][\w'’-]+ ?){{1,4}})"
                for match in re.finditer(born, text):
                    self.aliases.update(match.group(1).split())

    def tokens(self, name: str) -> set[str]:
        return set(name.split())

    def is_person(self, name: str) -> bool:
        """Proof, not a guess: a person cue, "X was born", "X was a friar"."""
        kind = self.index.kind(name)
        if kind in _NOT_PERSON or re.search(rf"\bthe {re.escape(name)}\b", self._text):
            return False
        if self.index.surely_person(name):
            return True
        surname = name.split()[-1]
        for form in dict.fromkeys([name, surname]):
            quoted = re.escape(form)
            if re.search(rf"\b{quoted} was born\b", self._text):
                return True
            for match in re.finditer(
                rf"\b{quoted},? (?:was|is|became) (?:a|an|the) ((?:[\w-]+ ){{0,3}}?)([a-z]+)\b",
                self._text,
            ):
                if is_person_noun(match.group(2)):
                    return True
        return False

    def _main_person(self, headline: str, opening: Sequence[str]) -> str | None:
        """The fullest name, in the headline or the opening sentences, whose surname the
        article says most, when it is a person."""
        found = [n for s in [headline, *opening] for n, _ in self.index.names_in(s) if " " in n]
        # "Srinivasa Ramanujan: The Clerk ...", "Srinivasa Ramanujan was ...": a full name said
        # only where a line opens, whose surname the article keeps using.
        found += [
            m.group(1)
            for s in [headline, *opening]
            if (m := _OPENING_NAME_RE.match(s)) and self.index.mentions[m.group(1).split()[-1]]
        ]
        counts: Counter[str] = Counter()
        for name in found:
            counts[name] = found.count(name) + sum(
                n
                for other, n in self.index.mentions.items()
                if other.split()[-1] == name.split()[-1]
            )
        for name, count in counts.most_common(1):
            same = [n for n in found if n.split()[-1] == name.split()[-1]]
            if count >= MAIN_MENTIONS and any(self.is_person(n) for n in same):
                return name
        return None  # the most named is not a person: no main person

    def may_be_person(self, name: str) -> bool:
        """A person, or a name that might be one: not a place or an organisation, and not
        ending in a common word ("Second World War")."""
        kind = self.index.kind(name)
        if kind == Kind.PERSON:
            return True
        if kind in _NOT_PERSON or not all(_name_like(t) for t in name.split()):
            return False  # "X-ray", "DNA", "U.S."
        return self.index.surely_person(name) or zipf(name.split()[-1].lower()) < COMMON_ZIPF

    def persons_in(self, sentence: str, before: int | None = None) -> list[str]:
        """Every name that may be a person, up to ``before``: a doubtful name counts, so that
        it still blocks the main person."""
        return [
            n
            for n, pos in self.index.names_in(sentence)
            if (before is None or pos < before) and self.may_be_person(n)
        ]

    def subject(self, sentence: str) -> str | None:
        """The one person a sentence names, when that person is its subject."""
        names = self.persons_in(sentence)
        if len({n.split()[-1] for n in names}) != 1:
            return None
        for name, pos in self.index.names_in(sentence):
            if name not in names:
                continue
            after = sentence[pos + len(name) :]
            verb_next = re.match(r"(?:,[^,]{1,40},)? (?!and\b|or\b|of\b)[a-z]", after)
            opening = _OPENING_RE.match(sentence[:pos])
            role = opening.group("role") if opening else None
            if role is not None and not is_person_noun(role):
                return None  # "The harbour, Golden Horn, ...": no person
            if opening and verb_next and (self.is_person(name) or role is not None):
                return self.fullest(name)
            return None
        return None

    def fullest(self, name: str) -> str:
        """'Wegener' -> 'Alfred Wegener' when the article gives one full name for it."""
        if " " in name:
            return name
        longer = [
            n
            for n in self.index.mentions
            if n.endswith(" " + name) and self.index.kind(n) not in _NOT_PERSON
        ]
        return longer[0] if len(longer) == 1 else name

    def others(self, names: Sequence[str]) -> bool:
        """A name that is not the main person's."""
        main = self.tokens(self.main or "") | self.aliases
        # "Turing", "Alan Mathison Turing" are Alan Turing; "Julius Mathison Turing" is not.
        return any(not (self.tokens(n) <= main or main <= self.tokens(n)) for n in names)


def resolve(
    people: People, paragraph: Sequence[str], shown: Sequence[str]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """Sentence position -> (its text with the pronoun replaced, where the name went), for
    the sentences of a paragraph whose "he"/"she" is certain. ``shown`` is each sentence as
    the card would show it (its leading connective taken off)."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    named: list[str] = []
    for position, (sentence, text) in enumerate(zip(paragraph, shown, strict=True)):
        match = HE_SHE_RE.match(text) or INNER_HE_SHE_RE.search(text)
        if match is not None:
            before = people.persons_in(text, match.start())
            name = None
            if not before:
                if (
                    people.main
                    and not people.others(named)
                    and (gender(match.group(1)) == people.main_gender)
                ):
                    name = people.main
                elif position > 0:
                    previous = out.get(position - 1, (shown[position - 1], None))[0]
                    name = people.subject(previous)
            if name is not None and len(name.split()) >= 2:
                possessive = match.group(1) in ("His", "Her")
                put = f"{name}’s" if possessive else name
                start = match.start()
                out[position] = (
                    f"{text[:start]}{put} {text[match.end() :]}",
                    (start, start + len(put)),
                )
        named.extend(people.persons_in(sentence))
    return out
