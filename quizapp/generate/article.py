"""Read an article's bytes into normalised paragraphs, then split it into headline and sections."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from quizapp.generate.furniture import is_furniture
from quizapp.generate.headings import (
    find_headings,
    is_colon_heading,
    is_markdown,
    is_numbered,
    is_question,
    strip_markdown_heading,
    strip_numbering,
)
from quizapp.generate.hygiene import Drop, promotional_lines, strip_dateline
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.structure import Block, parse_table

INTRO_TITLE = "Introduction"


class ArticleError(ValueError):
    """The input cannot be read as an article; the message is shown to the user as is."""


@dataclass(frozen=True)
class RawSection:
    title: str
    paragraphs: tuple[str, ...]
    is_intro: bool = False
    structures: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Article:
    headline: str | None
    sections: tuple[RawSection, ...]
    dropped: tuple[Drop, ...] = ()
    # What the page prints around the headline, kept out of the sections: bylines and dates,
    # and the one-line summary under the headline.
    furniture: tuple[str, ...] = ()
    standfirst: str | None = None


def decode_article(data: bytes) -> str:
    """UTF-8 text (BOM optional) or an ArticleError saying why not."""
    if not data.strip():
        raise ArticleError("the article is empty")
    if b"\x00" in data:
        raise ArticleError("the article is not text (it looks like a binary file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"the article is not UTF-8 text (bad byte at offset {exc.start})"
        raise ArticleError(message) from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise ArticleError("the article is not text (too many control characters)")
    return text


_SPACE_RE = lazy_compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MD_LINK_RE = lazy_compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = lazy_compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_BULLET_RE = lazy_compile(r"^(?:[-*+•]|>)\s+")


def normalise_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line.replace("\ufeff", ""))
    line = "".join(c for c in line if unicodedata.category(c) != "Cc" or c == "\t")
    line = _MD_LINK_RE.sub(r"\1", line)
    line = _MD_EMPHASIS_RE.sub(r"\2", line)
    line = _BULLET_RE.sub("", line.strip())
    return _SPACE_RE.sub(" ", line).strip()


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Blank-line separated text whose paragraphs span several short lines."""
    multi = [b for b in blocks if len(b) > 1]
    if not multi:
        return False
    lengths = sorted(len(line) for b in multi for line in b)
    # Wrapped text has no line much longer than its width; one paragraph per line has many
    # (short headings and list lines alone pull the median down, as in a Q&A article).
    long_lines = sum(n > 120 for n in lengths)
    return lengths[len(lengths) // 2] <= 100 and long_lines * 10 < len(lengths)


_FENCE_RE = lazy_compile(r"^\s*(?:```|~~~)")
_SETEXT_RE = lazy_compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_RE = lazy_compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")  # "---", "* * *": a break, no text
_LIST_ITEM_RE = lazy_compile(r"^\s*(?:(?P<bullet>[-*+•])|(?P<num>\d{1,2})[.)])\s+(?P<item>\S.*)$")
_TABLE_LINE_RE = lazy_compile(r"^\s*\|.*\|\s*$")


def _setext_level(line: str, underline: str) -> int:
    """1 or 2 for a Setext heading ("Title" over "=====", "Section" over "-----"), else 0."""
    match = _SETEXT_RE.match(underline)
    if match is None or len(match.group(1)) < 3 or not line.strip():
        return 0
    if _LIST_ITEM_RE.match(line) or _TABLE_LINE_RE.match(line) or _FENCE_RE.match(line):
        return 0
    if len(line.split()) > 16 or line.lstrip().startswith("#"):
        return 0
    return 1 if match.group(1)[0] == "=" else 2


# A paragraph that stands for a table or list; parse_article turns it into a Block.
MARKER = "\x1e"


def _structure_pass(text: str) -> tuple[list[str], list[Block]]:
    """Raw lines with code blocks removed and tables and lists (2+ items) replaced by markers.

    A list item that is a whole sentence stays in the text as well, as a paragraph of its own.
    """
    # The marker character is ours: one in the article itself would read as a block.
    text = text.replace(MARKER, " ")
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    blocks: list[Block] = []
    in_code = False
    i = 0
    while i < len(raw):
        line = raw[i]
        if _FENCE_RE.match(line):
            in_code = not in_code
            out.append("")
            i += 1
            continue
        if in_code:
            out.append("")
            i += 1
            continue
        level = _setext_level(line, raw[i + 1]) if i + 1 < len(raw) else 0
        if level and (i == 0 or not raw[i - 1].strip()):
            # Underlined, after a blank line: a heading, written as Markdown's "#" form.
            out.extend(["#" * level + " " + line.strip(), ""])
            i += 2
            continue
        if _RULE_RE.match(line):
            out.append("")
            i += 1
            continue
        if _TABLE_LINE_RE.match(line):
            j = i
            while j < len(raw) and _TABLE_LINE_RE.match(raw[j]):
                j += 1
            blocks.append(Block("table", "", parse_table(raw[i:j])))
            out.extend(["", f"{MARKER}{len(blocks) - 1}", ""])
            i = j
            continue
        j = i
        while j < len(raw) and _LIST_ITEM_RE.match(raw[j]):
            j += 1
        if j - i >= 2:
            matches = [_LIST_ITEM_RE.match(x) for x in raw[i:j]]
            items = tuple(normalise_line(m.group("item")) for m in matches if m)
            ordered = all(m and m.group("num") for m in matches)
            blocks.append(Block("list", "", tuple((x,) for x in items), ordered))
            out.extend(["", f"{MARKER}{len(blocks) - 1}", ""])
            for item in items:
                if item.endswith(".") and len(item.split()) >= 7:
                    out.extend([item, ""])
            i = j
            continue
        if _is_bold_heading(line) and any(x.strip() for x in out) and not raw[i - 1].strip():
            # "**Key terms:**" alone on a line: the writer's heading, colon or not.
            out.extend(["#### " + normalise_line(line).removesuffix(":"), ""])
            i += 1
            continue
        out.append(line)
        i += 1
    return out, blocks


_BOLD_LINE_RE = lazy_compile(r"^\s*(\*\*|__)(?P<inner>[A-Z“\"'‘][^*_]*?)\1\s*$")


# "**Note:**", "**Tip:**": a label for the paragraph under it, which belongs to its section.
_CALLOUTS = frozenset(
    {"note", "tip", "tips", "warning", "caution", "important", "example", "answer"}
    | {"solution", "hint", "remember", "source", "sources", "update", "editor's note"}
)


def _is_bold_heading(line: str) -> bool:
    """A short line set wholly in bold that reads as a label, not a sentence or a formula."""
    match = _BOLD_LINE_RE.match(line)
    if match is None:
        return False
    inner = match.group("inner").strip()
    return (
        inner.rstrip(":").lower() not in _CALLOUTS
        and len(inner.split()) <= 12
        and inner[-1:] not in ".!,;"
        and not re.search(r"[→=+<>]|[.!?]\s", inner)
    )


def split_paragraphs(text: str) -> list[str]:
    """One paragraph per line, or blank-line separated blocks whose wrapped lines are joined."""
    raw, _ = _structure_pass(text)
    return _paragraphs(raw)


def _paragraphs(raw: list[str]) -> list[str]:
    lines = [line if line.startswith(MARKER) else normalise_line(line) for line in raw]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if not _is_hard_wrapped(blocks):
        return [line for b in blocks for line in b]
    paragraphs: list[str] = []
    for block in blocks:
        current: list[str] = []
        top = not any(_is_prose(p) for p in paragraphs)
        for i, line in enumerate(block):
            # A heading written directly above its paragraph stays a line of its own, and so
            # does a byline or date under the headline ("By Jane Doe", "Updated 3 March 2024").
            standalone = (
                line.startswith("#")
                or (i == 0 and len(block) > 1 and _looks_like_title(line, block[1]))
                or (top and is_furniture(line, top=True))
            )
            if standalone:
                if current:
                    paragraphs.append(" ".join(current))
                    current = []
                paragraphs.append(line)
            else:
                current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs


def _is_prose(paragraph: str) -> bool:
    """A paragraph of running text: a dozen words or more, ending as a sentence does."""
    return (
        not paragraph.startswith(MARKER)
        and len(paragraph.split()) >= 12
        and paragraph.rstrip()[-1:] in '.!?"”’)'
    )


def _without_furniture(paragraphs: list[str]) -> tuple[list[str], list[str], set[int]]:
    """Paragraphs without bylines, date stamps and reading times; those lines; and the indexes
    (in what is kept) of the paragraphs a furniture line followed."""
    kept: list[str] = []
    furniture: list[str] = []
    after: set[int] = set()
    top = True
    for paragraph in paragraphs:
        if not paragraph.startswith(MARKER) and is_furniture(
            strip_markdown_heading(paragraph), top=top
        ):
            furniture.append(paragraph)
            if kept:
                after.add(len(kept) - 1)
            continue
        top = top and not _is_prose(paragraph)
        kept.append(paragraph)
    return kept, furniture, after


def _standfirst(
    paragraphs: list[str], headline: int | None, headings: set[int], after: set[int]
) -> bool:
    """Whether the line under the headline is its one-line summary rather than a heading:
    "Philae touches down on 67P after a ten-year chase, but harpoons fail to fire", set above
    the byline or the report's datelined first paragraph, not above a section of its own."""
    if headline != 0 or 1 not in headings or len(paragraphs) < 3 or 2 in headings:
        return False
    line, following = paragraphs[1], paragraphs[2]
    if is_markdown(line) or is_numbered(line) or is_question(line) or not _is_prose(following):
        return False
    return 1 in after or strip_dateline(following) != following or len(line.split()) >= 12


def _looks_like_title(line: str, following: str) -> bool:
    # "The tunnel in numbers:" straight above its paragraph is a label too (find_headings
    # decides whether the article uses that style).
    return (
        len(line) < 0.6 * max(len(following), 1)
        and (not re.search(r"[.,;:!\"”’]$", line) or is_colon_heading(line))
        and len(line.split()) <= 12
        and following[:1].isupper()
    )


_TOKEN_RE = lazy_compile(r"[^\W\d_][\w'’-]*")


def recased(title: str, body: list[str]) -> str:
    """An ALL CAPS headline in the article's own spelling: 'EUROPEAN PROBE LANDS ON A COMET'
    -> 'European probe lands on a comet', 'ESA' and 'Black Sea' as the text writes them."""
    forms: dict[str, Counter[str]] = {}
    for paragraph in body:
        for match in _TOKEN_RE.finditer(paragraph):
            before = paragraph[: match.start()].rstrip()
            if not before or before[-1] in ".!?:\"“":
                continue  # a sentence's first word is capitalised whatever it is
            word = match.group()
            forms.setdefault(word.lower(), Counter())[word] += 1

    def spelled(match: re.Match[str]) -> str:
        seen = forms.get(match.group().lower())
        return seen.most_common(1)[0][0] if seen else match.group().lower()

    out = _TOKEN_RE.sub(spelled, title)
    # The first word, and the first after a colon, open the title.
    return re.sub(r"(^|:\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), out)


def _intro_of(body: list[str]) -> str:
    """The sentence just before a table or list: its last sentence, when it introduces one."""
    if not body:
        return ""
    last = re.split(r"(?<=[.!?])\s+", body[-1].strip())[-1]
    return last if len(last.split()) <= 30 else ""


def parse_article(text: str) -> Article:
    """Headline (if any) and sections in article order; intro paragraphs form "Introduction"."""
    raw, blocks = _structure_pass(text)
    raw, dropped = promotional_lines(raw)
    paragraphs, furniture, after = _without_furniture(_paragraphs(raw))
    if not [p for p in paragraphs if not p.startswith(MARKER)]:
        raise ArticleError("the article is empty")
    headline_index, heading_indexes = find_headings(paragraphs)
    standfirst = None
    if _standfirst(paragraphs, headline_index, heading_indexes, after):
        standfirst = paragraphs.pop(1)
        headline_index, heading_indexes = find_headings(paragraphs)
    headline = None
    if headline_index is not None:
        headline = strip_markdown_heading(paragraphs[headline_index])
        if headline.isupper() and len(headline.split()) > 1:
            body = [p for i, p in enumerate(paragraphs) if i not in heading_indexes | {0}]
            headline = recased(headline, body)
    sections: list[RawSection] = []
    title, is_intro = INTRO_TITLE, True
    body: list[str] = []
    found: list[Block] = []
    intro_open = False  # a table or list is introduced only by the paragraph just above it
    for i, paragraph in enumerate(paragraphs):
        if i == headline_index:
            continue
        if paragraph.startswith(MARKER):
            block = blocks[int(paragraph[1:])]
            intro = _intro_of(body) if intro_open else ""
            found.append(Block(block.kind, intro, block.rows, block.ordered))
            intro_open = False
            continue
        intro_open = True
        if i in heading_indexes:
            if body or found:
                sections.append(RawSection(title, tuple(body), is_intro, tuple(found)))
            elif not is_intro:
                sections.append(RawSection(title, (), False))
            title, is_intro, body, found = (
                strip_numbering(strip_markdown_heading(paragraph)).removesuffix(":"),
                False,
                [],
                [],
            )
        else:
            body.append(paragraph)
    if body or found or not is_intro:
        sections.append(RawSection(title, tuple(body), is_intro, tuple(found)))
    return Article(
        headline=headline,
        sections=tuple(sections),
        dropped=tuple(dropped),
        furniture=tuple(furniture),
        standfirst=standfirst,
    )
