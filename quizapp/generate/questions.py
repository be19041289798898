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
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import ORG_WORDS, STOP_WORDS
from quizapp.generate.sentences import content_words, stem, words, zipf
from quizapp.generate.spans import Tagged, tag_sentence

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
_WH_RE = lazy_compile(r"^(?:how|what|why|where|when|who|which)\b", re.IGNORECASE)
MAX_ANSWER_WORDS = 30
# Words that tie a sentence to the one before it.
LEANING_RE = lazy_compile(
    r"\b(?:therefore|thereby|thus|hence|also|too(?=\s*[.,;])|then|still|instead|again|even|likewise|"
    r"meanwhile|moreover|furthermore|nevertheless|in turn|as well|in the process|at that|"
    r"that rate|by then|the same|the latter|the former|the rest|the others|another|"
    r"the lost|the new|the first of|the second of|the last of)\b",
    re.IGNORECASE,
)


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
        # "The price elasticity of demand": one "of" between two nouns stays in the subject
        of = (
            t.words[i] == "of"
            and 0 < i < len(t.tags) - 1
            and t.tags[i - 1] == "NOUN"
            and t.tags[i + 1] in ("NOUN", "ADJ")
            and "of" not in t.words[:i]
        )
        allowed = tag in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT") or ranked or of
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
    rest_lower = all(not w[:1].isupper() for w in text.split()[1:])
    if rest_lower and not first.isupper() and not is_name and index is not None:
        # "Sickle cell disease" -> "sickle cell disease"; "Lady Mary" keeps its capitals
        return first.lower() + text[len(first) :]
    return text


def refers_back(text: str, index: EntityIndex | None, allow: frozenset[str] = frozenset()) -> bool:
    """'the laws' after 'the Corn Laws', 'the telescope' after 'the James Webb Space
    Telescope': a definite noun the article named in full elsewhere, so the card leans on it."""
    if index is None:
        return False
    heads = {
        name.split()[-1].lower()
        for name in index.mentions
        if " " in name and name.split()[-1][:1].isupper()
    }
    for match in re.finditer(r"\bthe ([a-z]+)(?:’s|'s)?\b(?! of\b)", text):
        noun = match.group(1)
        if noun in allow or stem(noun) in allow:
            continue
        if noun in heads or (noun + "s") in heads or noun.rstrip("s") in heads:
            return True
    return False


_NOUN_SUFFIX_RE = lazy_compile(r"(?:ment|tion|sion|ity|ness|ism|ance|ence|ship|age)$")


def _vague_subject(t: Tagged, end: int, index: EntityIndex | None) -> bool:
    """'The telescope', 'The agreement', 'The seal's main food', 'Treatment': a subject that
    leans on the article around it or names nothing in particular."""
    subject = t.words[:end]
    generic_owner = t.words[0] in ("A", "An")  # "A firm's total revenue": any firm's
    if not generic_owner and any(w in ("’s", "'s") or w.endswith(("’s", "'s")) for w in subject):
        return True
    if t.words[0] in ("The", "This", "That", "These", "Those", "Such"):
        rest = subject[1:]
        named = any(w[:1].isupper() for w in rest)
        rare = any(zipf(w) < 3.0 and w.isalpha() for w in rest)
        # "The price elasticity of demand", "The sunk cost fallacy": a compound names one thing
        # ("The unemployment rate": a noun the tagger calls an adjective still counts)
        compound = ("of" in rest and sum(w.isalpha() and w != "of" for w in rest) >= 3) or sum(
            t.tags[i] == "NOUN" or (t.tags[i] == "ADJ" and bool(_NOUN_SUFFIX_RE.search(t.words[i])))
            for i in range(1, end)
        ) >= 2
        if not named and not rare and not compound:
            return True
    if t.words[0] in ("Each", "Every", "Other", "Another", "Some", "Many", "Most", "All", "Both"):
        return True  # "Each entry is ...", "Other teams are ...": which ones?
    if end == 1 and zipf(t.words[0]) >= 4.5:
        return True  # "Treatment is ...": a common word alone names nothing
    return refers_back(t.text(0, end), index)


# "A related measure, the labour force participation rate, is the labour force divided by ...":
# a class word, then the term it names between commas, then what the term is.
_APPOSED_RE = lazy_compile(
    r"^(?:A|An|Another|One) (?:[a-z-]+ ){0,2}(?:measure|term|concept|quantity|statistic|"
    r"indicator|ratio|rate|index|method|technique|process|approach|unit|tool), "
    r"(?P<term>(?:the |a |an )?[\w'’ -]{3,60}), (?P<copula>is|are) (?P<rest>(?:a|an|the) .+?)\.?$"
)


def _apposed(sentence: str) -> Question | None:
    match = _APPOSED_RE.match(sentence)
    if match is None:
        return None
    rest = match.group("rest")
    if not 4 <= len(rest.split()) <= MAX_ANSWER_WORDS or re.search(r"\b(?:but|while)\b", rest):
        return None
    question = f"What {match.group('copula')} {match.group('term')}?"
    return Question("definition", question, rest[:1].upper() + rest[1:] + ".")


# "one of the most closely watched numbers", "the most devastating pandemic", "the largest
# reef": a ranking or a judgement of the thing, not what it is.
_EVALUATION_RE = lazy_compile(
    r"^(?:one of the\b|the (?:most|least|first|last|only|best|worst)\b|the \w+est\b|"
    r"the \w+-(?:largest|biggest|smallest|oldest|highest|longest)\b)",
    re.IGNORECASE,
)
# "... and a Lewis base is an electron-pair donor": a second term defined in the same sentence.
_SECOND_COPULA_RE = lazy_compile(
    r",?\s(?:and|while|whereas)\s(?:a|an|the)\s[\w' -]{1,40}?\s(?:is|are|was|were)\s.*$"
)


def is_evaluation(answer: str) -> bool:
    """'One of the most closely watched numbers in economics': ranks the thing, defines nothing."""
    return bool(_EVALUATION_RE.match(answer.strip()))


def definition(
    t: Tagged, title: str, index: EntityIndex | None = None, topic: str = ""
) -> Question | None:
    """'A coral reef is a ridge of limestone ...' -> 'What is a coral reef?'."""
    apposed = _apposed(t.sentence)
    if apposed is not None:
        return apposed
    end = _subject_end(t, limit=5)
    if end is None or t.words[end].lower() not in _COPULAS:
        return None
    subject_words = [w for w in t.words[:end] if w != ","]
    nouns = [w for i, w in enumerate(t.words[:end]) if t.tags[i] in ("NOUN", "PROPN")]
    if not nouns or nouns[-1].lower() in _VAGUE_SUBJECTS or len(subject_words) > 5:
        return None
    if not any(zipf(w) < 5.0 or w[:1].isupper() for w in subject_words if w.lower() != "the"):
        return None
    if _vague_subject(t, end, index):
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
            reverse = _reversed(t, end, subject, rest, index)
            if reverse is not None and any(
                _gives_away(reverse.answer, named) for named in (title, topic) if named
            ):
                return None  # "What was the most devastating pandemic ...?" in a deck on it
            return reverse
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
    rest = _SECOND_COPULA_RE.sub("", rest)
    if is_evaluation(rest):
        return None  # "What is unemployment?" / "One of the most closely watched numbers"
    if len(rest.split()) > MAX_ANSWER_WORDS or len(rest.split()) < 4:
        return None
    if re.search(r"(?:,|;)\s(?:but|and|while|although|though|yet)\s|\sbut\s", rest):
        return None  # "a one-time infusion, but the process takes months": two claims
    if nxt == "the" and re.match(rf"^the (?:\w+ )?(?:{'|'.join(_RELATIONS)}) of\b", rest):
        return None  # "the ancestor of ...": a relation to something else, not what it is
    if re.search(r"\b(?:not|no|never|also|often|sometimes|usually|still)\b", t.text(end, end + 1)):
        return None
    copula = t.words[end].lower()
    wh = "What"
    if index is not None and (
        index.kind(subject) == Kind.PERSON
        or (" " not in subject and subject in index.capitalised_inside)
        or any(index.kind(name) == Kind.PERSON for name, _ in index.names_in(subject))
    ):
        # "Who was Alan Turing?" has as many right answers as the article has facts about
        # him: a person is asked for by what they did or were first at, never this way.
        return None
    if _personish(subject) and _names_a_person(rest):
        return None  # "Alan Turing was an English mathematician ...": a person, however named
    if any(
        t.finite[i] and t.words[i - 1].lower() in ("and", "but", "or")
        for i in range(end + 2, len(t.words))
    ):
        return None  # "... and finished school in 1883": a second claim, not a definition
    question = f"{wh} {copula} {_lower_first(subject, t, index)}?"
    if _gives_away(subject, title):
        pass  # a heading naming the term is no giveaway: the answer is the definition
    return Question("definition", question, rest[:1].upper() + rest[1:] + ".")


_RELATIONS = (
    "ancestor", "descendant", "successor", "forerunner", "predecessor", "result", "basis",
    "heart", "centre", "center", "core", "key", "source", "cause", "home", "site", "part",
    "subject", "focus", "opposite", "symbol", "birthplace", "seat",
)  # fmt: skip
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


_CALLED_RE = lazy_compile(
    r"^(?:is|are|was|were) (?:(?:now|also|usually|often) )?(called|known as|termed)$"
)


def called(t: Tagged, index: EntityIndex | None = None) -> Question | None:
    """'The stable, hydrogen-burning phase is called the main sequence, ...' ->
    'What is the stable, hydrogen-burning phase called?' / 'The main sequence'."""
    low = [w.lower() for w in t.words]
    for i in range(1, min(len(low), 10)):
        for n in (2, 3, 4):
            if not _CALLED_RE.match(" ".join(low[i : i + n])):
                continue
            subject = t.words[:i]
            if low[0] not in ("the", "a", "an") and t.tags[0] not in ("ADJ", "NOUN"):
                return None
            if (
                not all(
                    tag in ("DET", "ADJ", "NOUN", "NUM") or w == "," or (w == "of" and k > 1)
                    for k, (w, tag) in enumerate(zip(subject, t.tags[:i], strict=True))
                )
                or t.tags[i - 1] != "NOUN"
                or any(t.finite[:i])
            ):
                return None
            if _vague_subject(t, i, index) and low[0] != "the":
                return None
            k = i + n
            if k < len(low) and low[k] in ("the", "a", "an"):
                k += 1
            j = k
            while j < len(low) and (t.tags[j] in ("NOUN", "PROPN", "ADJ", "NUM")) and j - k < 5:
                j += 1
            if j == k or (j < len(low) and low[j] not in (",", ".", ";", "and", "or", "(")):
                return None
            if (
                j < len(low)
                and low[j] in ("and", "or")
                and j + 1 < len(low)
                and t.tags[j + 1] in ("NOUN", "PROPN", "ADJ")
            ):
                return None  # "called X and Y": two names
            term = t.text(i + n, j)
            subject_text = t.text(0, i)
            if refers_back(subject_text, index) or len(subject_text.split()) < 2:
                return None
            aux = low[i]
            verb = " ".join(low[i + 1 : i + n])
            verb = re.sub(r"^(?:now|also|usually|often) ", "", verb)
            question = f"What {aux} {_lower_first(subject_text, t, index)} {verb}?"
            answer = term[:1].upper() + term[1:]
            accept = (term[4:],) if term.lower().startswith("the ") else ()
            return Question("called", question, answer, accept)
    return None


def _capitalised_name_start(rest: str) -> bool:
    return bool(re.match(r"^(?:the\s)?[A-Z]", rest))


def _reversed(
    t: Tagged, end: int, subject: str, rest: str, index: EntityIndex | None = None
) -> Question | None:
    """'The Great Barrier Reef is the largest reef system in the world' ->
    'What is the largest reef system in the world?' / 'The Great Barrier Reef'."""
    if t.tags[0] not in ("PROPN", "DET") or not any(
        w[:1].isupper() for w in subject.split()[1:] + subject.split()[:1]
    ):
        return None
    if not all(w[:1].isupper() or w.lower() in ("the", "of") for w in subject.split()):
        return None
    description = re.split(
        r",\s|\s(?:and|but) (?=(?:is|was|were|are|has|had|became|remains)\b)", rest
    )[0]
    if len(description.split()) > 14 or len(description.split()) < 3:
        return None
    if refers_back(description, index) or re.search(r"\b(?:it|its|they|their|this)\b", description):
        return None
    wh = "Who" if persons_hint(subject) else "What"
    accept = (subject[4:],) if subject.startswith("The ") else ()
    answer = subject
    if index is not None and " " not in subject:
        # "Marie was the first woman ..." -> the answer is "Marie Curie", not a first name
        fuller = [n for n in index.mentions if subject in n.split() and " " in n]
        if len(set(fuller)) == 1:
            answer, accept = fuller[0], (subject,)
        elif wh == "Who":
            return None
    return Question("definition", f"{wh} {t.words[end].lower()} {description}?", answer, accept)


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


_PERSON_NOUNS = frozenset(
    """
    mathematician physicist chemist scientist writer author poet novelist painter artist
    composer musician singer actor actress philosopher economist engineer inventor explorer
    politician statesman king queen emperor empress president leader general soldier officer
    doctor physician surgeon nurse teacher professor lawyer judge priest monk nun bishop saint
    aristocrat nobleman noblewoman businessman businesswoman entrepreneur banker merchant trader
    astronomer biologist geologist historian architect designer player athlete champion
    codebreaker logician pioneer activist journalist diplomat spy pupil student child son
    daughter wife husband mother father woman man girl boy person prince princess duke duchess
    """.split()  # noqa: SIM905
)


def _names_a_person(rest: str) -> bool:
    """'an English mathematician, logician and codebreaker whose ...': the first noun phrase of
    a definition names a kind of person."""
    tagged = tag_sentence(rest)
    for word, tag in zip(tagged.words, tagged.tags, strict=True):
        if tag in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ") or word == ",":
            if word.lower() in _PERSON_NOUNS:
                return True
            continue
        break
    return False


def _personish(subject: str) -> bool:
    return len(subject.split()) >= 2 and all(w[:1].isupper() for w in subject.split())


def _gives_away(answer: str, title: str) -> bool:
    own = {stem(w) for w in content_words(answer)}
    return bool(own) and own <= {stem(w) for w in content_words(title)}


def who(t: Tagged, index: EntityIndex, title: str) -> Question | None:
    """'Charles Darwin proposed an explanation ...' -> 'Who proposed an explanation ...?'."""
    names = index.names_in(t.sentence)
    if not names:
        return None
    passive = by_whom(t, index, title)
    if passive is not None:
        return passive
    name, pos = names[0]
    kind = index.kind(name)
    if kind not in (Kind.PERSON, Kind.ORG):
        return None
    if pos != 0 and not (pos == 4 and t.sentence.startswith("The ") and kind == Kind.ORG):
        return None  # "The most common side effects of Casgevy included ...": no one did it
    if kind == Kind.PERSON and _main_person(name, index):
        return None  # "Who argued ...?" in an article about Ricardo: "Ricardo" is a guess
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
    if len(rest.split()) > 28 or refers_back(rest, index) or LEANING_RE.search(rest):
        return None
    if _PERSON_PRONOUN_RE.search(rest) or re.search(r",\s(?:and|but)\s|;", rest):
        return None  # "Who offered her ..., and in 1906 she gave ...?": whom, and two claims
    if kind == Kind.ORG and not any(w in ORG_WORDS for w in name.split()):
        return None  # "DNA replicated ...": an acronym is not known to be an organisation
    wh = "Who" if kind == Kind.PERSON else "Which organisation"
    subject = t.sentence[:end_pos]
    accept = tuple(dict.fromkeys(x for x in (name, name.split()[-1]) if x != subject))
    return Question("who", f"{wh} {rest}?", subject, accept)


_PASSIVE_RE = lazy_compile(
    r"^(?P<subject>[^,;:()]{2,60}?) (?P<aux>was|were) (?:first )?(?P<verb>[a-z]+) by "
    r"(?P<agent>[A-Z][^,;:()]*?)(?= in | on | at | from | for | during | after | with |[,.]|$)"
)
# Participles whose past tense differs, for "Who wrote ...?" from "... was written by".
_PARTICIPLES = {
    "written": "wrote", "drawn": "drew", "given": "gave", "taken": "took", "begun": "began",
    "shown": "showed", "chosen": "chose", "known": "knew", "grown": "grew", "driven": "drove",
    "built": "built", "made": "made", "led": "led", "found": "found", "held": "held",
    "won": "won", "taught": "taught", "brought": "brought", "sent": "sent", "sold": "sold",
}  # fmt: skip
_AGENT_WORD_RE = lazy_compile(r"^(?:[A-Z][\w.'’-]*|and|de|da|van|von|der|du|le|la|of|the)$")


def by_whom(t: Tagged, index: EntityIndex, title: str) -> Question | None:
    """'UTF-8 was designed by Ken Thompson and Rob Pike in September 1992, ...' ->
    'Who designed UTF-8?' / 'Ken Thompson and Rob Pike': a named thing made by named people."""
    match = _PASSIVE_RE.match(t.sentence.rstrip())
    if match is None:
        return None
    subject, verb, agent = match.group("subject"), match.group("verb"), match.group("agent")
    past = _PARTICIPLES.get(verb) or (verb if verb.endswith("ed") and len(verb) > 4 else None)
    if past is None:
        return None
    if not all(_AGENT_WORD_RE.match(w) for w in agent.split()) or len(agent.split()) > 8:
        return None
    sub_words = subject.split()
    if len(sub_words) > 6 or re.search(
        r"\b(?:it|they|he|she|this|these|those|that|its|their|his|her|which|who)\b", subject, re.I
    ):
        return None
    if not any(
        w[:1].isupper() or any(c.isdigit() for c in w)
        for w in sub_words[1:] + sub_words[:1]
        if w not in ("The", "A", "An")
    ):
        return None  # "The method was described by ...": which method?
    if sub_words[0].lower() in STOP_WORDS - {"the", "a", "an"}:
        return None  # "In 1903 the Nobel Prize ...": the subject is not where the sentence starts
    found = [n for n, _ in index.names_in(agent)]
    # a full name after "by" that is no place: "designed by Ken Thompson" names a person
    kinds = {
        Kind.PERSON if index.kind(n) == Kind.NAME and len(n.split()) >= 2 else index.kind(n)
        for n in found
    }
    people = [n for n in found if index.kind(n) in (Kind.PERSON, Kind.ORG, Kind.NAME)]
    if not people or not kinds <= {Kind.PERSON, Kind.ORG}:
        return None
    if kinds == {Kind.PERSON} and any(_main_person(n, index) for n in people):
        return None  # the article's own subject is a guess, not an answer
    if _gives_away(agent, title) or _gives_away(agent, subject):
        return None
    wh = "Who" if Kind.PERSON in kinds else "Which organisation"
    shown = subject if sub_words[0] not in ("The", "A", "An") else subject[:1].lower() + subject[1:]
    return Question("who", f"{wh} {past} {shown}?", agent)


def _main_person(name: str, index: EntityIndex) -> bool:
    """The person the article is mostly about: the most-mentioned one, counting a surname
    with the full names that hold it."""
    people = index.names_of_kind(Kind.PERSON)

    def count(person: str) -> int:
        last = person.split()[-1]
        return sum(index.mentions[p] for p in people if p == person or p.split()[-1] == last)

    scores = {p: count(p) for p in people}
    if not scores:
        return False
    top = max(scores.values())
    return scores.get(name, 0) == top and top >= 3


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
        match = re.match(r"^([^,;:“”\"()]{12,}?),? because (.{8,})$", sentence)
        if not match:
            return None  # "..., meaning bad air, because ...": the cause may explain a part
        effect, cause = match.group(1), match.group(2)
    if re.search(r"\b(?:that|whether|if)\b", effect):
        return None  # "X calculated that Y, because Z": the cause explains Y, not the asking
    imperative = _instruction(effect)
    if imperative is not None:
        return _why_should(imperative, cause)
    effect_words = effect.split()
    aux_at = next((i for i, w in enumerate(effect_words[:7]) if w.lower() in _AUX), None)
    if aux_at is None:
        return _why_do(t, effect, cause)
    if aux_at == 0:
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
    at = t.sentence.find(effect)
    first_tag = next((tag for st, tag in zip(t.starts, t.tags, strict=True) if st == at), "")
    if (
        first in ("The", "A", "An", "Many", "Most", "Some")
        or (
            zipf(first.lower()) >= 3.0
            and not first.isupper()
            and first_tag != "PROPN"  # "Franklin" keeps its capital
            and all(not w[:1].isupper() for w in subject[1:])  # "Sea level", not "Lake Baikal"
        )
    ):
        subject = [first.lower(), *subject[1:]]
    question = f"Why {effect_words[aux_at].lower()} {' '.join(subject)} {rest}?"
    if LEANING_RE.search(question):
        return None
    if _PERSON_PRONOUN_RE.search(f"{question} {cause}"):
        return None  # "Because it taught him to count": him? The card cannot say who.
    answer = f"Because {cause}."
    if len(words(answer)) > MAX_ANSWER_WORDS:
        return None
    return Question("why", question, answer)


# Adverbs an instruction may open with before its verb ("Always stake ...", "Never cook ...").
_INSTRUCTION_ADVERBS = frozenset({"always", "never", "first", "just", "carefully", "gently"})
_NEGATED_RE = lazy_compile(r"^(?:do not|don't|don’t)\s+", re.IGNORECASE)


def _instruction(clause: str) -> tuple[bool, str] | None:
    """``clause`` is an instruction with no subject ("Make sure every joint is fully seated",
    "Never cook inside the tent", "Do not ..."): (negated, the words after any "do not"), or
    None. Its verb is the bare base form, so the auxiliary-and-subject turn of a statement
    garbles it ("Why is make sure every joint fully seated?")."""
    negated = _NEGATED_RE.match(clause)
    body = clause[negated.end() :] if negated else clause
    t = tag_sentence(body)
    i = 0
    while i < len(t.words) - 1 and t.words[i].lower() in _INSTRUCTION_ADVERBS:
        i += 1
    if not t.words or t.tags[i] != "VERB" or not t.finite[i]:
        return None
    verb = t.words[i].lower()
    if verb.endswith(("ed", "ing")) or verb in IRREGULAR_PAST:
        return None
    if i == 0 and verb.endswith("s") and not verb.endswith("ss"):
        return None  # "Runs ..." is a headline's verb with its subject dropped, not an order
    return bool(negated), body


def _why_should(imperative: tuple[bool, str], cause: str) -> Question | None:
    """An instruction with its reason -> 'Why should you ...?' / 'Because ...'."""
    negated, body = imperative
    if re.search(r"[,;:]", body) or len(body.split()) < 3:
        return None  # "Check the poles, then ...": the reason may cover only a part
    body = body[:1].lower() + body[1:]  # an order opens with its verb or adverb, never a name
    question = f"Why {'shouldn’t' if negated else 'should'} you {body}?"
    if LEANING_RE.search(question) or _PERSON_PRONOUN_RE.search(f"{question} {cause}"):
        return None
    if re.search(r"\b(?:it|they|them|this|these)\b", body, re.IGNORECASE):
        return None  # "Make sure it is ...": the card cannot say what
    answer = f"Because {cause}."
    if len(words(answer)) > MAX_ANSWER_WORDS:
        return None
    return Question("why", question, answer)


# Past tenses that do not end in -ed, and their base forms, for "Why did X <base> ...?".
IRREGULAR_PAST = {
    "made": "make", "took": "take", "began": "begin", "became": "become", "gave": "give",
    "found": "find", "led": "lead", "left": "leave", "lost": "lose", "won": "win",
    "held": "hold", "kept": "keep", "brought": "bring", "built": "build", "sent": "send",
    "spent": "spend", "sold": "sell", "told": "tell", "thought": "think", "wrote": "write",
    "drew": "draw", "grew": "grow", "fell": "fall", "rose": "rise", "ran": "run", "saw": "see",
    "came": "come", "went": "go", "met": "meet", "paid": "pay", "stood": "stand",
    "understood": "understand", "taught": "teach", "fought": "fight", "bought": "buy",
    "chose": "choose", "knew": "know", "broke": "break", "drove": "drive", "froze": "freeze",
}  # fmt: skip


def _base_form(verb: str) -> str | None:
    """'killed' -> 'kill', 'carried' -> 'carry', 'stopped' -> 'stop', 'moved' -> 'move'."""
    low = verb.lower()
    if low in IRREGULAR_PAST:
        return IRREGULAR_PAST[low]
    if not low.endswith("ed") or len(low) < 5:
        return None
    if low.endswith("ied"):
        return low[:-3] + "y"
    stem_ = low[:-2]
    if len(stem_) >= 3 and stem_[-1] == stem_[-2] and stem_[-1] not in "lsz":
        return stem_[:-1]  # "stopped" -> "stop"
    with_e = low[:-1]
    if zipf(with_e) > zipf(stem_) and zipf(with_e) >= 2.5:
        return with_e  # "moved" -> "move", not "mov"
    return stem_ if zipf(stem_) >= 2.5 else None


_PERSON_PRONOUN_RE = lazy_compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


def _why_do(t: Tagged, effect: str, cause: str) -> Question | None:
    """'Yellow fever killed workers in enormous numbers, because nobody understood ...' ->
    'Why did yellow fever kill workers in enormous numbers?': a past-tense verb after a plain
    noun-phrase subject, turned with "did"."""
    end = next(
        (
            i
            for i, f in enumerate(t.finite)
            if f
            or t.tags[i] == "AUX"
            or (t.tags[i] == "VERB" and (t.words[i].endswith("ed") or t.words[i] in IRREGULAR_PAST))
        ),
        None,
    )
    if end is None or not 0 < end <= 6 or t.tags[end] == "AUX" or t.end(end) > len(effect):
        return None
    if not all(
        tag in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or (w == "and" and 0 < i < end - 1)
        for i, (w, tag) in enumerate(zip(t.words[:end], t.tags[:end], strict=True))
    ) or t.tags[end - 1] not in ("NOUN", "PROPN"):
        return None
    verb = t.words[end]
    base = _base_form(verb)
    if base is None or (verb.lower() not in IRREGULAR_PAST and not verb.endswith("ed")):
        return None
    subject = t.text(0, end)
    if re.search(r"\b(?:it|they|this|these|he|she|its|their)\b", subject, re.IGNORECASE):
        return None
    if _vague_subject(t, end, None) and not any(w[:1].isupper() for w in t.words[1:end]):
        return None
    rest = effect[t.end(end) :].strip().rstrip(",")
    if len(rest.split()) < 2 or re.search(r"[,;:]", rest):
        return None
    first = t.words[0]
    if t.tags[0] == "DET" or (t.tags[0] != "PROPN" and not first.isupper()):
        subject = first.lower() + subject[len(first) :]
    if t.tags[0] == "PROPN" and " " not in subject and first not in t.sentence[1:]:
        return None
    answer = f"Because {cause}."
    if len(words(answer)) > MAX_ANSWER_WORDS or re.search(r"^Because (?:it|they|this)\b", answer):
        return None
    question = f"Why did {subject} {base} {rest}?"
    if LEANING_RE.search(question):
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


# Words of a sentence that only announces what follows ("in two main ways", "for several
# reasons"): no answer to a question heading.
_SUMMARY_WORDS = frozenset(
    stem(w)
    for w in """
    two three four five several many main ways reasons types kinds forms steps factors things
    parts different important number different various key
    """.split()  # noqa: SIM905
)


# A sentence about what was promised or planned does not say what happened.
_INTENT_RE = lazy_compile(
    r"\b(?:promised|planned|proposed|intended|hoped|pledged|expected|aimed|vowed) to\b|"
    r"\b(?:would|will) (?:be|have|take|pass|hand)\b",
    re.IGNORECASE,
)


def heading_answer(title: str, sentences: list[str]) -> Question | None:
    """A section headed by a wh-question, answered by one of its first sentences."""
    bare = title.strip()
    if not bare.endswith("?") or bare.count("?") != 1 or not _WH_RE.match(bare):
        return None
    asked = {stem(w) for w in content_words(bare)} - {"how", "what", "why", "where", "when"}
    if not asked:
        return None
    if re.search(
        r"\b(?:he|she|it|they|him|her|his|its|their|them|this|these|you|your)\b",
        bare,
        re.IGNORECASE,
    ):
        return None  # "How did he learn mathematics?": who, on a card of its own?
    if re.match(r"^Who (?:is|was|were|are) [A-Z]", bare):
        return None  # "Who was Ada Lovelace?": as many right answers as facts about her
    if re.search(r"\bthe [a-z]+\b", bare) and not any(w[:1].isupper() for w in bare.split()[1:]):
        return None  # "What limits the rate?": the rate of what?
    wanted = _WANTED.get(bare.split()[0].lower() + " " + bare.split()[1].lower())
    wanted = wanted or _WANTED.get(bare.split()[0].lower())
    best: tuple[float, str] | None = None
    for sentence in sentences[:3]:
        if wanted is not None and not wanted.search(sentence):
            continue  # "When ...?" is answered by a sentence holding a date, and so on
        if _INTENT_RE.search(sentence):
            continue  # "... signed treaties which promised to hand the canal over": not when it did
        own = {stem(w) for w in content_words(sentence)}
        overlap = len(own & asked) / len(asked)
        said = own - asked - _SUMMARY_WORDS
        if len(said) < 3:
            continue  # "Glaciers move in two main ways.": it announces the answer, gives none
        if (
            overlap >= 0.5
            and 6 <= len(words(sentence)) <= 35
            and (best is None or overlap > best[0])
        ):
            best = (overlap, sentence)
    if best is None:
        return None
    answer = best[1]
    match = re.match(r"^(?:What|Who) (is|are|was|were) (.+)\?$", bare)
    if match:
        said = re.match(rf"^{re.escape(match.group(2))} (?:is|are|was|were) (.+)$", answer, re.I)
        if said and len(said.group(1).split()) >= 4:
            answer = said.group(1)[:1].upper() + said.group(1)[1:]
            if is_evaluation(answer):
                return None  # "What was the Black Death?" / "The most devastating pandemic ..."
    return Question("heading", bare, answer)
