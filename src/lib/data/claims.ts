/**
 * The rules for claims and sources: every figure carries who claimed it and which article (by
 * source id) reported it; estimates are ordered; a source URL is http(s) only. Pure; returns
 * located messages and never throws on odd input.
 */
import { QUALIFIERS, type Claim, type Source } from './schema.ts';
import { parseIsoDate } from './dates.ts';

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
  return `figure ${JSON.stringify(figure)} is not a count, [low, high] or null`;
}

function estimateIssues(c: Claim): string[] {
  const issues: string[] = [];
  const parts = (['low', 'best', 'high'] as const).filter((k) => c[k] !== undefined);
  for (const k of parts) if (!isCount(c[k])) issues.push(`${k} ${JSON.stringify(c[k])} is not a count`);
  if (issues.length) return issues;
  const { low, best, high } = c;
  if (low !== undefined && high !== undefined && low > high) issues.push(`low ${low} is above high ${high}`);
  if (best !== undefined && low !== undefined && best < low) issues.push(`best ${best} is below low ${low}`);
  if (best !== undefined && high !== undefined && best > high)
    issues.push(`best ${best} is above high ${high}`);
  return issues;
}

function oneClaimIssues(c: unknown, ids: Set<string>): string[] {
  if (!isRecord(c)) return ['is not an object'];
  const claim = c as unknown as Claim;
  const issues: string[] = [];
  const figure = figureIssue(claim.figure);
  if (figure) issues.push(figure);
  issues.push(...estimateIssues(claim));
  if (claim.qualifier !== undefined && !QUALIFIERS.includes(claim.qualifier)) {
    issues.push(`qualifier "${String(claim.qualifier)}" is not one of ${QUALIFIERS.join(', ')}`);
  }
  if (claim.wording !== undefined && !isText(claim.wording)) issues.push('wording must be a text');
  if (claim.wording !== undefined && claim.figure !== null) {
    issues.push('wording stands in for a missing figure: use one or the other');
  }
  if (!isText(claim.what) || !isText(claim.claimed_by)) issues.push('needs "what" and "claimed_by"');
  if (claim.side !== undefined && !isText(claim.side))
    issues.push('side must be a party, "civilians" or "unknown"');
  if (!ids.has(String(claim.source))) {
    issues.push(`cites "${String(claim.source)}", which is not the id of one of the incident's sources`);
  }
  return issues;
}

/** Claims must cite one of the incident's sources by id. */
export function claimIssues(claims: unknown[], sources: unknown[]): string[] {
  const ids = new Set(sources.filter(isRecord).map((s) => String(s.id)));
  return claims.flatMap((c, i) => oneClaimIssues(c, ids).map((m) => `claim ${i}: ${m}`));
}

function oneSourceIssues(s: unknown): string[] {
  if (!isRecord(s)) return ['is not an object'];
  const source = s as unknown as Source;
  const issues: string[] = [];
  if (!SOURCE_ID.test(String(source.id))) issues.push(`id "${String(source.id)}" is not a lower-case slug`);
  if (!isText(source.outlet) || !isText(source.headline)) issues.push('needs an outlet and a headline');
  if (!parseIsoDate(source.date)) issues.push(`date "${String(source.date)}" is not an ISO date`);
  if (source.url !== undefined && !isWebUrl(source.url)) issues.push('url must be an http or https address');
  if (source.doubt !== undefined && !isText(source.doubt)) issues.push('doubt must be a text');
  return issues;
}

/** At least one source; ids unique within the incident. */
export function sourceIssues(sources: unknown[]): string[] {
  if (sources.length === 0) return ['has no source'];
  const issues = sources.flatMap((s, i) => oneSourceIssues(s).map((m) => `source ${i}: ${m}`));
  const ids = sources.filter(isRecord).map((s) => String(s.id));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(twice)) issues.push(`source id "${id}" is listed twice`);
  return issues;
}
