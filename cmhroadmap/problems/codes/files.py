"""Codes for reading a file at all: finding it, its size, its encoding and its YAML."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR = Severity.ERROR

GROUP = Group(
    "Reading a file",
    (
        Code(
            "file-not-found",
            ERROR,
            "No file at this path",
            "The path given (or named in the roadmap) leads to no file.",
            "Check the spelling and the folder; run the command from the folder the path is relative to.",
            "cmhroadmap validate assessments/north-riverside/2023-24.yml   # the file is .yaml",
        ),
        Code(
            "not-a-file",
            ERROR,
            "The path is a folder, device or pipe, not a file",
            "Only regular files are read: a folder, a device (such as /dev/zero) or a named pipe is refused.",
            "Give the path of the file itself; to check a whole folder, use `validate FOLDER`.",
            "cmhroadmap assess assessments/north-riverside",
        ),
        Code(
            "file-too-large",
            ERROR,
            "The file is larger than any real input",
            "Inputs are read only up to a limit, far above any real roadmap, assessment or workbook, so "
            "that a wrong file cannot take all the memory.",
            "Check that this is the file you meant; an assessment is a few tens of kilobytes.",
            "cmhroadmap validate backup.tar",
        ),
        Code(
            "unreadable",
            ERROR,
            "The file cannot be read",
            "The system refused to read the file, for example because you may not read it.",
            "Check the file's permissions, or copy it somewhere you can read it.",
            "cmhroadmap validate /root/assessment.yaml",
        ),
        Code(
            "not-utf8",
            ERROR,
            "The file is not UTF-8 text",
            "YAML files must be saved as UTF-8; this one has a byte that UTF-8 does not allow, often from "
            "an editor saving in a Windows code page.",
            "Save the file again as UTF-8 (in most editors: Save As, Encoding: UTF-8).",
            "evidence: Caf\\xe9 notes   # saved as Windows-1252",
        ),
        Code(
            "workbook-not-yaml",
            ERROR,
            "An Excel workbook was given where a YAML file is read",
            "validate, assess and report read YAML files; a filled-in workbook must be imported first.",
            "Run `cmhroadmap workbook import WORKBOOK.xlsx -o assessment.yaml`, then use the YAML file.",
            "cmhroadmap assess north-riverside.xlsx",
        ),
        Code(
            "yaml-syntax",
            ERROR,
            "The text is not valid YAML",
            "The YAML reader could not read the file at this point: often a missing space after a colon, "
            "a tab used for indenting, or an unclosed quote.",
            "Look at the line named and the one before it; the message says what was expected.",
            'evidence: "Signed off 2024   # the quote is never closed',
        ),
        Code(
            "duplicate-key",
            ERROR,
            "A key is written twice in the same mapping",
            "YAML would keep only the last value, so one of the two would be lost without a word.",
            "Keep one of the two, or merge what they say.",
            "joint-governance:\n  rating: 3\n  rating: 2",
        ),
        Code(
            "bad-character",
            ERROR,
            "The file holds a character YAML does not allow",
            "A control character or half of a character pair is in the text, often pasted from another "
            "program; it cannot be shown and YAML refuses it.",
            "Delete the character at the position named (retype the word around it).",
            "evidence: Board minutes\\x07",
        ),
        Code(
            "too-deep",
            ERROR,
            "Nested far deeper than any real file",
            "Mappings or lists are nested more levels deep than any roadmap or assessment needs.",
            "Check the indentation: a file is usually a few levels deep.",
            "a: {b: {c: {d: {e: ...}}}}   # hundreds of levels",
        ),
        Code(
            "too-many-values",
            ERROR,
            "The file holds far more values than any real one",
            "Reading stops past a limit far above any real file, so that a wrong file cannot take minutes.",
            "Check that this is the file you meant.",
            "deliverables: [1, 1, 1, ...]   # millions of values",
        ),
        Code(
            "yaml-alias",
            ERROR,
            "Anchors and aliases (& and *) are not allowed",
            "YAML lets a value be repeated by reference; our files never need it, and it can make a small "
            "file expand enormously.",
            "Write the value out where it is used.",
            "evidence: *board_minutes",
        ),
        Code(
            "yaml-merge",
            ERROR,
            "Merge keys (<<) are not allowed",
            "A merge key copies the keys of another mapping in; our files never need it.",
            "Write the keys out in full, or quote '<<' if you meant the text.",
            "joint-governance:\n  <<: *defaults",
        ),
        Code(
            "yaml-version",
            ERROR,
            "A %YAML line names a version that does not exist",
            "The file starts with a %YAML directive the reader cannot honour.",
            "Delete the %YAML line.",
            "%YAML 9.9",
        ),
        Code(
            "unknown-tag",
            ERROR,
            "A YAML tag (!something) is not allowed",
            "Tags ask YAML to build a particular type; our files hold plain text, numbers, lists and "
            "mappings only.",
            "Delete the tag, or quote the value if the ! belongs to the text.",
            "rating: !!float 3",
        ),
        Code(
            "complex-key",
            ERROR,
            "A key that is not plain text",
            "A key is a list, a mapping, or reads the same as another key once written as text "
            "(null and 'null', 1 and '1').",
            "Write each key as plain text, once.",
            "? [a, b]\n: 3",
        ),
        Code(
            "not-decimal",
            ERROR,
            "A number not written with the digits 0-9",
            "YAML reads 0x1F, 0o17, 1_000 and 1:30 as numbers, which a person filling in a rating does "
            "not mean.",
            "Write whole numbers with the digits 0-9 only, or quote the value if it is text.",
            "rating: 0x3",
        ),
        Code(
            "number-too-long",
            ERROR,
            "A number thousands of digits long",
            "No value in our files needs more than a few digits.",
            "Write the number you meant.",
            "rating: 33333333333333333333333333333333333333333333...",
        ),
    ),
)
