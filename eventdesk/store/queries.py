"""Reading the store: clusters and raw events for a filter, a cluster with its reports,
counts per day and type, and the values filter menus offer."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from eventdesk.records import Event
from eventdesk.store.connection import StoreConnection, _in_chunks
from eventdesk.store.filters import (
    SQLITE_MAX_INT,
    ClusterFilter,
    actor_needle,
    gazetteer_region_names,
    region_key,
    stored_country,
)

# An event of a live report, not of an older version of an edited one (by the partial index)
LIVE_EVENT = "document_id NOT IN (SELECT id FROM documents WHERE superseded_by IS NOT NULL)"
MAX_POSSIBLE_MATCHES = 20  # cluster ids listed per cluster; `n_possible_matches` has all


def _unix_time(stamp: str | None) -> int | None:
    """A stored ISO timestamp (a report's ingested_at) as unix time."""
    return int(dt.datetime.fromisoformat(stamp).timestamp()) if stamp else None


class StoreQueries(StoreConnection):
    """Clusters, events, counts and facets read for a filter."""

    def _where(self, f: ClusterFilter, alias: str, *, raw: bool) -> tuple[str, list]:
        """SQL conditions for `f` over events `e` joined to their documents `d` (raw) or over
        clusters `c`; a cluster matches a report-level criterion (interaction, outlet,
        ingestion time) when any of its reports does."""
        where, params = [], []
        for column, value in (("country", stored_country(f.country)), ("event_type", f.event_type)):
            if value:
                where.append(f"{alias}.{column} = ?")
                params.append(value)
        if f.sub_event_type:
            where.append(f"{alias}.sub_event_type = ? COLLATE NOCASE")
            params.append(f.sub_event_type)
        if f.admin1:
            spellings = self._admin1_spellings(f.admin1, "events" if raw else "clusters")
            where.append(f"{alias}.admin1 IN ({', '.join('?' * len(spellings))})")
            params += spellings
        dates, date_params = [], []
        if f.since:
            dates.append(f"{alias}.event_date >= ?")
            date_params.append(f.since.isoformat())
        if f.until:
            dates.append(f"{alias}.event_date <= ?")
            date_params.append(f.until.isoformat())
        if f.include_undated and dates:
            where.append(f"({alias}.event_date IS NULL OR ({' AND '.join(dates)}))")
        else:
            where += dates
            if f.include_undated is False:
                where.append(f"{alias}.event_date IS NOT NULL")
        params += date_params
        if f.min_sources > 1:
            where.append("c.n_sources >= ?")
            params.append(f.min_sources)
        needle = actor_needle(f.actor)
        if needle:  # hyphens read as spaces on both sides (see actor_needle)
            if raw:
                where.append("(instr(replace(casefold(e.actor1), '-', ' '), ?) > 0"
                             " OR instr(replace(casefold(e.actor2), '-', ' '), ?) > 0)")
                params += [needle, needle]
            else:
                where.append("instr(replace(c.actors, '-', ' '), ?) > 0")
                params.append(needle)
        if f.fatal:
            where.append("e.fatalities > 0" if raw else "c.fatalities_max > 0")
        if f.interaction is not None:
            # Checked per cluster the other criteria leave: one probe of events_interaction.
            where.append("e.interaction = ?" if raw else "EXISTS (SELECT 1 FROM events e"
                         " WHERE e.cluster_id = c.id AND e.interaction = ?)")
            params.append(f.interaction)
        if raw and not f.include_superseded:
            where.append(f"e.{LIVE_EVENT}")
        # Indexed on documents: the few matching reports lead to their events or clusters.
        report_level = []
        if f.outlet:
            report_level.append(("outlet = ?", f.outlet))
        if f.ingested_since is not None:
            report_level.append(("ingested_at >= ?",
                                 f.ingested_since.isoformat(timespec="seconds")))
        for condition, value in report_level:
            reports = f"SELECT id FROM documents WHERE {condition}"
            where.append(f"e.document_id IN ({reports})" if raw else "c.id IN (SELECT cluster_id"
                         f" FROM events WHERE document_id IN ({reports}))")
            params.append(value)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    @staticmethod
    def _cluster_dict(row: dict) -> dict:
        return {
            "cluster_id": row["id"],
            "event_type": row["event_type"],
            "sub_event_type": row["sub_event_type"],
            "event_date": row["event_date"],
            "time_precision": row["time_precision"],
            "country": row["country"],
            "admin1": row["admin1"],
            "location": row["location"],
            "latitude": row["latitude"],
            "longitude": row["longitude"],
            "geo_precision": row["geo_precision"],
            "actor1": row["actor1"],
            "actor2": row["actor2"],
            "fatalities": row["fatalities_min"],
            "fatalities_max": row["fatalities_max"],
            "n_sources": row["n_sources"],
            "n_reports": row["n_reports"],
            "n_reports_unknown_outlet": row["n_reports_unknown_outlet"],
            "merge_basis": row["merge_basis"],
            "contradictions": json.loads(row["contradictions"] or "[]"),
        }

    def _with_possible_matches(self, clusters: list[dict]) -> list[dict]:
        """Add to each cluster the clusters its reports may be the same event as (an undated
        report and a report like it): `possible_matches`, at most MAX_POSSIBLE_MATCHES ids,
        dated ones first, newest first; `n_possible_matches`, all of them."""
        found: dict[int, list[int]] = {}
        ids = [c["cluster_id"] for c in clusters]
        for chunk, marks in _in_chunks(ids):
            for row in self._query(
                "SELECT DISTINCT e.cluster_id AS c, o.cluster_id AS m, k.event_date AS d"
                " FROM events e JOIN possible_matches p ON p.event_id = e.id"
                " JOIN events o ON o.id = p.other_event_id JOIN clusters k ON k.id = o.cluster_id"
                f" WHERE e.cluster_id IN ({marks})"
                " AND o.cluster_id != e.cluster_id"
                " ORDER BY c, k.event_date IS NULL, k.event_date DESC, m", chunk,
            ):
                found.setdefault(row["c"], []).append(row["m"])
        for cluster in clusters:
            matches = found.get(cluster["cluster_id"], [])
            cluster["possible_matches"] = matches[:MAX_POSSIBLE_MATCHES]
            cluster["n_possible_matches"] = len(matches)
        return clusters

    @staticmethod
    def _event(row: dict) -> Event:
        data = dict(row)
        data["framing"] = json.loads(data.get("framing") or "{}")
        return Event.from_dict(data)

    def query_clusters(self, f: ClusterFilter) -> list[dict]:
        """Real-world events (clusters) matching the filter, newest first."""
        rows = self._query(*self._clusters_sql(f))
        return self._with_possible_matches([self._cluster_dict(r) for r in rows])

    def iter_clusters(self, f: ClusterFilter, *, members: bool = True
                      ) -> Iterator[tuple[dict, list[dict]]]:
        """`query_clusters`' clusters, each with its events (`cluster_members`; none unless
        `members`), read from one cursor a chunk at a time: `events --limit 0` over a
        store of millions holds one chunk, never the whole answer."""
        for rows in self._query_chunks(*self._clusters_sql(f)):
            clusters = self._with_possible_matches([self._cluster_dict(r) for r in rows])
            found = self.cluster_members(c["cluster_id"] for c in clusters) if members else {}
            for cluster in clusters:
                yield cluster, found.get(cluster["cluster_id"], [])

    def _clusters_sql(self, f: ClusterFilter) -> tuple[str, list]:
        where, params = self._where(f, "c", raw=False)
        return (f"SELECT c.* FROM clusters c{where} ORDER BY c.event_date DESC, c.id DESC"
                " LIMIT ? OFFSET ?", [*params, f.limit, f.offset])

    def query_events(self, f: ClusterFilter) -> list[dict]:
        """Events as each report coded them, with the report's outlet and date."""
        return [self._event_record(row) for row in self._query(*self._events_sql(f))]

    def iter_events(self, f: ClusterFilter) -> Iterator[dict]:
        """`query_events`' records read a chunk at a time, as `iter_clusters`."""
        for rows in self._query_chunks(*self._events_sql(f)):
            yield from map(self._event_record, rows)

    def _events_sql(self, f: ClusterFilter) -> tuple[str, list]:
        where, params = self._where(f, "e", raw=True)
        join = " LEFT JOIN clusters c ON c.id = e.cluster_id" if f.min_sources > 1 else ""
        return (f"SELECT e.*, d.outlet AS d_outlet, d.published AS d_published, d.url AS d_url,"
                f" d.ingested_at AS d_ingested_at, (SELECT doc_id FROM documents"
                f" WHERE id = d.superseded_by) AS d_superseded_by"
                f" FROM events e JOIN documents d ON d.id = e.document_id{join}{where}"
                " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?",
                [*params, f.limit, f.offset])

    def _event_record(self, row: dict) -> dict:
        record = self._event(row).to_dict()
        record.update(outlet=row["d_outlet"], published=row["d_published"],
                      cluster_id=row["cluster_id"], url=row["d_url"],
                      recorded_at=_unix_time(row["d_ingested_at"]),
                      superseded_by=row["d_superseded_by"])
        return record

    def count(self, f: ClusterFilter, *, raw: bool = False) -> int:
        """How many clusters (events with `raw`) match the filter, limit and offset aside."""
        where, params = self._where(f, "e" if raw else "c", raw=raw)
        if raw:
            join = " LEFT JOIN clusters c ON c.id = e.cluster_id" if f.min_sources > 1 else ""
            sql = f"SELECT count(*) AS n FROM events e{join}{where}"
        else:
            sql = f"SELECT count(*) AS n FROM clusters c{where}"
        return self._query(sql, params)[0]["n"]

    def cluster_members(self, cluster_ids: Iterable[int]) -> dict[int, list[dict]]:
        """Each cluster's events as their reports coded them, oldest first, with the
        report's outlet, URL and ingestion time (unix): what an export row of a cluster is
        built from."""
        out: dict[int, list[dict]] = {}
        ids = sorted(i for i in set(cluster_ids) if abs(i) <= SQLITE_MAX_INT)  # no such id
        for chunk, marks in _in_chunks(ids):
            for row in self._query(
                "SELECT e.*, d.outlet AS d_outlet, d.url AS d_url,"
                " d.ingested_at AS d_ingested_at FROM events e"
                " JOIN documents d ON d.id = e.document_id"
                f" WHERE e.cluster_id IN ({marks}) ORDER BY e.id", chunk,
            ):
                record = self._event(row).to_dict()
                record.update(outlet=row["d_outlet"], url=row["d_url"],
                              recorded_at=_unix_time(row["d_ingested_at"]))
                out.setdefault(row["cluster_id"], []).append(record)
        return out

    def cluster(self, cluster_id: int) -> dict | None:
        """One cluster with every source report, its full text and the evidence offsets."""
        if abs(cluster_id) > SQLITE_MAX_INT:  # beyond SQLite's integers: no such cluster
            return None
        rows = self._query("SELECT * FROM clusters WHERE id = ?", [cluster_id])
        if not rows:
            return None
        [out] = self._with_possible_matches([self._cluster_dict(rows[0])])
        sources = []
        for row in self._query(
            "SELECT e.*, d.outlet AS d_outlet, d.url AS d_url, d.title AS d_title,"
            " d.published AS d_published, d.text AS d_text"
            " FROM events e JOIN documents d ON d.id = e.document_id"
            " WHERE e.cluster_id = ? ORDER BY d.published, e.id", [cluster_id],
        ):
            source = self._event(row).to_dict()
            source.update(outlet=row["d_outlet"], url=row["d_url"], title=row["d_title"],
                          published=row["d_published"], text=row["d_text"])
            sources.append(source)
        out["sources"] = sources
        return out

    def timeline(self, f: ClusterFilter) -> list[dict]:
        """Clusters and their fatalities (each cluster's lowest reported count) per day and
        event type (limit and offset do not apply)."""
        where, params = self._where(f, "c", raw=False)
        where = (where + " AND" if where else " WHERE") + " c.event_date IS NOT NULL"
        return [
            {"date": r["d"], "event_type": r["t"], "count": r["n"], "fatalities": r["k"]}
            for r in self._query(
                f"SELECT c.event_date AS d, c.event_type AS t, count(*) AS n,"
                f" coalesce(sum(c.fatalities_min), 0) AS k FROM clusters c"
                f"{where} GROUP BY c.event_date, c.event_type ORDER BY c.event_date, t", params)
        ]

    def type_counts(self, f: ClusterFilter) -> list[dict]:
        """Clusters per event type for `f`, dated or not, with their fatalities and how many
        have no date (limit and offset do not apply)."""
        where, params = self._where(f, "c", raw=False)
        return [
            {"event_type": r["t"], "count": r["n"], "fatalities": r["k"], "undated": r["u"]}
            for r in self._query(
                f"SELECT c.event_type AS t, count(*) AS n,"
                f" coalesce(sum(c.fatalities_min), 0) AS k,"
                f" count(*) - count(c.event_date) AS u FROM clusters c{where}"
                " GROUP BY c.event_type ORDER BY n DESC, t", params)
        ]

    def latest_ingested_at(self) -> str | None:
        """When the newest report was stored (UTC, ISO 8601): a cursor for `ingested_since`."""
        return self._query("SELECT max(ingested_at) AS t FROM documents")[0]["t"]

    def _distinct(self, column: str, where: str = "", params: tuple = (), *,
                  table: str = "clusters") -> list[str]:
        """Distinct non-null values of an indexed column by a loose index scan: one index seek
        per value instead of reading every row."""
        cond = f"{where} AND " if where else ""
        rows = self._query(
            f"WITH RECURSIVE v(x) AS ("
            f" SELECT min({column}) FROM {table} WHERE {cond}{column} IS NOT NULL"
            f" UNION ALL SELECT (SELECT min({column}) FROM {table}"
            f" WHERE {cond}{column} > v.x) FROM v WHERE v.x IS NOT NULL)"
            f" SELECT x FROM v WHERE x IS NOT NULL", params + params)
        return [r["x"] for r in rows]

    def _admin1_spellings(self, value: str, table: str) -> list[str]:
        """`value` and the stored admin1 names that are it in another spelling."""
        return list(dict.fromkeys([value, *self.stored_admin1(value, table)]))

    def stored_admin1(self, value: str, table: str = "events") -> list[str]:
        """The stored admin1 names a region filter of `value` matches: 'Hama', 'Hamah',
        'Ḩamāh' and 'Hama Governorate' find each other by the gazetteer's name keys; when
        none does, the names the gazetteer gives the regions it knows by `value`
        ('Salahuddin' is Salah ad Din, 'Nord-Kivu' North Kivu). None: a warning's cue."""
        stored = self._distinct("admin1", table=table)
        found = [name for name in stored if region_key(name) == region_key(value)]
        if not found:
            keys = {region_key(name) for name in gazetteer_region_names(value)}
            found = [name for name in stored if region_key(name) in keys]
        return found

    def facets(self) -> dict:
        """The values present, for filter menus (fast on millions of clusters)."""
        countries = self._distinct("country")
        admin1 = {}
        for country in countries:
            regions = self._distinct("admin1", "country = ?", (country,))
            if regions:
                admin1[country] = regions
        bounds = self._query(
            "SELECT (SELECT min(event_date) FROM clusters) AS lo,"
            " (SELECT max(event_date) FROM clusters) AS hi")[0]
        return {"countries": countries, "admin1": admin1,
                "event_types": self._distinct("event_type"),
                "outlets": self._distinct("outlet", table="documents"),
                "date_min": bounds["lo"], "date_max": bounds["hi"]}

    def counts(self) -> dict:
        """Number of documents stored (every version), of older versions among them
        (`superseded`), of live events and of clusters."""
        row = self._query(
            "SELECT (SELECT count(*) FROM documents) AS documents,"
            " (SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL) AS superseded,"
            f" (SELECT count(*) FROM events WHERE {LIVE_EVENT}) AS events,"
            " (SELECT count(*) FROM clusters) AS clusters")[0]
        return dict(row)
