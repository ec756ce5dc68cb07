"""Export and import the whole directory (contract sections 2 and 4)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.concurrency import run_in_threadpool

from directory.directory_file import DirectoryFile, FileError, InvalidDirectoryFile
from directory.exporter import export_directory
from directory.importer import ImportMode, import_directory
from web.api.models import ImportReportPublic
from web.deps import AdminDep, SessionDep, SettingsDep

router = APIRouter(prefix="/api/directory", tags=["directory"])


@router.get("/export", summary="The whole directory as a directory file")
def export(session: SessionDep) -> dict[str, Any]:
    return export_directory(session)


async def _read_body(request: Request, max_bytes: int) -> bytes:
    """The body, stopping one byte past the limit so an oversize upload is not held in memory."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            break
    return bytes(body)


@router.post(
    "/import",
    dependencies=[AdminDep],
    summary="Import a directory file (all or nothing)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": DirectoryFile.model_json_schema()}},
        }
    },
    responses={
        200: {
            "description": "The report: hospitals, insurers and districts added, updated, unchanged and "
            "removed; `duplicate_names` lists, as warnings, every name, alias or id of an insurer or "
            "district in the file that another term of its kind already has (JSON path, both ids), so "
            "that the administrator can merge them. A dry run reports the same and writes nothing."
        },
        422: {"description": "The file has errors; nothing was written. Every error has its JSON path."},
        401: {"description": "No bearer token"},
        403: {"description": "Wrong token, or HTTP writes are off"},
    },
)
async def import_file(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    mode: Annotated[ImportMode, Query()] = ImportMode.UPSERT,
    dry_run: Annotated[bool, Query()] = False,
) -> ImportReportPublic:
    raw = await _read_body(request, settings.max_import_bytes)
    try:
        # An HTTP client is told at once that another import is running (409) rather than kept waiting.
        report = await run_in_threadpool(
            import_directory,
            session,
            raw,
            mode=mode,
            dry_run=dry_run,
            max_bytes=settings.max_import_bytes,
            wait_for_others=False,
        )
    except InvalidDirectoryFile as invalid:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, _error_list(invalid.errors)) from None
    return ImportReportPublic.model_validate(report.as_dict())


def _error_list(errors: list[FileError]) -> list[dict[str, str]]:
    return [{"path": error.path, "msg": error.message, "error": str(error)} for error in errors]
