"""What an opening "It" or "They" names, when the sentence before says it plainly.

"Income elasticity of demand measures how ... It is positive for normal goods ..." is a key fact
that a card cannot show as written. When the sentence before opens with a plain subject (a
name, or "the" and a term, as in "Peas grow quickly ..."), of the same number, and names no
other thing of that number, the "It" or "They" is that subject: "Income elasticity of demand
is positive for normal goods ...". Anything less certain is left alone (and the sentence is
skipped, as before).
"""

from __future__ import annotations

import re

from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import is_person_noun
from quizapp.generate.spans import Tagged

# "It is thought that ...", "It was not until ...", "It takes ... to ...": no thing at all.
_DUMMY_IT_RE = lazy_compile(
    r"^It(?:'s|’s| is| was| has been| had been| seems| seemed| appears| appeared| remains"
    r"| became| becomes| takes| took| may be| might be| can be| could be| would be| will be)\b"
    r"(?:(?! which ).)*?\b(?:that|to|until|whether|how|why|when|if|for)\b"
)
_OPENING_RE = lazy_compile(r"^(It|They) (?=[a-z])")
_MAX_SUBJECT_WORDS = 6
_PLURAL_EXCEPTIONS = ("ss", "us", "is", "ics")  # "glass", "virus", "analysis", "economics"


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(_PLURAL_EXCEPTIONS)


def plain_subject(t: Tagged) -> tuple[str, bool] | None:
    """The sentence's opening subject, and whether it is plural, when it is plain: a name or a
    bare or definite noun phrase (a term with "of" allowed), then a finite verb."""
    words, tags = t.words, t.tags
    if not words or words[0] in ("A", "An", "This", "That", "These", "Those", "Such", "Some"):
        return None
    end = None
    for i, tag in enumerate(tags[: _MAX_SUBJECT_WORDS + 1]):
        if t.finite[i] or tag == "AUX":
            end = i
            break
        if tag == "DET" and not (i == 0 and words[i] == "The"):
            return None
        if tag == "ADP" and not (words[i] == "of" and i > 0 and tags[i - 1] == "NOUN"):
            return None
        if tag not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM") or words[i] in ",(;:":
            return None
    if not end or tags[end - 1] not in ("NOUN", "PROPN"):
        return None
    head = next(
        (k for k in range(end) if words[k] == "of"), end
    )  # "Income elasticity of demand": elasticity
    head_word = words[head - 1]
    if head_word.lower() in ("one", "part", "kind", "type", "rest", "number", "lot"):
        return None  # "One of them", "The rest": no thing of its own
    subject = t.text(0, end)
    plural = _plural(head_word) and tags[head - 1] == "NOUN"
    verb = words[end].lower()
    if verb in ("are", "were", "have") or (tags[end] == "VERB" and not re.search(r"s$|ed$", verb)):
        plural = True  # "Peas grow ...": the verb says the number
    elif verb in ("is", "was", "has") or (tags[end] == "VERB" and verb.endswith("s")):
        plural = False
    if " and " in f" {subject} ":
        plural = True
    return subject, plural


def _other_candidate(t: Tagged, start: int, plural: bool) -> bool:
    """Another name of the same number after the subject: 'It' might be that one."""
    for i in range(start, len(t.words)):
        word = t.words[i]
        if t.tags[i] == "PROPN" and word[:1].isupper() and not plural and not _plural(word):
            return True
    return False


def resolve(
    previous: Tagged, sentence: str, persons: frozenset[str] = frozenset()
) -> tuple[str, tuple[int, int]] | None:
    """``sentence`` with its opening "It" or "They" replaced by the previous sentence's plain
    subject, and where the subject was put; None when that is not certain. A person (a word of
    ``persons``) is never an "it"."""
    match = _OPENING_RE.match(sentence)
    if match is None or _DUMMY_IT_RE.match(sentence):
        return None
    found = plain_subject(previous)
    if found is None:
        return None
    subject, plural = found
    if plural != (match.group(1) == "They"):
        return None
    if not plural and persons & set(subject.split()):
        return None  # "Nixon called it the most significant agreement. It lasted ..."
    after = len(subject.split())
    if _other_candidate(previous, after, plural):
        return None
    if subject.startswith("The "):
        subject = "the" + subject[3:]
    shown = subject[:1].upper() + subject[1:] + sentence[match.end(1) :]
    return shown, (0, len(subject))


# The clause an "it" opens after one of these is about the sentence's own subject.
_CLAUSE_OPENERS = frozenset(
    "because so but when if while although though as until since where once".split()  # noqa: SIM905
)


def own_it(t: Tagged, i: int, persons: frozenset[str] = frozenset()) -> bool:
    """The "it" at ``i`` is the sentence's own plain subject: "Baikal is different because it
    sits in a rift valley", "Portugal is more efficient at both goods, so it has ...". Only
    when it opens a clause and no other thing it could be (a singular noun or a name) stands
    between the subject and it."""
    if t.words[i].lower() != "it" or i < 2:
        return False
    opener = t.words[i - 1].lower()
    if opener not in _CLAUSE_OPENERS:
        return False
    found = plain_subject(t)
    if found is None or found[1] or persons & set(found[0].split()):
        return False
    start = len(found[0].split())
    for k in range(start, i):
        if t.tags[k] == "PROPN" or (t.tags[k] == "NOUN" and not _plural(t.words[k])):
            return False
    return True


# -- an inner "it" whose thing the sentence named before it --------------------------------------

_COPULAS = frozenset("is was remains remained becomes became".split())  # noqa: SIM905
_BOUNDARIES = frozenset({",", ";", "and", "but", "so", "yet", "while", "once", *_CLAUSE_OPENERS})
# Before the subject: nothing, an opening phrase ("On Earth") or a clause opener ("When").
_LEAD_TAGS = frozenset({"ADP", "SCONJ", "ADV", "PROPN", "NOUN", "NUM", "DET", "ADJ"})
_NO_THING = frozenset("one part kind type rest number lot way".split())  # noqa: SIM905


def _first_subject(t: Tagged) -> tuple[int, int] | None:
    """(where the head noun is, where the verb is) of the first clause's subject when it is a
    singular thing: "Rock in the mantle is ...", "On Earth the molten rock is ...", "When an
    infected mosquito bites, ...". None when anything is in doubt."""
    words, tags = t.words, t.tags
    verb = next(
        (
            k
            for k in range(len(words))
            # "an infected mosquito": a participle after an article describes the noun
            if (t.finite[k] or tags[k] == "AUX") and not (k and tags[k - 1] == "DET")
        ),
        None,
    )
    if verb is None or verb < 1 or words[verb].lower() in ("are", "were", "have"):
        return None
    k = verb - 1
    if tags[k] not in ("NOUN", "PROPN"):
        return None
    start = k
    while start > 0 and (
        tags[start - 1] in ("NOUN", "ADJ", "PROPN")
        or (start > 1 and tags[start - 1] == "VERB" and tags[start - 2] == "DET")
    ):
        start -= 1
    head = k
    # "Rock in the mantle is": the noun before the phrase is the subject's head.
    if start >= 1 and tags[start - 1] == "DET":
        start -= 1
    if start >= 2 and words[start - 1] in ("in", "of", "at", "on") and tags[start - 2] == "NOUN":
        head = start - 2
        start = head
        while start > 0 and tags[start - 1] in ("NOUN", "ADJ"):
            start -= 1
        if start >= 1 and tags[start - 1] == "DET":
            start -= 1
    article = words[start].lower() in ("the", "a", "an")
    if tags[start] == "DET" and not article:
        return None  # "This rock", "Each star": a thing the sentence before names
    if start:
        lead = range(start)
        if any(tags[m] not in _LEAD_TAGS or words[m] in (";", ":") for m in lead):
            return None
        opener = start == 1 and words[0].lower() in _CLAUSE_OPENERS  # "When an infected mosquito"
        # "On Earth the molten rock": an opening phrase, then a subject of its own. Without
        # the article the phrase may run on ("Unlike many great engineering works, it ...").
        phrase = tags[0] == "ADP" and article and tags[start - 1] in ("NOUN", "PROPN", "NUM")
        if not (opener or phrase):
            return None
    word = words[head]
    # "The Coral Triangle": a name with "the" is a thing, not a person.
    named = tags[head] == "PROPN" and start < head and words[start] in ("the", "The")
    if named:
        return head, verb
    if (
        tags[head] != "NOUN"
        or _plural(word.lower())
        or is_person_noun(word)
        or word.lower() in _NO_THING
        or (head and not word.islower())
    ):
        return None
    return head, verb


def inner_it(t: Tagged, i: int, persons: frozenset[str] = frozenset()) -> bool:
    """The "it" at ``i`` is the thing the sentence's first clause is about, and nothing else
    the sentence names before it could be: "Rock in the mantle is hot, but the enormous
    pressure at depth usually keeps it solid", "On Earth the molten rock is called magma
    while it is still underground". What the subject is said to be ("is called magma", "is a
    fluid's resistance to flow") names the same thing; a subject or an opening phrase of the
    pronoun's own clause ("the pressure ... keeps it", "in magma it is") cannot be the "it".
    Any other singular thing in between, or a person as the subject, leaves it in doubt."""
    words, tags = t.words, t.tags
    if words[i] != "it" or i + 1 >= len(words):
        return False
    found = _first_subject(t)
    if found is None:
        return False
    _head, verb = found
    if i <= verb or persons & set(words[:verb]):
        return False
    clause = max((k for k in range(verb + 1, i) if words[k].lower() in _BOUNDARIES), default=None)
    if clause is None and words[0].lower() in _CLAUSE_OPENERS:
        clause = verb  # "When inflation becomes extreme it is called ...": the main clause
    if clause is None:
        return False  # "The press changed religion as quickly as it changed ...": one clause
    subject_it = tags[i + 1] in ("VERB", "AUX") or (
        # "when it reliably doubles": a verb in -s may be tagged as a noun
        tags[i + 1] == "ADV" and i + 2 < len(words) and tags[i + 2] in ("VERB", "AUX", "NOUN")
    )
    object_it = tags[i - 1] == "VERB" and t.finite[i - 1]
    if not (subject_it or object_it):
        return False
    own = range(clause + 1, i)
    # "When carbon dioxide dissolves in seawater it forms ...": seawater may be the "it".
    named_between = any(tags[m] in ("NOUN", "PROPN") for m in own)
    if subject_it and own and tags[clause + 1] != "ADP" and named_between:
        return False
    # For an object "it", its clause's subject: a noun phrase, then the verb.
    noun_phrase = bool(own) and all(
        tags[m] in ("DET", "ADJ", "NOUN", "ADP", "ADV") for m in own[:-1]
    )
    if object_it and not noun_phrase:
        return False
    same = words[verb].lower() in _COPULAS
    resolved = False
    for m in range(verb + 1, clause + 1):
        word, tag = words[m], tags[m]
        if word in (",", ";", ":") or tag == "ADP":
            same = False
        elif t.finite[m] or tag == "AUX":
            # "... while it is still underground and lava once ...": what "it" is, is the
            # subject too.
            same = resolved and words[m - 1] == "it" and word.lower() in _COPULAS
        elif word == "it":
            resolved = True
        elif tag == "PRON" and word.lower() not in ("its",):
            return False
        if tag == "ADJ" and m + 1 < len(words) and t.finite[m + 1]:
            tag = "NOUN"  # "its core sits": a subject the tagger took for an adjective
        if tag not in ("NOUN", "PROPN") or same:
            continue
        if tag == "NOUN" and (_plural(word.lower()) or is_person_noun(word)):
            continue
        if m and tags[m - 1] == "NUM":
            continue  # "within 4 to 8 hours": a counted unit
        return False
    return True


# "the number of years it takes for money to double", "it is worth calculating", "it is
# thought that": an "it" standing for what follows it, not for anything before.
_INNER_DUMMY_IT_RE = lazy_compile(
    r"^it (?:takes|took|will take|would take|can take) [^,;]*?\b(?:to|for)\b"
    r"|^it (?:is|was|becomes|became|seems|seemed) (?:not |also |often |usually |still )?"
    r"(?:worth \w+ing\b|(?:possible|impossible|likely|unlikely|easy|hard|difficult|important|"
    r"necessary|thought|believed|estimated|said|known|clear|common|rare|safe|wise|best|better|"
    r"usual|customary) (?:to|that)\b)"
)


def dummy_it(t: Tagged, i: int) -> bool:
    """The 'it' at ``i`` stands for the clause after it ('it takes 12 years for money to
    double'), so it points nowhere before."""
    rest = " ".join(t.words[i:]).lower()
    return bool(_INNER_DUMMY_IT_RE.match(rest))
