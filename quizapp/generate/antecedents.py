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

from quizapp.generate.spans import Tagged

# "It is thought that ...", "It was not until ...", "It takes ... to ...": no thing at all.
_DUMMY_IT_RE = re.compile(
    r"^It(?:'s|’s| is| was| has been| had been| seems| seemed| appears| appeared| remains"
    r"| became| becomes| takes| took| may be| might be| can be| could be| would be| will be)\b"
    r"(?:(?! which ).)*?\b(?:that|to|until|whether|how|why|when|if|for)\b"
)
_OPENING_RE = re.compile(r"^(It|They) (?=[a-z])")
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
