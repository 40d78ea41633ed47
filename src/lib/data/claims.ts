/**
 * The rules for claims and sources: every figure carries who claimed it and which article (by
 * source id) reported it; estimates are ordered; a source URL is http(s) only. Pure; returns
 * located messages and never throws on odd input.
 */
import { QUALIFIERS, type Claim, type Source } from './schema.ts';
import { parseIsoDate } from './dates.ts';
import { m } from '../i18n/messages.ts';
import { num } from './say.ts';

const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** True for an absolute http(s) URL: the only kind the app ever makes a link of. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function figureIssue(figure: unknown): string | undefined {
  if (figure === null || isCount(figure)) return undefined;
  if (Array.isArray(figure) && figure.length === 2) {
    const [low, high] = figure as unknown[];
    if (isCount(low) && isCount(high) && low <= high) return undefined;
  }
  return m.errors_data_figure({ value: String(JSON.stringify(figure)) });
}

function estimateIssues(c: Claim): string[] {
  const issues: string[] = [];
  const parts = (['low', 'best', 'high'] as const).filter((k) => c[k] !== undefined);
  for (const k of parts)
    if (!isCount(c[k]))
      issues.push(m.errors_data_not_count({ field: k, value: String(JSON.stringify(c[k])) }));
  if (issues.length) return issues;
  // The file's figures, as it writes them.
  const { low, best, high } = c;
  const [l, b, h] = [String(low), String(best), String(high)];
  if (low !== undefined && high !== undefined && low > high)
    issues.push(m.errors_data_low_above_high({ low: l, high: h }));
  if (best !== undefined && low !== undefined && best < low)
    issues.push(m.errors_data_best_below_low({ best: b, low: l }));
  if (best !== undefined && high !== undefined && best > high)
    issues.push(m.errors_data_best_above_high({ best: b, high: h }));
  return issues;
}

function oneClaimIssues(c: unknown, ids: Set<string>): string[] {
  if (!isRecord(c)) return [m.errors_data_not_object()];
  const claim = c as unknown as Claim;
  const issues: string[] = [];
  const figure = figureIssue(claim.figure);
  if (figure) issues.push(figure);
  issues.push(...estimateIssues(claim));
  if (claim.qualifier !== undefined && !QUALIFIERS.includes(claim.qualifier)) {
    const list = QUALIFIERS.join(', ');
    issues.push(m.errors_data_not_one_of({ field: 'qualifier', value: String(claim.qualifier), list }));
  }
  if (claim.wording !== undefined && !isText(claim.wording))
    issues.push(m.errors_data_must_be_text({ field: 'wording' }));
  if (claim.wording !== undefined && claim.figure !== null) issues.push(m.errors_data_wording_or_figure());
  if (!isText(claim.what) || !isText(claim.claimed_by)) issues.push(m.errors_data_what_claimed_by());
  if (claim.side !== undefined && !isText(claim.side)) issues.push(m.errors_data_side_party());
  if (!ids.has(String(claim.source)))
    issues.push(m.errors_data_cites_unknown({ source: String(claim.source) }));
  return issues;
}

/** Claims must cite one of the incident's sources by id. */
export function claimIssues(claims: unknown[], sources: unknown[]): string[] {
  const ids = new Set(sources.filter(isRecord).map((s) => String(s.id)));
  return claims.flatMap((c, i) =>
    oneClaimIssues(c, ids).map((message) => m.errors_data_claim_at({ index: num(i), message })),
  );
}

function oneSourceIssues(s: unknown): string[] {
  if (!isRecord(s)) return [m.errors_data_not_object()];
  const source = s as unknown as Source;
  const issues: string[] = [];
  if (!SOURCE_ID.test(String(source.id))) issues.push(m.errors_data_not_slug({ value: String(source.id) }));
  if (!isText(source.outlet) || !isText(source.headline)) issues.push(m.errors_data_outlet_headline());
  if (!parseIsoDate(source.date))
    issues.push(m.errors_data_not_iso_date({ field: 'date', value: String(source.date) }));
  if (source.url !== undefined && !isWebUrl(source.url)) issues.push(m.errors_data_url_web());
  if (source.doubt !== undefined && !isText(source.doubt))
    issues.push(m.errors_data_must_be_text({ field: 'doubt' }));
  return issues;
}

/** At least one source; ids unique within the incident. */
export function sourceIssues(sources: unknown[]): string[] {
  if (sources.length === 0) return [m.errors_data_no_source()];
  const issues = sources.flatMap((s, i) =>
    oneSourceIssues(s).map((message) => m.errors_data_source_at({ index: num(i), message })),
  );
  const ids = sources.filter(isRecord).map((s) => String(s.id));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(twice)) issues.push(m.errors_data_source_twice({ id }));
  return issues;
}
