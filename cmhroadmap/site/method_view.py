"""The method and downloads pages: the scale, self-rating and validation, the source, and the data."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.cycle.export_formats import EXPORT_FORMATS
from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.site import paths
from cmhroadmap.site.frame import Frame, Site
from cmhroadmap.site.publication import Publication
from cmhroadmap.site.region import Region

# What each column of the tidy export holds, for the downloads page.
FIELD_MEANINGS = {
    "organisation": "The system's name",
    "code": "Its ODS code",
    "period": "The financial year assessed, e.g. 2023/24",
    "roadmap": "The roadmap version the assessment is against",
    "deliverable": "The deliverable's id in the roadmap",
    "title": "The deliverable's title",
    "column": "The roadmap column it belongs to",
    "kind": "How the roadmap presents it (an umbrella's rating is the lowest of its parts)",
    "in_scope": "Whether the system rates it (false: a focus area the system did not choose)",
    "self_rating": "The system's own rating, 1-4",
    "validated_rating": "The independent validator's rating, where one was given",
    "effective_rating": "The rating every figure uses: validated where a validator rated it, else the "
    "system's own (an umbrella: the lowest of its parts)",
    "ratings_basis": "Which rating effective_rating is: validated, or self (the system's own)",
    "delivery_status": "in-place (rated 4), off-track (a target date passed below its level, or the "
    "rating fell since the previous period), on-track (a target above the rating, its date ahead), "
    "no-plan (below 4 with no target), or not-assessed (not rated yet)",
    "delivery_why": "Why, in words: the rating and the target it is measured against",
    "target_rating": "The rating the system aims for",
    "target_by": "The date it aims to reach it by",
    "owner": "Who owns the deliverable in the system",
    "evidence": "The system's evidence for its rating",
    "validator_note": "The validator's note on the evidence",
    "validator": "Who validated the assessment",
}


@dataclass(frozen=True)
class MethodView:
    frame: Frame
    levels: list[tuple[RatingView, str]]
    roadmap_title: str
    roadmap_versions: list[str]  # "id: version" of every roadmap the assessments use
    source: str
    source_url: str | None
    licence_name: str
    licence_url: str
    attribution: str
    left_out: list[str]
    systems: int
    assessments: int
    validations: int
    periods: list[str]


@dataclass(frozen=True)
class DownloadsView:
    frame: Frame
    files: list[tuple[str, str, str]]  # link, file name, what it holds
    fields: list[tuple[str, str]]
    left_out: list[str]
    rows: int


def build_method(region: Region, publication: Publication, site: Site) -> MethodView:
    roadmap = region.roadmap
    meta = roadmap.meta
    used = {e.own.roadmap.id: e.own.roadmap.meta.version for e in region.entries}
    return MethodView(
        frame=site.frame(paths.METHOD, [("All systems", paths.INDEX)]),
        levels=[(rating_view(roadmap, n), level.description) for n, level in roadmap.scale.items()],
        roadmap_title=meta.title,
        roadmap_versions=[f"{key}, version {version}" for key, version in sorted(used.items())],
        source=f"{meta.source.title}, {meta.source.publisher}, published {meta.source.published.isoformat()}",
        source_url=meta.source.url,
        licence_name=meta.licence.name,
        licence_url=meta.licence.url,
        attribution=meta.licence.attribution,
        left_out=publication.left_out(),
        systems=len(region.systems),
        assessments=len(region.entries),
        validations=sum(1 for e in region.entries if e.validation is not None),
        periods=region.periods,
    )


# What each download is for, by format.
_SAYS = {
    "csv": "CSV, for spreadsheets: one row per line",
    "json": "JSON, for programs: a list of the same rows",
}


def build_downloads(fields: list[str], rows: int, publication: Publication, site: Site) -> DownloadsView:
    frame = site.frame(paths.DOWNLOADS, [("All systems", paths.INDEX)])
    return DownloadsView(
        frame=frame,
        files=[
            (
                frame.to(paths.download(fmt.extension)),
                paths.download(fmt.extension).split("/")[-1],
                _SAYS[fmt.name],
            )
            for fmt in EXPORT_FORMATS
        ],
        fields=[(name, FIELD_MEANINGS[name]) for name in fields],
        left_out=publication.left_out(),
        rows=rows,
    )
