"""The formats the tool writes, and the registry each kind of output declares its formats in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any, Generic, TypeVar

Renderer = TypeVar("Renderer", bound=Callable[..., Any])

# Excel opens a CSV file as UTF-8 only when it starts with this mark; other tools skip it.
BYTE_ORDER_MARK = "\ufeff"
STDOUT = "-"


@dataclass(frozen=True)
class Format(Generic[Renderer]):
    """One format: its --format name, how a message names it, its file extensions and media type.

    `extensions` are lower case with their dot, the usual one first; none means the format is for
    the terminal only. `binary` formats cannot be printed to standard output.
    """

    name: str
    words: str  # "a CSV file", for messages
    extensions: tuple[str, ...]
    media_type: str
    binary: bool = False
    render: Renderer | None = None

    def rendered_by(self, render: Renderer) -> Format[Renderer]:
        return replace(self, render=render)

    @property
    def extension(self) -> str:
        return self.extensions[0] if self.extensions else ""

    @property
    def file_prefix(self) -> str:
        """What a file of this format starts with: the byte-order mark Excel needs, for a CSV file."""
        return BYTE_ORDER_MARK if self.name == "csv" else ""

    def for_file(self, text: str) -> str:
        """Text as a file of this format holds it: a CSV file starts with its byte-order mark."""
        return self.file_prefix + text


TEXT: Format[Any] = Format("text", "text for the terminal", (), "text/plain")
GITHUB: Format[Any] = Format("github", "GitHub annotations", (), "text/plain")
PLAIN_TEXT: Format[Any] = Format("text", "a text file", (".txt",), "text/plain")
MARKDOWN: Format[Any] = Format("markdown", "a Markdown file", (".md", ".markdown"), "text/markdown")
HTML: Format[Any] = Format("html", "an HTML page", (".html", ".htm"), "text/html")
CSV: Format[Any] = Format("csv", "a CSV file", (".csv",), "text/csv")
JSON: Format[Any] = Format("json", "a JSON file", (".json",), "application/json")
YAML: Format[Any] = Format("yaml", "a YAML file", (".yaml", ".yml"), "application/yaml")
MERMAID: Format[Any] = Format("mermaid", "a Mermaid diagram", (".mmd", ".mermaid"), "text/vnd.mermaid")
DOT: Format[Any] = Format("dot", "a Graphviz DOT file", (".dot", ".gv"), "text/vnd.graphviz")
XLSX: Format[Any] = Format(
    "xlsx",
    "an Excel workbook",
    (".xlsx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    binary=True,
)
DOCX: Format[Any] = Format(
    "docx",
    "a Word document",
    (".docx",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    binary=True,
)
PDF: Format[Any] = Format("pdf", "a PDF file", (".pdf",), "application/pdf", binary=True)

# Every format the tool knows; a new one is added here once, then to the registries that write it.
KNOWN = (TEXT, GITHUB, PLAIN_TEXT, MARKDOWN, HTML, CSV, JSON, YAML, MERMAID, DOT, XLSX, DOCX, PDF)
_BY_EXTENSION = {extension: known for known in KNOWN for extension in known.extensions}


class FormatRefused(ValueError):
    """The format asked for and the -o file cannot go together; the message says why and what to do."""


@dataclass(frozen=True)
class Registry(Generic[Renderer]):
    """The formats one kind of output can be written in, the first being the default."""

    kind: str  # what is written, for messages: "a report", "the export"
    formats: tuple[Format[Renderer], ...]

    def __iter__(self) -> Iterator[Format[Renderer]]:
        return iter(self.formats)

    def __getitem__(self, name: str) -> Format[Renderer]:
        for known in self.formats:
            if known.name == name:
                return known
        raise KeyError(name)

    def names(self) -> list[str]:
        return [known.name for known in self.formats]

    @property
    def default(self) -> Format[Renderer]:
        return self.formats[0]

    def for_extension(self, suffix: str) -> Format[Renderer] | None:
        return next((known for known in self.formats if suffix.lower() in known.extensions), None)

    def choose(
        self, given: str | None, output: PurePath | None, default: str | None = None
    ) -> Format[Renderer]:
        """The format asked for, else the one the -o file's extension names, else the default.

        FormatRefused when they contradict: an extension of another format than the one asked for,
        or of a format this output is never written in (report -o x.csv, export -o e.xlsx).
        """
        chosen = self[given] if given is not None else None
        fallback = self[default] if default is not None else self.default
        if output is None or str(output) == STDOUT:
            return chosen or fallback
        suffix = output.suffix.lower()
        named = self.for_extension(suffix)
        other = _BY_EXTENSION.get(suffix)
        if chosen is None:
            if named is not None:
                return named
            if other is not None:
                raise FormatRefused(
                    f"-o {output.name} names {other.words}, but {self.kind} is written as "
                    f"{self.choices()}; end the file name to match"
                )
            return fallback
        if (named is not None and named is not chosen) or (named is None and other is not None):
            shown = named or other
            assert shown is not None
            raise FormatRefused(
                f"-o {output.name} names {shown.words}, but --format {chosen.name} writes {chosen.words}; "
                f"leave out --format, or end the file name {chosen.extension or 'to match'}"
            )
        return chosen

    def choices(self) -> str:
        """'a Markdown file (.md) or an HTML page (.html)': the formats that can go to a file."""
        files = [f"{known.words} ({known.extension})" for known in self.formats if known.extensions]
        return " or ".join([", ".join(files[:-1]), files[-1]] if len(files) > 2 else files)
