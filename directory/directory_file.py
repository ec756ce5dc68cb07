"""The directory file (contract section 2): its shape, and every check made before anything is written.

`parse_directory_file` turns raw bytes into a `DirectoryFile` or raises `InvalidDirectoryFile` with every
problem found, each with its JSON path (`hospitals[3].languages[1]`) and a plain message. Checks that
need the live directory (district and insurer ids) take the known ids as arguments, so this module
never touches the database.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from directory.vocabulary.languages import iso_639_1_codes
from directory.vocabulary.specialties import SPECIALTIES
from directory.vocabulary.terms import LOCALES

FORMAT_VERSION: Final = 1
ID_PATTERN: Final = re.compile(r"[a-z0-9][a-z0-9-]{1,63}")
SPECIALTY_CODES: Final = frozenset(term.id for term in SPECIALTIES)
_URL: Final = re.compile(
    r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?|https?://localhost(?::\d+)?(?:[/?#]\S*)?"
)


@dataclass(frozen=True, slots=True)
class FileError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidDirectoryFile(Exception):
    """The file cannot be imported; `errors` lists every problem, nothing has been written."""

    def __init__(self, errors: Sequence[FileError]) -> None:
        super().__init__(f"{len(errors)} error(s) in the directory file")
        self.errors = list(errors)


def _check_id(value: str) -> str:
    if not ID_PATTERN.fullmatch(value):
        raise PydanticCustomError(
            "bad_id",
            'invalid id "{value}": use 2 to 64 of a-z, 0-9 and "-", starting with a letter or digit',
            {"value": value},
        )
    return value


def _check_language(code: str) -> str:
    if code not in iso_639_1_codes():
        raise PydanticCustomError("unknown_language", 'unknown language code "{code}"', {"code": code})
    return code


def _check_specialty(code: str) -> str:
    if code not in SPECIALTY_CODES:
        raise PydanticCustomError("unknown_specialty", 'unknown specialty code "{code}"', {"code": code})
    return code


def _check_url(url: str) -> str:
    if not _URL.fullmatch(url):
        raise PydanticCustomError("bad_url", 'not an http:// or https:// URL: "{url}"', {"url": url})
    return url


def _check_text(text: str) -> str:
    if not text.strip():
        raise PydanticCustomError("empty_text", "must not be empty")
    return text


def _check_date(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise PydanticCustomError(
            "bad_date", 'not a date of the form YYYY-MM-DD: "{text}"', {"text": text}
        ) from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise PydanticCustomError("bad_date", 'not a date of the form YYYY-MM-DD: "{text}"', {"text": text})
    return text


Id = Annotated[StrictStr, AfterValidator(_check_id)]
Text = Annotated[StrictStr, AfterValidator(_check_text)]
LanguageCode = Annotated[StrictStr, AfterValidator(_check_language)]
SpecialtyCode = Annotated[StrictStr, AfterValidator(_check_specialty)]
Url = Annotated[StrictStr, AfterValidator(_check_url)]
IsoDate = Annotated[StrictStr, AfterValidator(_check_date)]
Localized = dict[Literal["en", "zh", "ja", "de", "fr"], Text]


def _require_locales(value: dict[str, str], *locales: str) -> dict[str, str]:
    missing = [locale for locale in locales if locale not in value]
    if missing:
        raise PydanticCustomError(
            "missing_locale",
            "needs a text in {locales}",
            {"locales": " and ".join(f'"{m}"' for m in missing)},
        )
    return value


def _unique(values: list[str]) -> list[str]:
    repeated = [value for value, count in Counter(values).items() if count > 1]
    if repeated:
        raise PydanticCustomError("duplicate", 'lists "{value}" twice', {"value": repeated[0]})
    return values


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TermRecord(_Strict):
    id: Id
    name: Localized
    aliases: list[Text] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _english_name(cls, name: dict[str, str]) -> dict[str, str]:
        return _require_locales(name, "en")


class InternationalDesk(_Strict):
    phone: Text | None = None
    email: Annotated[StrictStr, AfterValidator(_check_text)] | None = None
    hours: Localized | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, email: str | None) -> str | None:
        if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise PydanticCustomError("bad_email", 'not an e-mail address: "{email}"', {"email": email})
        return email


class Location(_Strict):
    # StrictFloat takes integers too (30 -> 30.0); a union with StrictInt would report a string twice.
    lat: StrictFloat = Field(ge=-90, le=90)
    lon: StrictFloat = Field(ge=-180, le=180)


class HospitalRecord(_Strict):
    id: Id
    name: Localized
    district: Id
    address: Localized
    phone: Text
    international_desk: InternationalDesk | None = None
    website: Url | None = None
    location: Location | None = None
    languages: list[LanguageCode]
    specialties: list[SpecialtyCode] = Field(min_length=1)
    emergency_24h: StrictBool = False
    direct_billing: list[Id] = Field(default_factory=list)
    accreditations: list[Text] = Field(default_factory=list)
    verified_on: IsoDate | None = None
    notes: Localized | None = None

    @field_validator("name", "address")
    @classmethod
    def _english_and_chinese(cls, value: dict[str, str]) -> dict[str, str]:
        return _require_locales(value, "en", "zh")

    @field_validator("languages", "specialties", "direct_billing", "accreditations")
    @classmethod
    def _no_repeats(cls, values: list[str]) -> list[str]:
        return _unique(values)


class DirectoryFile(_Strict):
    version: StrictInt
    hospitals: list[HospitalRecord]
    insurers: list[TermRecord] = Field(default_factory=list)
    districts: list[TermRecord] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version != FORMAT_VERSION:
            raise PydanticCustomError(
                "bad_version",
                "unsupported format version {version}: this MedNav reads version 1",
                {"version": version},
            )
        return version


_PLAIN_MESSAGES: Final = {
    "extra_forbidden": 'unknown key "{key}"',
    "missing": "required key is missing",
    "string_type": "must be a string",
    "bool_type": "must be true or false",
    "int_type": "must be an integer",
    "float_type": "must be a number",
    "list_type": "must be an array",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "literal_error": 'unknown locale "{key}": use one of ' + ", ".join(LOCALES),
    "too_short": "must not be empty",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
}


def json_path(location: Iterable[int | str]) -> str:
    """('hospitals', 3, 'languages', 1) -> 'hospitals[3].languages[1]'."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _plain_error(error: Any) -> FileError:
    location = list(error["loc"])
    kind = error["type"]
    # Pydantic reports a union member by name ("str", "float"); the path a person reads has none.
    location = [part for part in location if not (isinstance(part, str) and part in {"str", "float", "int"})]
    if kind == "literal_error" and location and location[-1] == "[key]":
        # A Localized key out of the list: pydantic names the key, then the "[key]" part of it.
        location.pop()
    if kind in {"extra_forbidden", "literal_error"} and location:
        key = location.pop()
        return FileError(json_path(location), _PLAIN_MESSAGES[kind].format(key=key))
    template = _PLAIN_MESSAGES.get(kind)
    if template is None:
        return FileError(json_path(location), error["msg"])
    # Bounds of float fields come as floats: "at most 90", not "at most 90.0".
    context = {
        name: int(value) if isinstance(value, float) and value.is_integer() else value
        for name, value in error.get("ctx", {}).items()
    }
    return FileError(json_path(location), template.format(**context))


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    if repeated:
        raise ValueError(f'key "{repeated[0]}" appears twice in one object')
    return dict(pairs)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_json(raw: bytes, max_bytes: int) -> Any:
    if len(raw) > max_bytes:
        raise InvalidDirectoryFile(
            [FileError("", f"the file has {len(raw):,} bytes; an import takes at most {max_bytes:,}")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidDirectoryFile([FileError("", f"not UTF-8 text (byte {error.start})")]) from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant)
    except RecursionError:
        message = "not valid JSON for an import: nested too deeply"
        raise InvalidDirectoryFile([FileError("", message)]) from None
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise InvalidDirectoryFile([FileError("", message)]) from None
    except ValueError as error:
        raise InvalidDirectoryFile([FileError("", f"not valid JSON: {error}")]) from None


# JSON writes NUL and lone surrogates only as escapes; a file without these escapes needs no walk.
_UNSTORABLE_ESCAPE: Final = re.compile(rb"\\u(?:0000|[dD][89abcdefABCDEF])")


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        # PostgreSQL cannot store it in text, and no name or phone number holds one.
        return "must not contain the NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        lone = text[error.start]
        return f"must be valid Unicode text (a lone surrogate \\u{ord(lone):04x})"
    return None


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def unstorable_text(document: Any) -> tuple[Any, list[FileError]]:
    """An error for every string no database can store, and `document` with its lone surrogates escaped.

    Escaping lets the checks that follow quote any value in their messages; the errors returned here
    make sure such a file is rejected all the same. Iterative, for files nested close to JSON's limit.
    """
    errors: list[FileError] = []
    root = [document]
    pending: list[tuple[Any, Any, tuple[int | str, ...]]] = [(root, 0, ())]
    while pending:
        container, key, path = pending.pop()
        value = container[key]
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                errors.append(FileError(json_path(path), problem))
                container[key] = _printable(value)
        elif isinstance(value, list):
            pending.extend((value, index, (*path, index)) for index in range(len(value)))
        elif isinstance(value, dict):
            if any(_text_problem(name) for name in value):
                errors.extend(
                    FileError(json_path(path), f"a key {problem}")
                    for name in value
                    if (problem := _text_problem(name))
                )
                value = container[key] = {_printable(name): item for name, item in value.items()}
            pending.extend((value, name, (*path, _printable(name))) for name in value)
    errors.reverse()
    return root[0], errors


def parse_directory_file(
    raw: bytes, *, known_insurers: Iterable[str], known_districts: Iterable[str], max_bytes: int
) -> DirectoryFile:
    """The checked file, or `InvalidDirectoryFile` with every error in it."""
    document = read_json(raw, max_bytes)
    if not isinstance(document, dict):
        raise InvalidDirectoryFile([FileError("", "must be a JSON object with 'version' and 'hospitals'")])
    text_errors: list[FileError] = []
    if _UNSTORABLE_ESCAPE.search(raw):
        document, text_errors = unstorable_text(document)
    try:
        parsed = DirectoryFile.model_validate(document)
    except ValidationError as error:
        raise InvalidDirectoryFile([*(_plain_error(e) for e in error.errors()), *text_errors]) from None
    errors = [*reference_errors(parsed, set(known_insurers), set(known_districts)), *text_errors]
    if errors:
        raise InvalidDirectoryFile(errors)
    return parsed


def reference_errors(
    parsed: DirectoryFile, known_insurers: set[str], known_districts: set[str]
) -> Iterable[FileError]:
    """Duplicate ids, and district and insurer ids that neither the file nor the directory knows."""
    sections: tuple[tuple[str, Sequence[HospitalRecord | TermRecord]], ...] = (
        ("hospitals", parsed.hospitals),
        ("insurers", parsed.insurers),
        ("districts", parsed.districts),
    )
    for section, records in sections:
        first_seen: dict[str, int] = {}
        for index, record in enumerate(records):
            if record.id in first_seen:
                yield FileError(
                    f"{section}[{index}].id",
                    f'duplicate id "{record.id}" (also {section}[{first_seen[record.id]}])',
                )
            else:
                first_seen[record.id] = index
    insurers = known_insurers | {term.id for term in parsed.insurers}
    districts = known_districts | {term.id for term in parsed.districts}
    for index, hospital in enumerate(parsed.hospitals):
        if hospital.district not in districts:
            yield FileError(f"hospitals[{index}].district", f'unknown district id "{hospital.district}"')
        for position, insurer in enumerate(hospital.direct_billing):
            if insurer not in insurers:
                yield FileError(
                    f"hospitals[{index}].direct_billing[{position}]", f'unknown insurer id "{insurer}"'
                )
