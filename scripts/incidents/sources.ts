/**
 * The articles the incidents come from (copies in ../shared/seeds, not part of the repo). One
 * record per article, cited by id. Where our copy carries no headline, `headline` describes the
 * piece and says so. Dates are as precise as the copy allows: "on Sunday" after the 19 October
 * ceasefire gives a month, not a day. Where a copy's label and its text disagree we keep the
 * label and say why we doubt it in `doubt`.
 */
import type { Source } from '../../src/lib/data/incidents.ts';

export const OUTLETS = [
  'The Conversation',
  'Christian Science Monitor',
  'The News on Sunday',
  'TOLOnews',
  'Al Jazeera',
  'Reuters',
  'The Guardian',
  'The New York Times',
] as const;

export const CONVERSATION: Source = {
  id: 'conversation-2025-10-21-saikal',
  outlet: 'The Conversation',
  author: 'Amin Saikal',
  date: '2025-10-21',
  headline: 'Analysis by Amin Saikal of the Pakistan–Afghan Taliban clashes and the Qatar–Turkey ceasefire',
  headline_is_description: true,
};
export const CONVERSATION_DERIVATIVE: Source = {
  id: 'conversation-2025-10-saikal-derivative',
  outlet: 'The Conversation',
  author: 'Amin Saikal',
  date: '2025-10',
  headline: 'Derivative summary of Amin Saikal’s analysis, republished under a Creative Commons licence',
  headline_is_description: true,
  doubt:
    'Labelled The Conversation, by Amin Saikal, but the copy calls itself a derivative work of ' +
    'Saikal’s piece, reused under a Creative Commons licence by a site it does not name (it carries that ' +
    'site’s “Also Read” links). Where it covers the same ground as our copy of Saikal’s article its ' +
    'wording differs, and it adds details that copy lacks, such as a suicide attack on a police training ' +
    'school with 23 dead.',
};
export const CSM: Source = {
  id: 'csm-2025-10-pakistan-taliban-rift',
  outlet: 'Christian Science Monitor',
  date: '2025-10',
  headline: 'Report on the Pakistan–Taliban rift, the October clashes and the India angle',
  headline_is_description: true,
};
export const NEWS_ON_SUNDAY: Source = {
  id: 'tns-2025-10-ceasefire-analysis',
  outlet: 'The News on Sunday',
  date: '2025-10',
  headline: 'Analysis of the 48-hour ceasefire and the Pakistan–Afghanistan border crisis',
  headline_is_description: true,
};
export const TOLO_UK: Source = {
  id: 'tolo-2025-10-uk-backs-ceasefire',
  outlet: 'TOLOnews',
  date: '2025-10',
  headline: 'UK Backs Afghanistan–Pakistan Ceasefire, Calls It Key Step Toward Regional Stability',
};
export const TOLO_KARACHI: Source = {
  id: 'tolo-2025-karachi-demolition',
  outlet: 'TOLOnews',
  date: '2025',
  headline: 'Pakistan Demolishes Afghan Refugee Settlement in Karachi Amid Deportation Drive',
};
export const TOLO_ZAEEF: Source = {
  id: 'tolo-2025-10-zaeef-dialogue',
  outlet: 'TOLOnews',
  date: '2025-10',
  headline: 'Zaeef: Dialogue ‘Only Solution’ to Disputes with Pakistan',
};
export const TOLO_MIGRANTS: Source = {
  id: 'tolo-2025-10-19-migrants-fear-expulsion',
  outlet: 'TOLOnews',
  date: '2025-10-19',
  headline: 'Undocumented Afghan Migrants Fear Expulsion After Pakistan’s New Decision',
};
export const REUTERS: Source = {
  id: 'reuters-2025-10-ceasefire-hinges',
  outlet: 'Reuters',
  author: 'Lorraine Mallinder',
  date: '2025-10',
  headline: 'Pakistan says ceasefire hinges on Afghanistan curbing armed groups',
  doubt:
    'Labelled Reuters, but the text says Asif spoke “in an interview with news agency Reuters”, as ' +
    'another outlet quoting Reuters would put it, and it reads like Al Jazeera (it spells Türkiye ' +
    '“Turkiye”, writes “ISIL (ISIS)” and carries a sign-up line for instant alerts). It is probably an ' +
    'Al Jazeera article citing Reuters.',
};
export const AL_JAZEERA: Source = {
  id: 'aljazeera-2025-10-what-we-know',
  outlet: 'Al Jazeera',
  author: 'Al Jazeera Staff',
  date: '2025-10',
  headline: 'What we know about Pakistan-Afghanistan ceasefire, will it hold?',
};
export const GUARDIAN: Source = {
  id: 'guardian-2025-10-19-ceasefire',
  outlet: 'The Guardian',
  author: 'Rachel Hagan',
  date: '2025-10-19',
  headline: 'Taliban and Pakistan agree to ceasefire after days of deadly clashes',
};
export const NYT_LOST: Source = {
  id: 'nyt-2025-10-18-lost-the-taliban',
  outlet: 'The New York Times',
  author: 'Haq Nawaz Khan and Shaiq Hussain (first author missing in our copy)',
  date: '2025-10-18',
  headline: 'Pakistan confronts a new reality: It may have lost the Taliban',
  doubt:
    'Labelled The New York Times, but the text says Asif Durrani “told The Washington Post”, the way ' +
    'that paper credits interviews given to its own reporters. It is most likely a Washington Post article.',
};
export const NYT_FRAGILE: Source = {
  id: 'nyt-2025-10-fragile-ceasefire',
  outlet: 'The New York Times',
  date: '2025-10',
  headline: 'A Fragile Cease-fire Between Afghanistan and Pakistan Ends Violence, for Now',
};

/** The newest article: no incident may be dated after it. */
export const NEWEST_ARTICLE = '2025-10-21';
