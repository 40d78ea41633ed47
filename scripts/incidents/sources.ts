/**
 * The articles the incidents come from (copies in ../shared/seeds, not part of the repo).
 * Where our copy carries no headline, `headline` describes the piece and says so.
 * Dates are as precise as the copy allows: "on Sunday" after the 19 October ceasefire gives a
 * month, not a day.
 */
import type { Source } from '../../src/lib/data/incidents.ts';

export const OUTLETS = [
  'The Conversation', 'Christian Science Monitor', 'The News on Sunday', 'TOLOnews',
  'Al Jazeera', 'Reuters', 'The Guardian', 'The New York Times',
] as const;

export const CONVERSATION: Source = {
  outlet: 'The Conversation', author: 'Amin Saikal', date: '2025-10-21',
  headline: 'Analysis by Amin Saikal of the Pakistan–Afghan Taliban clashes and the Qatar–Turkey ceasefire', headline_is_description: true,
};
export const CONVERSATION_DERIVATIVE: Source = {
  outlet: 'The Conversation', author: 'Amin Saikal', date: '2025-10',
  headline: 'Derivative summary of Amin Saikal’s analysis, republished under a Creative Commons licence', headline_is_description: true,
};
export const CSM: Source = {
  outlet: 'Christian Science Monitor', date: '2025-10',
  headline: 'Report on the Pakistan–Taliban rift, the October clashes and the India angle', headline_is_description: true,
};
export const NEWS_ON_SUNDAY: Source = {
  outlet: 'The News on Sunday', date: '2025-10',
  headline: 'Analysis of the 48-hour ceasefire and the Pakistan–Afghanistan border crisis', headline_is_description: true,
};
export const TOLO_UK: Source = { outlet: 'TOLOnews', date: '2025-10', headline: 'UK Backs Afghanistan–Pakistan Ceasefire, Calls It Key Step Toward Regional Stability' };
export const TOLO_KARACHI: Source = { outlet: 'TOLOnews', date: '2025', headline: 'Pakistan Demolishes Afghan Refugee Settlement in Karachi Amid Deportation Drive' };
export const TOLO_ZAEEF: Source = { outlet: 'TOLOnews', date: '2025-10', headline: 'Zaeef: Dialogue ‘Only Solution’ to Disputes with Pakistan' };
export const TOLO_MIGRANTS: Source = { outlet: 'TOLOnews', date: '2025-10-19', headline: 'Undocumented Afghan Migrants Fear Expulsion After Pakistan’s New Decision' };
export const REUTERS: Source = { outlet: 'Reuters', author: 'Lorraine Mallinder', date: '2025-10', headline: 'Pakistan says ceasefire hinges on Afghanistan curbing armed groups' };
export const AL_JAZEERA: Source = { outlet: 'Al Jazeera', author: 'Al Jazeera Staff', date: '2025-10', headline: 'What we know about Pakistan-Afghanistan ceasefire, will it hold?' };
export const GUARDIAN: Source = { outlet: 'The Guardian', author: 'Rachel Hagan', date: '2025-10-19', headline: 'Taliban and Pakistan agree to ceasefire after days of deadly clashes' };
export const NYT_LOST: Source = { outlet: 'The New York Times', author: 'Haq Nawaz Khan and Shaiq Hussain (first author missing in our copy)', date: '2025-10-18', headline: 'Pakistan confronts a new reality: It may have lost the Taliban' };
export const NYT_FRAGILE: Source = { outlet: 'The New York Times', date: '2025-10', headline: 'A Fragile Cease-fire Between Afghanistan and Pakistan Ends Violence, for Now' };

/** The newest article: no incident may be dated after it. */
export const NEWEST_ARTICLE = '2025-10-21';
