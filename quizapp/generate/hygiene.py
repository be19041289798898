"""Drop spam before any card is built, judged by the document itself, not by a list of spam words.

Three kinds, three signals:
- a word dropped into a sentence: unknown to English word lists, used once, related to no other
  word of the article and not a compound of known words;
- an off-topic sentence inside a paragraph: its content words, and above all its names and rare
  words, appear nowhere else in the article, and it shares nothing with its own paragraph;
- a call to action: it speaks to the reader about this article, site or another article and asks
  them to act (read, click, subscribe).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.lexicon import STOP_WORDS
from quizapp.generate.promo import is_promotional, score
from quizapp.generate.sentences import normal, stem, words, zipf

_SELF_REFERENCE_RE = lazy_compile(
    r"\b(?:this|our|my)\s+(?:\w+\s+)?(?:article|post|blog|site|website|page|newsletter|"
    r"channel|story|stories|articles|posts|videos?|podcast)\b|https?://|www\.",
    re.IGNORECASE,
)
_ASK_RE = lazy_compile(
    r"\b(?:please|click|subscribe|sign up|check out|visit|follow us|share this|download|"
    r"don'?t forget|consider reading|read more|reading our|read our|buy|order now)\b",
    re.IGNORECASE,
)
_READER_RE = lazy_compile(r"\b(?:you|your)\b|^(?:please|click|read|visit|subscribe)\b", re.I)

_ANAPHORA_RE = lazy_compile(
    r"^[\"“‘']|^(?:it|its|he|his|she|her|they|their|them|this|these|that|those|such|then|but|and|"
    r"also|so|yet|here|there|both|each|the latter|the former)\b",
    re.IGNORECASE,
)


# A news dateline opens a story's first paragraph: "REYKJAVIK, 3 March (Reuters) - ",
# "COQUELLES, France, 6 May 1994 - ", "WASHINGTON (AP) — ". It is where the wire filed from,
# not part of the sentence a card quotes.
_PLACE = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
_DATE = r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
_AGENCY = r"(?:\s*\([A-Z][A-Za-z.&/ ]{1,24}\))?"
_DATELINE_RE = lazy_compile(
    rf"^(?:{_PLACE}{_REGION}{_DATE}{_AGENCY}|\([A-Z][A-Za-z.&/ ]{{1,24}}\))\s+[-–—]+\s+"
    r"(?=[\"“‘']?[A-Z0-9])"
)


def strip_dateline(sentence: str) -> str:
    """The sentence without a leading news dateline (the place, date and wire service)."""
    match = _DATELINE_RE.match(sentence)
    if match is None:
        return sentence
    head = match.group().rstrip(" -–—")
    # A bare capitalised word before a dash may be an acronym ("DNA — The molecule ..."):
    # only a place of four letters or more, or one with a region, date or wire service.
    if head.isupper() and len(re.sub(r"[^A-Z]", "", head)) < 4:
        return sentence
    return sentence[match.end() :]


@dataclass(frozen=True)
class Drop:
    """One thing removed from the article, with the reason a reader can check."""

    kind: str  # "word", "sentence"
    text: str
    reason: str

    def describe(self) -> str:
        what = f"{self.kind} {self.text!r}"
        return f"dropped {what}: {self.reason}"


def is_call_to_action(sentence: str) -> bool:
    return bool(
        _SELF_REFERENCE_RE.search(sentence)
        and _ASK_RE.search(sentence)
        and _READER_RE.search(sentence.replace("’", "'"))
    )


def _prefix_family(word: str, vocabulary: set[str]) -> bool:
    head = word[:5]
    return any(other != word and other.startswith(head) for other in vocabulary)


# Word pieces of betting, lottery and shop brands glued into text ("gacorwin", "slot88").
# A rare real word ("hermatypic", "cnidarians") is built from none of them, so it stays.
_BRAND_PIECES_RE = lazy_compile(
    r"(?:slot|gacor|togel|toto|judi|bet|casino|poker|jackpot|spin|win|bonus|promo|deal|shop|"
    # "gg", "xx", "qq" only at an edge ("topslotgg", "qqspin"): inside a word ("twiggy") they
    # are English spelling
    r"crypto|coin|vip|maxwin|zeus|hoki|play|cuan|(?:gg|xx|qq)(?=\d|$)|^(?:gg|xx|qq)|88|77|99|69|4d|"
    # the wider vocabulary of online gambling and its link farms, in the languages it is
    # spammed in: game names, "agent", "dealer", "site", "login", "alternative link"
    r"baccarat|roulette|ruletka|blackjack|freeroll|vegas|lotto|bandar|situs|bola|ceme|"
    r"dadu|daftar|login|alternatif|online|sbobet|naga|rtp|apk|jitu)",
)
# English endings and pieces that a made-up brand token rarely has.
_ENGLISH_ENDING_RE = lazy_compile(
    r"(?:ic|ical|ian|ians|ous|al|ate|ates|ism|ist|ists|ae|a|um|us|oid|oids|ite|ites|ine|"
    r"ene|ase|osis|itis|ology|cyte|cytes|phyte|pod|pods|saur|ia|ium|ion|ions|ity|ment|ness|"
    r"ing|ed|er|ers|ly|ive|ize|ise|ify|ary|ory)$"
)


def _looks_glued(key: str) -> bool:
    """An invented token: digits in a word, or a brand piece and no English ending."""
    if any(c.isdigit() for c in key) and any(c.isalpha() for c in key):
        return True
    return bool(_BRAND_PIECES_RE.search(key)) and not _ENGLISH_ENDING_RE.search(key)


# The vocabulary of gambling and betting: a token glued from one of these and anything else
# ("JackpotKing", "megaslotz", "Spin4Win") is an advert in any case pattern.
_GAMBLING_RE = lazy_compile(
    r"slot|casino|jackpot|poker|roulette|baccarat|blackjack|lotto|lottery|togel|gacor|maxwin|"
    r"bonanza|sbobet|judi|hoki|betting"
)
# Words of betting that also name other things ("WinZip", "Win32", "SpinLaunch"): a brand
# built from one of them needs two more pieces ("MegaWinPalace", "Spin4Win").
_WEAK_GAMBLING_HUMPS = frozenset(
    """
    bet bets win wins spin spins reel reels odds luck lucky vegas qq 4d toto gg vip cash prize
    """.split()  # noqa: SIM905
)
_HUMP_RE = lazy_compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+[A-Za-z]?")


def _humps(word: str) -> list[str]:
    """'QQslotHoki' -> ['qq', 'slot', 'hoki']; 'Win4DBonanza' -> ['win', '4d', 'bonanza']."""
    return [h.lower() for h in _HUMP_RE.findall(word)]


def _glued_brand(word: str) -> bool:
    """A CamelCase or letters-and-digits token built from gambling words ('BetKingSlots',
    'Spin4Win'), or from two or more words and a number ('ReelDragon88'): a brand glued into
    the sentence. A real name has one capital ('Nitrosomonas') or a known pattern ('McCarthy')."""
    if not re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Za-z]\d|\d[A-Za-z]", word):
        return False
    if re.match(r"(?:Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von)[A-Z]", word):
        return False
    humps = _humps(word)
    if len(humps) < 2:
        return False
    if _GAMBLING_RE.search(word.lower()) or (
        len(humps) >= 3 and any(h in _WEAK_GAMBLING_HUMPS for h in humps)
    ):
        return True
    # Two English words and a number ('ReelDragon88'); a name with a digit in it ('W3Techs')
    # is not built from words.
    common = [h for h in humps if h.isalpha() and len(h) >= 3 and zipf(h) > 0.0]
    return len(common) >= 2 and any(c.isdigit() for c in word) and word[:1].isupper()


_OPENING_QUOTES = "\"'“‘`"
_CLOSING_QUOTES = "\"'”’`"


def _quoted(sentence: str, word: str) -> bool:
    """A token the sentence quotes or marks as code ("user1", `key42`) is an example, not spam."""
    # A scan with str.find, not a regular expression built for each word: compiling one per
    # candidate word cost more than the rest of the check.
    start = sentence.find(word, 1)
    while start != -1:
        end = start + len(word)
        if (
            sentence[start - 1] in _OPENING_QUOTES
            and end < len(sentence)
            and sentence[end] in _CLOSING_QUOTES
        ):
            return True
        start = sentence.find(word, start + 1)
    return False


def _inflected(key: str) -> bool:
    """'archbishops', 'buttressed': a form of a known word the word list lacks."""
    for ending, base in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if (
            key.endswith(ending)
            and len(key) - len(ending) >= 4
            and zipf(key[: -len(ending)] + base) > 0.0
        ):
            return True
    return False


def injected_words(sentence: str, counts: Counter[str], vocabulary: set[str]) -> list[str]:
    """Words foreign to both English and this article, dropped in from elsewhere: lower-case
    nonsense, and glued brand tokens in any case pattern."""
    found = []
    for word in words(sentence):
        key = normal(word)
        if len(key) < 4 or not word.isalnum() or counts[key] != 1 or zipf(key) != 0.0:
            continue
        if _quoted(sentence, word) or _inflected(key):
            continue
        # Gambling vocabulary glued to other letters is spam even when the article's own spam
        # shares its first letters ("casino" in a plug, "casinoroyale7" in a sentence) or it
        # ends like English ("situsjudionline").
        gambling = bool(_GAMBLING_RE.search(key)) and len(key) >= 8
        if (
            word[:1].islower()
            and (gambling or (not _prefix_family(key, vocabulary) and _looks_glued(key)))
        ) or _glued_brand(word):
            found.append(word)
    return found


def remove_word(sentence: str, word: str) -> str:
    cleaned = re.sub(rf"\s*\b{re.escape(word)}\b", "", sentence, count=1).strip()
    return cleaned[:1].upper() + cleaned[1:] if sentence[:1].isupper() else cleaned


def _signature(sentence: str) -> list[str]:
    """Stems of the content words."""
    return [
        stem(word)
        for word in words(sentence)
        if normal(word) not in STOP_WORDS and len(word) >= 3 and not word.isdigit()
    ]


def _novel_names(sentence: str, counts: Counter[str]) -> set[str]:
    """Capitalised words (not the first) that the article uses nowhere else."""
    tokens = words(sentence)
    own = Counter(normal(w) for w in tokens)
    return {
        normal(w) for w in tokens[1:] if w[:1].isupper() and counts[normal(w)] == own[normal(w)]
    }


def interrupts(
    sentence: str, before: str, after: str, doc_stems: Counter[str], counts: Counter[str]
) -> bool:
    """A sentence that breaks the thread between two neighbours that share a topic.

    It brings in at least two names found nowhere else in the article, most of its content
    words are new, it shares at most one with its neighbours, and nothing in its opening
    (a pronoun, a connective, a quotation) ties it to what came before.
    """
    content = _signature(sentence)
    if len(content) < 6 or _ANAPHORA_RE.match(sentence) or re.search(r"\d", sentence):
        # A sentence with a date or a figure is reporting, not a plug dropped in.
        return False
    if any(w[:1].isupper() and counts[normal(w)] >= 3 for w in words(sentence)[1:]) or re.search(
        r"\b(?:he|she|him|his|hers)\b", sentence, re.IGNORECASE
    ):
        # It names someone or something the article keeps coming back to, or a person the
        # sentences before introduced: on topic.
        return False
    own = Counter(content)
    novelty = sum(1 for s in set(content) if doc_stems[s] == own[s]) / len(set(content))
    around_before, around_after = set(_signature(before)), set(_signature(after))
    return (
        len(_novel_names(sentence, counts)) >= 2
        and novelty >= 0.5
        and len(set(content) & (around_before | around_after)) <= 1
        and bool(around_before & around_after)
    )


def topic_words(texts: list[str]) -> frozenset[str]:
    """Words the article uses three times or more: its topic, never a sign of spam."""
    counts = Counter(normal(w) for t in texts for w in words(t))
    return frozenset(w for w, n in counts.items() if n >= 3)


# A Markdown line that is one link and nothing else ("[Top picks of the year](https://...)"):
# a teaser for another page. A list item of links is a list, judged elsewhere.
_BARE_LINK_RE = lazy_compile(r"^[*_]{0,2}\[[^\]]{3,}\]\([^)\s]+\)[*_]{0,2}\W{0,3}$")


def promotional_lines(lines: list[str]) -> tuple[list[str], list[Drop]]:
    """Whole lines that advertise (banners, "Also read:", sponsored blurbs, cookie notices),
    dropped before paragraphs are joined and headings found: such a line often looks like a
    heading. A line goes only when it stands alone (after a blank line, a finished sentence or
    a heading), is short, and every sentence in it shows some sign of promotion, or it opens
    with a boilerplate label. Longer lines are judged sentence by sentence later.
    """
    topic = topic_words(lines)
    kept: list[str] = []
    drops: list[Drop] = []
    previous = ""
    for line in lines:
        bare = line.strip()
        alone = not previous or previous.rstrip()[-1:] in '.!?:"”’)|' or len(previous) < 80
        if alone and _BARE_LINK_RE.match(bare):
            drops.append(Drop("line", bare, "a bare link line between paragraphs"))
            previous = ""
            continue
        if bare and alone and len(bare.split()) <= 45:
            promotional, signs = is_promotional(bare, topic)
            parts = re.split(r"(?<=[.!?])\s+", bare)
            labelled = "label" in signs
            if promotional and (
                (labelled and len(parts) <= 3) or all(score(p, topic)[0] >= 1.0 for p in parts)
            ):
                drops.append(Drop("line", bare, f"promotional ({signs})"))
                previous = ""
                continue
        kept.append(line)
        previous = bare
    return kept, drops


def _promotional_tail(sentence: str, topic: frozenset[str]) -> tuple[str, str]:
    """A plug spliced in after a semicolon of a real sentence ("...a predictable income; Trade
    crypto with zero commission. the calendar was...") -> (the article's words, the plug).
    ("", sentence) when the sentence is promotional from its start."""
    for semicolon in re.finditer(r";\s+", sentence):
        head, tail = sentence[: semicolon.end()], sentence[semicolon.end() :]
        # The article's sentence may resume after the plug, in lower case.
        resume = re.search(r"(?<=[.!?])\s+(?=[a-z])", tail)
        plug, rest = (tail[: resume.start()], tail[resume.end() :]) if resume else (tail, "")
        if (
            len(head.split()) >= 8
            and score(head, topic)[0] < 1.0
            and is_promotional(plug, topic)[0]
        ):
            return (head + rest if rest else head.rstrip(" ;") + "."), plug
    return "", sentence


def clean_paragraphs(
    paragraphs: list[list[str]], all_sentences: list[str]
) -> tuple[list[list[str]], list[Drop]]:
    """Paragraphs (lists of sentences) with spam removed, and what was removed and why."""
    topic = topic_words(all_sentences)
    counts: Counter[str] = Counter(normal(w) for s in all_sentences for w in words(s))
    vocabulary = set(counts)
    doc_stems: Counter[str] = Counter(st for s in all_sentences for st in _signature(s))
    drops: list[Drop] = []
    cleaned: list[list[str]] = []
    for paragraph in paragraphs:
        kept: list[str] = []
        for index, sentence in enumerate(paragraph):
            if index == 0:
                sentence = strip_dateline(sentence)
            if is_call_to_action(sentence):
                drops.append(Drop("sentence", sentence, "a call to action, not article content"))
                continue
            promotional, signs = is_promotional(sentence, topic)
            if promotional:
                sentence, plug = _promotional_tail(sentence, topic)
                drops.append(Drop("sentence", plug, f"promotional ({signs})"))
                if not sentence:
                    continue
            if 0 < index < len(paragraph) - 1 and interrupts(
                sentence, paragraph[index - 1], paragraph[index + 1], doc_stems, counts
            ):
                drops.append(
                    Drop(
                        "sentence",
                        sentence,
                        "off topic: names found nowhere else in "
                        "the article, no link to the sentences around it",
                    )
                )
                continue
            for word in injected_words(sentence, counts, vocabulary):
                drops.append(
                    Drop(
                        "word",
                        word,
                        f"unknown word used once, unrelated to the article, in {sentence!r}",
                    )
                )
                sentence = remove_word(sentence, word)
            kept.append(sentence)
        cleaned.append(kept)
    return cleaned, drops
