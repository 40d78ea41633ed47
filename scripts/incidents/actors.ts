/** Names of the parties, spelled once, and a helper writing claims with their keys in one order. */
import type { Claim, Figure, Qualifier, Source } from '../../src/lib/data/incidents.ts';

export const PAK_FORCES = 'Pakistani armed forces';
export const TALIBAN_FORCES = 'Afghan Taliban forces';
export const TTP = 'Tehrik-e-Taliban Pakistan (TTP)';
export const PAK_GOV = 'Government of Pakistan';
export const TALIBAN_GOV = 'Taliban government of Afghanistan';
export const INDIA_GOV = 'Government of India';
export const QATAR = 'Qatar (mediator)';
export const TURKEY = 'Turkey (mediator)';
export const CIVILIANS = 'civilians';
export const UNKNOWN = 'unknown';

export interface ClaimParts {
  figure?: Figure;
  qualifier?: Qualifier;
  /** The source's words where it gives no number; the figure is then null. */
  wording?: string;
  low?: number;
  best?: number;
  high?: number;
  /** Whom the figure counts: a party, `civilians` or `unknown`. */
  side?: string;
}

/** A claim: `what` it counts, who made it and the article that reports it. */
export function claim(source: Source, claimed_by: string, what: string, parts: ClaimParts): Claim {
  const { figure = null, qualifier, wording, low, best, high, side } = parts;
  return {
    figure,
    ...(qualifier ? { qualifier } : {}),
    ...(wording ? { wording } : {}),
    ...(low !== undefined ? { low } : {}),
    ...(best !== undefined ? { best } : {}),
    ...(high !== undefined ? { high } : {}),
    what,
    ...(side ? { side } : {}),
    claimed_by,
    source: source.id,
  };
}
