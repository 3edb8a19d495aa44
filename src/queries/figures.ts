import { and, ne, eq, sql } from 'drizzle-orm';
import { claims, gaps, sources } from '../db/schema.js';
import type { Db } from '../db/open-store.js';
import { SOURCE_KINDS, type MissingKind, type SeriesStatus as DomainSeriesStatus } from '../domain/values.js';
import type { BooleanFigure, NumberFigure, TextFigure } from '../schemas/common.js';
import { ids, inList, preparedOnce } from './prepared.js';

type ClaimRecord = typeof claims.$inferSelect;
/** A series asked for with `?status=`, or undefined for the accepted figures. */
export type SeriesStatus = DomainSeriesStatus | undefined;

/** The one derivation the store makes: who was elected, from the candidacy list. */
const DERIVED_ELECTED_RULE =
  'Marked elected in the candidacy list on the evidence of this claim; no source states "elected" as a figure of its own.';
const NO_SOURCE = 'No source in the store states this figure.';
const keyOf = (c: Pick<ClaimRecord, 'electionId' | 'subjectType' | 'subjectId' | 'metric'>) =>
  `${c.electionId}|${c.subjectType}|${c.subjectId}|${c.metric}`;

/** Which figure is meant when it has no claim, so its gap reason can be found. */
/** Why a figure is null: a stable code and the text for this figure. */
export interface Missing {
  kind: MissingKind;
  reason: string;
}

export interface FigureKey {
  electionId: string;
  subjectType: string;
  subjectId: string;
  /** The figure's claim metric, or every metric its column is read from (src/domain/metric-columns). */
  metric: string | readonly string[];
}

/** Why each unknown figure is unknown, most specific rule first. */
export class GapReasons {
  private constructor(private readonly rows: (typeof gaps.$inferSelect)[]) {}

  static load(db: Db): GapReasons {
    return new GapReasons(db.select().from(gaps).all());
  }

  /** The reason (and its kind) a figure is unknown: the most specific recorded gap, else "no source states it". */
  reason(k: FigureKey): Missing {
    for (const metric of [k.metric].flat()) {
      const gap = this.gapFor(k, metric);
      if (gap) return { kind: gap.kind, reason: gap.reason };
    }
    return { kind: 'not-found-in-sources', reason: NO_SOURCE };
  }

  private gapFor(k: FigureKey, metric: string): typeof gaps.$inferSelect | undefined {
    // `*` matches anything; `seats_*` matches every metric starting with `seats_`.
    const metricMatches = (m: string) => m === metric || (m.endsWith('*') && metric.startsWith(m.slice(0, -1)));
    const score = (g: typeof gaps.$inferSelect) =>
      (g.subjectId === k.subjectId ? 2 : 0) + (g.metric === metric ? 1 : 0);
    const hits = this.rows.filter(
      (g) =>
        g.electionId === k.electionId &&
        g.subjectType === k.subjectType &&
        (g.subjectId === '*' || g.subjectId === k.subjectId) &&
        metricMatches(g.metric),
    );
    return hits.sort((a, b) => score(b) - score(a))[0];
  }
}

/** Claims by id, any number of them in one statement. */
const claimsById = (db: Db) =>
  preparedOnce(db, 'claims-by-id', () => db.select().from(claims).where(inList(claims.id, 'ids')).prepare());

/** Every claim of a series status (with its source's kind) in some votes: the candidates to swap in. */
const seriesClaims = (db: Db) =>
  preparedOnce(db, 'series-claims', () =>
    db
      .select({ claim: claims, kind: sources.kind })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(
        and(
          inList(claims.electionId, 'elections'),
          eq(claims.status, sql.placeholder('status')),
          ne(claims.disposition, 'erratum'),
        ),
      )
      .prepare(),
  );

/**
 * Turns canonical values and their claim ids into figures with provenance. With a series status
 * it swaps each accepted claim for the same figure's claim of that status, or null when none exists.
 */
export class FigureResolver {
  private constructor(
    private readonly accepted: Map<string, ClaimRecord>,
    private readonly series: Map<string, ClaimRecord> | null,
    private readonly status: SeriesStatus,
    private readonly gapReasons: GapReasons,
  ) {}

  static load(
    db: Db,
    gapReasons: GapReasons,
    claimIds: (string | null | undefined)[],
    status?: SeriesStatus,
  ): FigureResolver {
    const wanted = ids(claimIds);
    return FigureResolver.of(db, gapReasons, wanted === '[]' ? [] : claimsById(db).all({ ids: wanted }), status);
  }

  /** A resolver over claims the caller has already read (they are not read again). */
  static of(db: Db, gapReasons: GapReasons, claimRows: readonly ClaimRecord[], status?: SeriesStatus): FigureResolver {
    const accepted = new Map(claimRows.map((c) => [c.id, c]));
    let series: Map<string, ClaimRecord> | null = null;
    if (status) {
      series = new Map();
      const elections = ids([...accepted.values()].map((c) => c.electionId));
      const rows = elections === '[]' ? [] : seriesClaims(db).all({ elections, status });
      // The reference's precedence: accepted first, then the stronger kind of source, then the value
      // more sources state. Sorted worst first so the best claim of each key is set last.
      const support = new Map<string, number>();
      for (const { claim } of rows)
        support.set(`${keyOf(claim)}|${claim.value}`, (support.get(`${keyOf(claim)}|${claim.value}`) ?? 0) + 1);
      const score = (r: (typeof rows)[number]) => [
        r.claim.disposition === 'accepted' ? 1 : 0,
        -SOURCE_KINDS.indexOf(r.kind),
        support.get(`${keyOf(r.claim)}|${r.claim.value}`) ?? 0,
      ];
      rows.sort((a, b) => {
        const [x, y] = [score(a), score(b)];
        return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
      });
      for (const { claim } of rows) series.set(keyOf(claim), claim);
    }
    return new FigureResolver(accepted, series, status, gapReasons);
  }

  private pick(claimId: string | null | undefined): { claim?: ClaimRecord; useCanonical: boolean; missing?: Missing } {
    const claim = claimId ? this.accepted.get(claimId) : undefined;
    if (!claim || !this.status || claim.status === this.status) return { claim, useCanonical: true };
    const swap = this.series!.get(keyOf(claim));
    if (swap) return { claim: swap, useCanonical: false };
    return {
      useCanonical: false,
      missing: {
        kind: 'not-in-series',
        reason: `No ${this.status} figure in the sources; the accepted figure is ${claim.status === 'unknown' ? 'of unknown status' : claim.status}.`,
      },
    };
  }

  private build<V>(claimId: string | null | undefined, canonical: V | null, parse: (raw: string) => V, key: FigureKey) {
    const { claim, useCanonical, missing } = this.pick(claimId);
    if (!claim) {
      const { kind, reason } = missing ?? this.gapReasons.reason(key);
      return { value: null, status: null, source_ids: [], claim_id: null, missing_reason: reason, missing_kind: kind };
    }
    const value = useCanonical ? canonical : parse(claim.value);
    const corroborating = claim.corroboratingSourceIds ? claim.corroboratingSourceIds.split(';') : [];
    return {
      value,
      status: claim.status,
      source_ids: [claim.sourceId, ...corroborating],
      claim_id: claim.id,
      missing_reason: null,
      missing_kind: null,
    };
  }

  number(claimId: string | null | undefined, value: number | null | undefined, key: FigureKey): NumberFigure {
    return this.build(claimId, value ?? null, Number, key);
  }

  text(claimId: string | null | undefined, value: string | null | undefined, key: FigureKey): TextFigure {
    return this.build(claimId, value ?? null, String, key);
  }

  /**
   * A yes/no figure. With no claim of its own but `derivedFrom` (a claim of another metric the value rests on),
   * it is served with that claim as `derived_from` and its sources, never under its `claim_id`.
   */
  bool(
    claimId: string | null | undefined,
    value: boolean | null | undefined,
    key: FigureKey,
    derivedFrom?: string | null,
  ): BooleanFigure {
    const evidence = !claimId && derivedFrom ? this.accepted.get(derivedFrom) : undefined;
    if (evidence && value !== null && value !== undefined) {
      return {
        value,
        status: evidence.status,
        source_ids: [evidence.sourceId],
        claim_id: null,
        missing_reason: null,
        missing_kind: null,
        derived_from: { claim_id: evidence.id, rule: DERIVED_ELECTED_RULE },
      };
    }
    return { ...this.build(claimId, value ?? null, (raw) => raw === 'true', key), derived_from: null };
  }
}
