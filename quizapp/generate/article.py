"""Read an article's bytes into normalised paragraphs, then split it into headline and sections."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quizapp.generate.headings import find_headings, is_colon_heading, strip_markdown_heading
from quizapp.generate.hygiene import Drop, promotional_lines
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


_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_BULLET_RE = re.compile(r"^(?:[-*+•]|>)\s+")


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


_FENCE_RE = re.compile(r"^\s*(?:```|~~~)")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_RE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")  # "---", "* * *": a break, no text
_LIST_ITEM_RE = re.compile(r"^\s*(?:(?P<bullet>[-*+•])|(?P<num>\d{1,2})[.)])\s+(?P<item>\S.*)$")
_TABLE_LINE_RE = re.compile(r"^\s*\|.*\|\s*$")


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
_NUMBER_PREFIX_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.):]|\d{1,2}\.\d{1,2}|[IVX]{1,5}[.):]|"
    r"(?:Part|Step|Chapter|Section)\s+\d{1,2}[.:]?)\s+(?=\S)"
)


def strip_numbering(title: str) -> str:
    """'2. Beginnings under the Han' -> 'Beginnings under the Han'."""
    stripped = _NUMBER_PREFIX_RE.sub("", title, count=1).strip()
    return stripped or title


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
        out.append(line)
        i += 1
    return out, blocks


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
        for i, line in enumerate(block):
            # A heading written directly above its paragraph stays a line of its own.
            standalone = line.startswith("#") or (
                i == 0 and len(block) > 1 and _looks_like_title(line, block[1])
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


def _looks_like_title(line: str, following: str) -> bool:
    # "The tunnel in numbers:" straight above its paragraph is a label too (find_headings
    # decides whether the article uses that style).
    return (
        len(line) < 0.6 * max(len(following), 1)
        and (not re.search(r"[.,;:!\"”’]$", line) or is_colon_heading(line))
        and len(line.split()) <= 12
        and following[:1].isupper()
    )


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
    paragraphs = _paragraphs(raw)
    if not [p for p in paragraphs if not p.startswith(MARKER)]:
        raise ArticleError("the article is empty")
    headline_index, heading_indexes = find_headings(paragraphs)
    headline = None
    if headline_index is not None:
        headline = strip_markdown_heading(paragraphs[headline_index])
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
    return Article(headline=headline, sections=tuple(sections), dropped=tuple(dropped))
