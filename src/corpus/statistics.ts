import type { Json } from '@duckdb/node-api';
import type { Db } from './duckdb.js';

/** A result row: column → value (numbers cast in SQL, so they come as numbers). */
export type StatRow = Record<string, Json>;

/** The statistics of corpus.md and corpus.html, each computed by one SQL query over corpus.duckdb. */
export interface CorpusStatistics {
  totals: StatRow;
  verdictsByPack: StatRow[];
  documentsByKind: StatRow[];
  coverage: StatRow[];
  coverageByKind: StatRow[];
  coverageMatrix: StatRow[];
  memberSummary: StatRow[];
  memberHistogram: StatRow[];
  scoreSummary: StatRow[];
  scoreHistogram: StatRow[];
  inflationSummary: StatRow[];
  inflatedIndicators: StatRow[];
  conditionOutcomes: StatRow[];
  verdictsByRegionYear: StatRow[];
  conditionsByRegionYear: StatRow[];
  clusters: StatRow[];
  boilerplate: StatRow[];
  unitsInManyAlliances: StatRow[];
  nameCodeConflicts: StatRow[];
}

/** Rows listed at most in a report table (the full lists are the views themselves). */
export const TOP = 30;

const five = (expr: string) => `min(${expr})::DOUBLE AS min, quantile_cont(${expr}, 0.25)::DOUBLE AS p25, median(${expr})::DOUBLE AS median, quantile_cont(${expr}, 0.75)::DOUBLE AS p75, max(${expr})::DOUBLE AS max, round(avg(${expr}), 2)::DOUBLE AS mean`;

/** Submissions per bin of `width` of a submissions column, every bin from 0 to the highest shown (empty ones too); values from `cap` up in the last bin. */
function histogram(column: string, width: number, cap?: number): string {
  const bin = `floor(${column} / ${width}) * ${width}`;
  return `WITH b AS (SELECT (${cap === undefined ? bin : `least(${bin}, ${cap})`})::INTEGER AS lo FROM submissions WHERE ${column} IS NOT NULL)
    SELECT r.range::INTEGER AS lo, (SELECT count(*) FROM b WHERE b.lo = r.range)::INTEGER AS submissions
    FROM range(0, (SELECT coalesce(max(lo), -1) + 1 FROM b), ${width}) r ORDER BY lo`;
}

const QUERIES: Record<keyof CorpusStatistics, string> = {
  totals: `SELECT (SELECT count(*) FROM submissions)::INTEGER AS submissions, (SELECT count(*) FROM documents)::INTEGER AS documents,
    (SELECT count(*) FROM members)::INTEGER AS members, (SELECT count(DISTINCT name_normalized) FROM members)::INTEGER AS distinct_units,
    (SELECT count(*) FROM facts)::INTEGER AS facts, (SELECT count(*) FROM conditions)::INTEGER AS conditions,
    (SELECT count(*) FROM near_duplicates)::INTEGER AS near_duplicate_pairs, (SELECT count(DISTINCT cluster) FROM near_duplicates)::INTEGER AS clusters,
    (SELECT count(*) FROM boilerplate)::INTEGER AS boilerplate, (SELECT count(*) FROM units_in_many_alliances)::INTEGER AS units_in_many_alliances,
    (SELECT count(*) FROM name_code_conflicts)::INTEGER AS name_code_conflicts`,
  verdictsByPack: `SELECT coalesce(pack, '(none)') AS pack, coalesce(min(pack_title), '未能确定规则包') AS title, count(*)::INTEGER AS submissions,
    (count(*) FILTER (WHERE verdict = 'pass'))::INTEGER AS pass, (count(*) FILTER (WHERE verdict = 'fail'))::INTEGER AS fail,
    (count(*) FILTER (WHERE verdict = 'needs-review'))::INTEGER AS needs_review, (count(*) FILTER (WHERE verdict = 'error'))::INTEGER AS error
    FROM submissions GROUP BY ALL ORDER BY submissions DESC, pack`,
  documentsByKind: `SELECT kind, count(*)::INTEGER AS documents, (count(*) FILTER (WHERE ocr))::INTEGER AS ocr,
    (count(*) FILTER (WHERE quality = 'error'))::INTEGER AS unreadable, (count(*) FILTER (WHERE quality IN ('partial', 'unreadable')))::INTEGER AS partly_read
    FROM documents GROUP BY kind ORDER BY documents DESC, kind`,
  coverage: `SELECT fact, sum(submissions)::INTEGER AS submissions, sum(found)::INTEGER AS found, sum(absent)::INTEGER AS absent,
    sum(unreadable)::INTEGER AS unreadable, sum(not_reported)::INTEGER AS not_reported,
    string_agg(pack || '=' || CAST(round(found_share * 100) AS INTEGER) || '%', ' · ' ORDER BY pack) AS by_pack
    FROM fact_coverage WHERE pack IS NOT NULL GROUP BY fact ORDER BY fact`,
  coverageByKind: `SELECT document_kind, count(DISTINCT fact)::INTEGER AS facts_named, sum(found)::INTEGER AS found, sum(absent)::INTEGER AS absent,
    sum(unreadable)::INTEGER AS unreadable FROM fact_coverage_by_kind GROUP BY document_kind ORDER BY found DESC, document_kind`,
  coverageMatrix: `SELECT fact, pack, found_share FROM fact_coverage WHERE pack IS NOT NULL ORDER BY fact, pack`,
  memberSummary: `SELECT coalesce(pack, '(none)') AS pack, count(member_count)::INTEGER AS n, ${five('member_count')}
    FROM submissions WHERE member_count IS NOT NULL GROUP BY ALL ORDER BY pack`,
  memberHistogram: histogram('member_count', 5),
  scoreSummary: `SELECT pack, count(*)::INTEGER AS n, min(score_full)::DOUBLE AS full_marks, ${five('score_min')},
    (count(*) FILTER (WHERE score_min <> score_max))::INTEGER AS open_ranges
    FROM submissions WHERE score_min IS NOT NULL GROUP BY pack ORDER BY pack`,
  scoreHistogram: histogram('score_min', 10, 100),
  inflationSummary: `SELECT pack, count(*)::INTEGER AS scored, (count(*) FILTER (WHERE claimed_inflation > 0))::INTEGER AS inflated,
    round(sum(claimed_inflation), 2)::DOUBLE AS excess_points, max(claimed_inflation)::DOUBLE AS max_excess
    FROM submissions WHERE claimed_inflation IS NOT NULL GROUP BY pack ORDER BY pack`,
  inflatedIndicators: `SELECT pack, label, (count(*) FILTER (WHERE inflated))::INTEGER AS inflated, count(claimed)::INTEGER AS claimed,
    round(sum(excess), 2)::DOUBLE AS excess_points FROM indicators GROUP BY pack, label HAVING count(*) FILTER (WHERE inflated) > 0
    ORDER BY excess_points DESC, pack, label LIMIT ${TOP}`,
  conditionOutcomes: `SELECT pack, condition, title, submissions, pass, fail, unknown, fail_share, unknown_share FROM condition_outcomes
    WHERE fail + unknown > 0 ORDER BY fail_share DESC, unknown_share DESC, pack, condition LIMIT ${TOP}`,
  verdictsByRegionYear: `SELECT coalesce(region, '(unknown)') AS region, year, submissions, pass, fail, needs_review, error, fail_share
    FROM verdicts_by_region_year ORDER BY region, year NULLS LAST`,
  conditionsByRegionYear: `SELECT coalesce(region, '(unknown)') AS region, year, condition, title, submissions, fail, unknown, fail_share
    FROM condition_outcomes_by_region_year WHERE fail > 0 ORDER BY fail_share DESC, fail DESC, region, year, condition LIMIT ${TOP}`,
  clusters: `SELECT cluster, min(cluster_size)::INTEGER AS documents, min(cluster_min_jaccard)::DOUBLE AS min_jaccard, max(jaccard)::DOUBLE AS max_jaccard,
    array_to_string(list_sort(list_distinct(list(kind_a) || list(kind_b))), ' / ') AS kinds,
    array_to_string(list_sort(list_distinct(list(submission_a) || list(submission_b))), ' ') AS submissions
    FROM near_duplicates GROUP BY cluster ORDER BY documents DESC, cluster LIMIT ${TOP}`,
  boilerplate: `SELECT text, chars, submissions, share FROM boilerplate ORDER BY submissions DESC, chars DESC, text LIMIT ${TOP}`,
  unitsInManyAlliances: `SELECT unit, alliances, submissions, lead_roles, alliance_names FROM units_in_many_alliances ORDER BY alliances DESC, submissions DESC, unit LIMIT ${TOP}`,
  nameCodeConflicts: `SELECT conflict, coalesce(name, code) AS key, variants, variant_count, submission_count FROM name_code_conflicts
    ORDER BY variant_count DESC, submission_count DESC, key LIMIT ${TOP}`,
};

/** Runs every statistics query over the dataset. */
export async function corpusStatistics(db: Db): Promise<CorpusStatistics> {
  const out: Partial<Record<keyof CorpusStatistics, StatRow[]>> = {};
  for (const [key, sql] of Object.entries(QUERIES) as [keyof CorpusStatistics, string][]) out[key] = await db.all(sql);
  const { totals, ...lists } = out as Record<keyof CorpusStatistics, StatRow[]>;
  return { totals: totals[0] ?? {}, ...lists };
}
