"""The bundled roadmap prepared as data when the wheel is built, and used while its sources still match.

Reading and checking the roadmap's eight YAML files, and building pydantic's validators for its
models, took about a third of a one-file `validate`. The wheel's build hook (`hatch_build.py`) loads
and checks the bundled roadmap once and ships the result as JSON beside it (plain data, never code,
and inside the installed package, never in a folder a user writes to). It is keyed on each source
file's SHA-256 and the package's version: a checkout, an editable install or an edited file has no
matching data, and the roadmap is read and checked from its sources as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cmhroadmap import __version__
from cmhroadmap.roadmap.model import Deliverable, RoadmapFile
from cmhroadmap.roadmap.roadmap import PlacedDeliverable, Roadmap, RoadmapResult
from cmhroadmap.yamlread.source import SourceDocument, display_path

# Bump when what is written changes shape, so that older data is never read as newer.
FORMAT = 1
PREPARED_NAME = "prepared-roadmap.json"


def prepared_text(result: RoadmapResult) -> str | None:
    """The prepared data of a loaded roadmap, or None when it had any problem (the source then speaks)."""
    roadmap = result.roadmap
    if roadmap is None or result.problems:
        return None
    entries = [
        {
            "file": Path(entry.document.path).name,
            "column": entry.column,
            "loc": list(entry.loc),
            "deliverable": entry.deliverable.model_dump(mode="json"),
        }
        for entry in roadmap.entries.values()
    ]
    data = {
        "key": source_key(roadmap.directory, [path.name for path in result.sources]),
        "meta": roadmap.meta.model_dump(mode="json"),
        "entries": entries,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def source_key(directory: Path, names: list[str]) -> dict[str, Any]:
    """What the data was prepared from: the format, the package's version and each file's hash."""
    return _key({name: (directory / name).read_bytes() for name in names})


def _key(contents: dict[str, bytes]) -> dict[str, Any]:
    files = {name: hashlib.sha256(content).hexdigest() for name, content in contents.items()}
    return {"format": FORMAT, "version": __version__, "files": files}


def load_prepared(prepared: Path, directory: Path) -> RoadmapResult | None:
    """The roadmap in `directory` from its prepared data, or None if there is none or it is stale."""
    try:
        data = json.loads(prepared.read_bytes())
        key = data["key"]
        if key["format"] != FORMAT or key["version"] != __version__:
            return None
        contents = {name: (directory / name).read_bytes() for name in key["files"]}
        if _key(contents) != key:
            return None
        documents = {name: _unread(directory / name, content) for name, content in contents.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    roadmap = Roadmap(_model(RoadmapFile, data["meta"]), directory, documents["roadmap.yaml"])
    for item in data["entries"]:
        document = documents[item["file"]]
        deliverable = _model(Deliverable, item["deliverable"])
        roadmap.entries[deliverable.id] = PlacedDeliverable(
            deliverable, item["column"], document, tuple(item["loc"])
        )
    return RoadmapResult(roadmap, [], [directory / name for name in key["files"]])


def _unread(path: Path, content: bytes) -> SourceDocument:
    # The checks ran when the data was prepared and found nothing; a later check (a newer version's
    # lineage) can still place a problem, as positions are worked out from the text when one needs them.
    return SourceDocument(display_path(path), None, unlocated=content.decode("utf-8"))


_Model = typing.TypeVar("_Model", bound=BaseModel)
_Convert = Callable[[Any], Any]


def _model(cls: type[_Model], data: dict[str, Any]) -> _Model:
    """A model from data its own validation wrote: built field by field, without building a validator."""
    converters = _converters(cls)
    return cls.model_construct(
        **{
            name: value if (convert := converters[name]) is None else convert(value)
            for name, value in data.items()
        }
    )


@cache
def _converters(cls: type[BaseModel]) -> dict[str, _Convert | None]:
    # Worked out once for each model: what turns each field's JSON back into its value (None: as it is).
    return {name: _converter(info.annotation) for name, info in cls.model_fields.items()}


def _converter(annotation: Any) -> _Convert | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _converter(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        [inner] = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        convert = _converter(inner)
        return None if convert is None else lambda value: None if value is None else convert(value)
    if origin is tuple:
        each = _converter(typing.get_args(annotation)[0])
        return tuple if each is None else lambda value: tuple(map(each, value))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        model = annotation
        return lambda value: _model(model, value)
    if annotation is dt.date:
        return dt.date.fromisoformat
    return None
