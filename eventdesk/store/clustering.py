"""Keeping clusters right as events come and go: a new or re-coded report's region of
compatible events grouped again, and `recluster`, the same rule over the whole store."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable

from eventdesk.store import cluster_summary, corroborate
from eventdesk.store.connection import StoreConnection, _in_chunks, _now
from eventdesk.store.corroborate import Member

_MEMBER_SELECT = (
    "SELECT e.id, e.document_id, e.event_type, e.sub_event_type, e.event_date,"
    " e.time_precision, e.country, e.admin1, e.location, e.latitude, e.longitude,"
    " e.geo_precision, e.actor1, e.actor2, e.fatalities, e.claimed_by, d.outlet, d.url,"
    " e.denial, d.doc_id, d.content_hash, e.evidence_start, e.evidence_end, e.cluster_id"
    " FROM events e JOIN documents d ON d.id = e.document_id"
)


_CLUSTER_FIELDS = (
    "event_type", "sub_event_type", "event_date", "time_precision", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "actor1", "actor2", "actors",
    "n_sources", "n_reports", "fatalities_min", "fatalities_max", "contradictions",
    "n_reports_unknown_outlet", "merge_basis",
)


_CLUSTER_INSERT = (
    f"INSERT INTO clusters ({', '.join(_CLUSTER_FIELDS)}, updated_at)"
    f" VALUES ({', '.join('?' * len(_CLUSTER_FIELDS))}, ?)"
)


# Stored events an ingest follows from a new report through chains of compatible events
# (its region) before regrouping; within it, ingest gives exactly recluster's clusters.
REGION_LIMIT = 2000


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _member(row: tuple) -> tuple[Member, int | None]:
    """A `_MEMBER_SELECT` row as a Member, and its event's cluster id."""
    member = Member(*row[:-1])
    member.event_date = _date(member.event_date)
    return member, row[-1]


class ClusterMaintenance(StoreConnection):
    """Regrouping clusters around new, re-coded or all events."""

    def _regroup(self, members: list[Member], old: dict[int, int] | None = None
                 ) -> dict[int, int]:
        """Cluster `members` (new events, or what is left of clusters a re-coded report
        left: `old` gives their clusters) with their region, and return each event's cluster
        id (member id -> cluster id).

        The region is every stored event linked to a new one by a chain of compatible pairs
        (whole clusters: a cluster never spans two regions). No event outside it can share a
        cluster with one inside, so grouping it again with `corroborate.group`, the rule
        `recluster` applies to the whole store, leaves the store exactly as `recluster`
        would, whatever order the reports came in. A region is followed up to
        REGION_LIMIT events (a busy city's daily battles can chain over years); beyond that
        only what was reached is regrouped, and `recluster` is the reference."""
        old = dict(old or {})  # member id -> its cluster before
        pool = {m.id: m for m in members}
        frontier = list(members)
        while frontier and len(pool) <= REGION_LIMIT:
            member = frontier.pop()
            clusters: dict[int, list[Member]] = {}
            for neighbour, cluster_id in self._merge_candidates(member):
                clusters.setdefault(cluster_id, []).append(neighbour)
            for cluster_id, neighbours in clusters.items():
                if any(n.id in pool for n in neighbours) or not any(
                        corroborate.compatible(member, n) for n in neighbours):
                    continue
                for neighbour in neighbours:
                    pool[neighbour.id] = neighbour
                    old[neighbour.id] = cluster_id
                    frontier.append(neighbour)
        return self._write_groups(corroborate.group(pool.values()), old)

    def _write_groups(self, groups: list[list[Member]], old: dict[int, int]) -> dict[int, int]:
        """Store clusters for `groups`: each keeps the lowest old cluster id of its members
        that no earlier group took, else gets a new one; old clusters left empty are
        dropped; members whose cluster changed are moved."""
        conn = self._conn
        now = _now()
        taken: set[int] = set()
        cluster_of: dict[int, int] = {}
        for members in groups:
            summary = self._cluster_values(cluster_summary.summarise(members))
            reusable = sorted({old[m.id] for m in members if m.id in old} - taken)
            if reusable:
                cluster_id = reusable[0]
                conn.execute(
                    f"UPDATE clusters SET {', '.join(f'{k} = ?' for k in _CLUSTER_FIELDS)},"
                    " updated_at = ? WHERE id = ?", (*summary, now, cluster_id))
            else:
                cluster_id = conn.execute(_CLUSTER_INSERT, (*summary, now)).lastrowid
            taken.add(cluster_id)
            for m in members:
                cluster_of[m.id] = cluster_id
                if old.get(m.id) != cluster_id:
                    conn.execute("UPDATE events SET cluster_id = ? WHERE id = ?",
                                 (cluster_id, m.id))
        for cluster_id in set(old.values()) - taken:
            conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
        return cluster_of

    def _nearby(self, m: Member, date_parts: list[tuple[str, tuple]], select: str
                ) -> list[tuple[Member, int | None]]:
        """Events of m's type found by index (each date part, crossed with the bounding box
        or the place names), as `select` widens them ("cluster_id": every member of their
        clusters; "id": the events themselves), each with its cluster id."""
        place_parts: list[tuple[str, tuple]] = []
        if m.has_coordinates:
            lat_lo, lat_hi, lon_lo, lon_hi = corroborate.bounding_box(m.latitude, m.longitude)
            place_parts.append((
                " AND latitude BETWEEN ? AND ? AND (longitude BETWEEN ? AND ?"
                " OR longitude BETWEEN ? AND ? OR longitude BETWEEN ? AND ?)",
                (lat_lo, lat_hi, *corroborate.longitude_spans(lon_lo, lon_hi)),
            ))
        if m.admin1 or m.location:
            # Place names decide when either side lacks coordinates (checked exactly later).
            place_parts.append((
                (" AND latitude IS NULL" if m.has_coordinates else "")
                + " AND country IS ? AND admin1 IS ?",
                (m.country, m.admin1),
            ))
        if not place_parts or not date_parts:
            return []
        parts, args = [], []
        for (d_sql, d_args), (p_sql, p_args) in itertools.product(date_parts, place_parts):
            # a NULL cluster: a superseded version's event (or a new one, in the pool)
            parts.append(f"SELECT {select} FROM events WHERE cluster_id IS NOT NULL"
                         f" AND event_type = ?{d_sql}{p_sql}")
            args += [m.event_type, *d_args, *p_args]
        return [_member(row) for row in self._conn.execute(
            f"{_MEMBER_SELECT} WHERE e.{select} IN ({' UNION ALL '.join(parts)})"
            " AND e.id != ? ORDER BY e.id", [*args, m.id])]

    def _merge_candidates(self, m: Member) -> list[tuple[Member, int | None]]:
        """Members of the clusters `m` may join: dated events of its type in its date window
        and place (undated events never merge)."""
        ranges = corroborate.date_ranges(m.event_date, m.time_precision)
        date_parts = [
            (f"{' AND time_precision >= 3' if month_only else ''}"
             " AND event_date BETWEEN ? AND ?", (lo, hi))
            for lo, hi, month_only in ranges or []
        ]
        return self._nearby(m, date_parts, "cluster_id")

    def _link_possible_matches(self, m: Member) -> None:
        """Store "possibly the same" links (both ways) between `m` and the reports it may
        tell, when one of the two is undated."""
        date_part = ("", ()) if m.event_date is None else (" AND event_date IS NULL", ())
        pairs = []
        for other, _ in self._nearby(m, [date_part], "id"):
            if corroborate.possible_match(m, other):
                pairs += [(m.id, other.id), (other.id, m.id)]
        self._conn.executemany(
            "INSERT OR IGNORE INTO possible_matches (event_id, other_event_id) VALUES (?, ?)",
            pairs)

    def _members(self, cluster_ids: Iterable[int]) -> dict[int, list[Member]]:
        out: dict[int, list[Member]] = {}
        ids = sorted(cluster_ids)
        for chunk, marks in _in_chunks(ids):
            for row in self._conn.execute(
                f"{_MEMBER_SELECT} WHERE e.cluster_id IN ({marks})"
                " ORDER BY e.id", chunk,
            ):
                member, cluster_id = _member(row)
                out.setdefault(cluster_id, []).append(member)
        return out

    def _regroup_clusters(self, cluster_ids: list[int]) -> None:
        """Group again the region of what is left of clusters some members left (a re-coded
        report); clusters left empty are dropped."""
        remaining = self._members(cluster_ids)
        old = {m.id: cluster_id for cluster_id, ms in remaining.items() for m in ms}
        self._regroup([m for ms in remaining.values() for m in ms], old)
        for cluster_id in set(cluster_ids) - set(remaining):
            self._conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))

    @staticmethod
    def _cluster_values(summary: dict) -> tuple:
        summary = dict(summary, contradictions=json.dumps(
            summary["contradictions"], ensure_ascii=False))
        return tuple(summary[k] for k in _CLUSTER_FIELDS)

    def _rebuild_clusters(self) -> int:
        """Rebuild every cluster and "possibly the same" link from scratch with the current
        rules, inside the caller's transaction (`Store.recluster`): one `corroborate.group`
        per event type over all its live events (superseded versions' stay out), so the
        result depends on the stored events only, never on the order they were ingested.
        Cluster ids are kept where a cluster's members still hold them. Returns the number
        of clusters."""
        conn = self._conn
        conn.execute("DELETE FROM possible_matches")
        types = [r[0] for r in conn.execute(
            "SELECT DISTINCT event_type FROM events ORDER BY event_type")]
        for event_type in types:
            rows = conn.execute(
                f"{_MEMBER_SELECT} WHERE e.event_type = ? AND d.superseded_by IS NULL"
                " ORDER BY e.id", (event_type,)
            ).fetchall()
            members, old = [], {}
            for row in rows:
                member, cluster_id = _member(row)
                members.append(member)
                if cluster_id is not None:
                    old[member.id] = cluster_id
            self._write_groups(corroborate.group(members), old)
            for member in members:
                if member.event_date is None:
                    self._link_possible_matches(member)
        conn.execute("DELETE FROM clusters WHERE id NOT IN"
                     " (SELECT cluster_id FROM events WHERE cluster_id IS NOT NULL)")
        return conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
