/**
 * The incidents, from the articles in ../shared/seeds. Summaries are our own words. Where the
 * articles disagree, every version stays, with who said it. A place is never made more precise
 * than the text: a district with no open boundary is drawn at its province's representative point
 * and says so, and events with no place have no point.
 */
import type { Claim, IncidentProps, Source } from '../../src/lib/data/incidents.ts';
import {
  AL_JAZEERA, CONVERSATION, CONVERSATION_DERIVATIVE, CSM, GUARDIAN, NEWS_ON_SUNDAY, NYT_FRAGILE, NYT_LOST, REUTERS,
  TOLO_KARACHI, TOLO_MIGRANTS, TOLO_UK, TOLO_ZAEEF,
} from './sources.ts';

/** Where the incident happened, as precisely as the text says. */
export type Where =
  /** A town or city in places.geojson. */
  | { place: string; name?: string }
  /** A province named by the text: drawn at the province's representative point. */
  | { province: string; name?: string }
  /** A district drawn at its seat (only Kurram has one in provinces.geojson). */
  | { district: string; name?: string }
  /** A city outside Afghanistan and Pakistan, from GeoNames. */
  | { foreign: string; country: string; name?: string }
  /** No point: along the border somewhere, the country only, or no place at all. */
  | { none: 'border' | 'country' | 'unknown'; country: string | null; name: string };

export interface IncidentRecord extends Omit<IncidentProps, 'admin1' | 'country' | 'location_name' | 'location_precision'> {
  where: Where;
  /** The province the text names, checked against the one computed from the point. */
  admin1_text?: string;
}

const PAK_FORCES = 'Pakistani armed forces';
const TALIBAN_FORCES = 'Afghan Taliban forces';
const TTP = 'Tehrik-e-Taliban Pakistan (TTP)';
const PAK_GOV = 'Government of Pakistan';
const TALIBAN_GOV = 'Taliban government of Afghanistan';
const claim = (figure: Claim['figure'], what: string, claimed_by: string, source: Source, qualifier?: Claim['qualifier']): Claim => ({
  figure, ...(qualifier ? { qualifier } : {}), what, claimed_by, source: source.outlet,
});

export const RECORDS: IncidentRecord[] = [
  // ── Earlier rounds recalled by the articles ──────────────────────────────────────────────
  {
    id: '2014-12-peshawar-army-public-school-attack', date: '2014-12', date_precision: 'month', type: 'militant_attack',
    actors: [TTP], target: 'Army Public School, Peshawar', where: { place: 'Peshawar', name: 'Army Public School, Peshawar' }, admin1_text: 'Khyber Pakhtunkhwa',
    claims: [claim(130, 'students killed', 'Al Jazeera (unattributed)', AL_JAZEERA, 'more than')],
    summary: 'The TTP attacked the Army Public School in Peshawar, its deadliest attack since the group was founded in 2007. Al Jazeera recalls it as background to the 2025 crisis and gives the month, not the day.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2018-fata-merger', date: '2018', date_precision: 'year', type: 'policy',
    actors: [PAK_GOV], where: { province: 'Khyber Pakhtunkhwa', name: 'Former Federally Administered Tribal Areas (now Khyber Pakhtunkhwa)' }, admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary: 'The tribal areas along the border were merged into Khyber Pakhtunkhwa province. Reversing this merger is one of the TTP’s demands, according to Al Jazeera. Drawn at the province’s representative point: the former tribal areas have no boundary of their own in our data.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2021-09-taliban-mediated-ttp-talks', date: '2021-09', date_precision: 'month', type: 'talks',
    actors: [TALIBAN_GOV, PAK_FORCES, TTP], where: { none: 'unknown', country: null, name: 'Place not given' },
    claims: [],
    summary: 'About a month after taking Kabul in August 2021, the Taliban brokered talks between Pakistan’s military and the TTP, with backing from then prime minister Imran Khan. The talks later collapsed; the article does not say where they were held.',
    sources: [AL_JAZEERA, NYT_LOST],
    notes: ['The New York Times reports Pakistani officials as saying Sirajuddin Haqqani, now Afghanistan’s interior minister, took part in the 2021 talks.'],
  },
  {
    id: '2022-ttp-ends-ceasefire', date: '2022', date_precision: 'year', type: 'ceasefire_collapse',
    actors: [TTP], where: { none: 'country', country: 'PAK', name: 'Pakistan' },
    claims: [],
    summary: 'The TTP walked out of its ceasefire with the Pakistani state, accusing Islamabad of resuming military operations. Violence in Pakistan rose sharply afterwards.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2024-03-khost-airstrikes', date: '2024-03', date_precision: 'month', type: 'airstrike',
    actors: [PAK_FORCES], target: 'TTP hideouts', where: { province: 'Khost' }, admin1_text: 'Khost',
    claims: [],
    summary: 'Pakistan carried out airstrikes on what it described as TTP hideouts in Khost province, part of a year of large border clashes. The article names the province only.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-03-paktika-airstrikes', date: '2024-03', date_precision: 'month', type: 'airstrike',
    actors: [PAK_FORCES], target: 'TTP hideouts', where: { province: 'Paktika' }, admin1_text: 'Paktika',
    claims: [],
    summary: 'In the same March 2024 operation, Pakistani aircraft struck alleged TTP hideouts in Paktika province. No casualty figures are given.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-09-border-guards-frontier-corps-clash', date: '2024-09', date_precision: 'month', type: 'armed_clash',
    actors: ['Afghan Taliban border guards', 'Frontier Corps (Pakistan)'], where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border (place not given)' },
    claims: [claim(1, 'Taliban T-62 tanks destroyed by Pakistan', 'The News on Sunday (unattributed)', NEWS_ON_SUNDAY)],
    summary: 'Taliban border guards fought Pakistan’s Frontier Corps on the border; Pakistan destroyed a Taliban T-62 tank. The article does not say where along the border.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-12-25-barmal-airstrikes', date: '2024-12-25', date_precision: 'day', type: 'airstrike',
    actors: [PAK_FORCES], target: 'Seven TTP locations', where: { province: 'Paktika', name: 'Barmal district, Paktika' }, admin1_text: 'Paktika',
    claims: [
      claim([20, 25], 'militants killed', 'The News on Sunday (unattributed)', NEWS_ON_SUNDAY),
      claim(7, 'TTP locations struck', 'The News on Sunday (unattributed)', NEWS_ON_SUNDAY),
    ],
    summary: 'On Christmas Day 2024 Pakistani airstrikes hit seven TTP sites in Barmal district of Paktika. Barmal has no open district boundary in our data, so the point is Paktika’s representative point and the precision is the province.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-12-28-kurram-posts-attacked', date: '2024-12-28', date_precision: 'day', type: 'attack_on_post',
    actors: [TALIBAN_FORCES], target: 'Pakistani border posts', where: { district: 'Kurram', name: 'Kurram district' }, admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary: 'Three days after the Barmal strikes, Taliban forces hit back at Pakistani posts in Kurram. The point is Kurram’s seat, Parachinar, standing for the district.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-12-28-north-waziristan-posts-attacked', date: '2024-12-28', date_precision: 'day', type: 'attack_on_post',
    actors: [TALIBAN_FORCES], target: 'Pakistani border posts', where: { province: 'Khyber Pakhtunkhwa', name: 'North Waziristan district, Khyber Pakhtunkhwa' }, admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary: 'The same Taliban retaliation targeted Pakistani posts in North Waziristan. With no open district boundary, the incident is drawn at Khyber Pakhtunkhwa’s representative point.',
    sources: [NEWS_ON_SUNDAY],
  },
  // ── 2025 ────────────────────────────────────────────────────────────────────────────────
  {
    id: '2025-kashmir-attack-on-tourists', date: '2025', date_precision: 'year', type: 'militant_attack',
    actors: ['Militants (not named)'], target: 'Tourists', where: { none: 'country', country: 'IND', name: 'Indian-administered Kashmir' },
    claims: [claim(26, 'tourists killed', 'Christian Science Monitor (unattributed)', CSM)],
    summary: 'An attack on tourists in Indian-administered Kashmir preceded the India–Pakistan war of May 2025. The article gives no date for the attack beyond placing it before the war.',
    sources: [CSM],
  },
  {
    id: '2025-05-india-pakistan-war', date: '2025-05', date_precision: 'month', type: 'armed_clash',
    actors: ['Indian armed forces', PAK_FORCES], where: { none: 'unknown', country: null, name: 'India–Pakistan (place not given)' },
    claims: [],
    summary: 'India and Pakistan fought a short war in May 2025 after the Kashmir attack. The Monitor cites it to show what is at stake if Afghanistan becomes part of their rivalry.',
    sources: [CSM],
  },
  {
    id: '2025-kabul-trilateral-meeting', date: '2025-06', end_date: '2025-08', date_precision: 'month', type: 'talks',
    actors: ['China', PAK_GOV, TALIBAN_GOV], where: { place: 'Kabul' }, admin1_text: 'Kabul',
    claims: [],
    summary: 'China hosted a three-way meeting with Pakistan and the Taliban government in Kabul in the summer; it ended without a joint agreement on security. The article says only “this summer”, drawn here as June to August.',
    sources: [NYT_FRAGILE],
  },
  {
    id: '2025-09-afghanistan-internet-outage', date: '2025-09', date_precision: 'month', type: 'policy',
    actors: [TALIBAN_GOV], where: { none: 'country', country: 'AFG', name: 'Afghanistan (nationwide)' },
    claims: [],
    summary: 'A nationwide internet outage lasted 48 hours in Afghanistan. The New York Times notes that TTP channels went offline at the same time, which it reads as a sign the group operates from Afghan soil.',
    sources: [NYT_LOST],
  },
  {
    id: '2025-10-ttp-police-training-school-bombing', date: '2025-10', date_precision: 'month', type: 'suicide_bombing',
    actors: [TTP], target: 'A police training school', where: { none: 'country', country: 'PAK', name: 'A police training school in Pakistan (place not given)' },
    claims: [claim(23, 'killed', 'The Conversation (derivative copy, unattributed)', CONVERSATION_DERIVATIVE)],
    summary: 'A TTP suicide bombing at a police training school set off the month of escalation that ended in the October ceasefire. The text gives neither the day nor the town.',
    sources: [CONVERSATION_DERIVATIVE],
    notes: ['Dated to October 2025 because the text has it open the month of fighting that ended on 19 October; it may have fallen late in September.'],
  },
  {
    id: '2025-10-ttp-attack-kills-11-soldiers', date: '2025-10', date_precision: 'month', type: 'militant_attack',
    actors: [TTP], target: 'Pakistani soldiers', where: { none: 'country', country: 'PAK', name: 'Pakistan (place not given)' },
    claims: [claim(11, 'Pakistani soldiers killed', 'The New York Times (unattributed)', NYT_FRAGILE)],
    summary: 'A TTP attack killed Pakistani soldiers a few days before the explosions in Kabul that opened the October crisis. No place or date is given.',
    sources: [NYT_FRAGILE],
  },
  {
    id: '2025-10-09-kabul-airstrike', date: '2025-10-09', date_precision: 'day', type: 'airstrike',
    actors: [PAK_FORCES], target: 'TTP leader Noor Wali Mehsud', where: { place: 'Kabul', name: 'Central Kabul' }, admin1_text: 'Kabul',
    claims: [
      claim(1, 'TTP leader Noor Wali Mehsud killed', 'The News on Sunday (says he was “taken out in a precision attack”)', NEWS_ON_SUNDAY),
      claim(0, 'TTP leader killed: Mehsud survived and appeared in a video', 'Pakistani official speaking anonymously', NYT_LOST),
      claim(0, 'TTP leader killed: an unverified voice note says Mehsud is alive', 'TTP', GUARDIAN),
      claim(null, 'explosions in central Kabul (two)', 'The New York Times', NYT_FRAGILE),
    ],
    summary: 'Two blasts struck central Kabul in what Pakistani security officials later described as an air strike aimed at the TTP leader, Noor Wali Mehsud. Afghanistan blamed Pakistan; Pakistan did not publicly claim the strike. The articles disagree on whether Mehsud died.',
    sources: [CSM, REUTERS, GUARDIAN, NYT_LOST, NYT_FRAGILE, NEWS_ON_SUNDAY],
    notes: [
      'Reuters cites Pakistani security officials saying the military struck Kabul; The New York Times says Pakistan neither confirmed nor denied it.',
      'The News on Sunday reports Mehsud killed; Reuters, The Guardian and The New York Times report him alive after the strike.',
    ],
  },
  {
    id: '2025-10-paktika-strikes-before-clashes', date: '2025-10', date_precision: 'month', type: 'airstrike',
    actors: [PAK_FORCES], target: 'Armed groups Pakistan links to attacks inside Pakistan', where: { province: 'Paktika' }, admin1_text: 'Paktika',
    claims: [],
    summary: 'Alongside the Kabul strike, Pakistan allegedly hit targets in the south-eastern province of Paktika, which Al Jazeera says triggered the border fighting. Only the province is named.',
    sources: [AL_JAZEERA],
    notes: ['Al Jazeera places these strikes before 11 October without giving their day.'],
  },
  {
    id: '2025-10-eastern-afghanistan-market-strike', date: '2025-10', date_precision: 'month', type: 'airstrike',
    actors: [PAK_FORCES], target: 'A market', where: { none: 'country', country: 'AFG', name: 'A market in eastern Afghanistan (province not named)' },
    claims: [],
    summary: 'An airstrike hit a market in eastern Afghanistan at about the time of the Kabul blasts; Afghanistan blamed Pakistan. The report names neither the province nor the town, so it has no point.',
    sources: [NYT_FRAGILE],
    notes: ['It may be the same strike Al Jazeera places in Paktika; neither article says so.'],
  },
  {
    id: '2025-10-muttaqi-visit-to-india', date: '2025-10', date_precision: 'month', type: 'talks',
    actors: ['Amir Khan Muttaqi (Taliban foreign minister)', 'Government of India'], where: { foreign: 'New Delhi', country: 'IND' },
    claims: [],
    summary: 'The Taliban’s foreign minister visited New Delhi while the crisis opened; India said it would reopen its embassy in Kabul. Pakistan objected to a joint statement calling Jammu and Kashmir part of India.',
    sources: [CSM, NEWS_ON_SUNDAY, NYT_FRAGILE, CONVERSATION],
  },
  {
    id: '2025-10-11-taliban-attacks-pakistani-posts', date: '2025-10-11', date_precision: 'day', type: 'attack_on_post',
    actors: [TALIBAN_FORCES], target: 'Pakistani border posts', where: { none: 'border', country: null, name: 'Several fronts along the border' },
    claims: [
      claim(58, 'Pakistani soldiers killed', 'Taliban', CSM),
      claim(null, 'soldiers killed (“dozens”)', 'Taliban', NEWS_ON_SUNDAY),
      claim(23, 'Pakistani soldiers killed in the cross-border raids', 'The New York Times (unattributed)', NYT_FRAGILE, 'at least'),
    ],
    summary: 'Taliban forces attacked Pakistani border posts on several fronts in response to the strikes. Their death toll for Pakistani soldiers is far higher than the one The New York Times reports.',
    sources: [CSM, NEWS_ON_SUNDAY, NYT_FRAGILE, AL_JAZEERA],
    notes: ['The Monitor says cross-border fighting began the day after the 9 October strikes; Al Jazeera dates the outbreak to 11 October.'],
  },
  {
    id: '2025-10-pakistan-captures-afghan-posts', date: '2025-10', date_precision: 'month', type: 'capture_of_post',
    actors: [PAK_FORCES], target: 'Afghan border posts', where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border (place not given)' },
    claims: [],
    summary: 'After the Taliban attacks, the Pakistan Army took several Afghan border posts before the fighting paused, according to The News on Sunday. No location or day is given.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2025-10-pakistan-mortar-and-drone-response', date: '2025-10', date_precision: 'month', type: 'shelling',
    actors: [PAK_FORCES], target: 'Afghan forces', where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border (place not given)' },
    claims: [],
    summary: 'In the days after the Kabul blasts Afghan troops fired on Pakistani posts, and Pakistan answered with mortar fire and drone strikes. The Guardian does not say where.',
    sources: [GUARDIAN],
  },
  {
    id: '2025-10-11-border-clashes', date: '2025-10-11', end_date: '2025-10-19', date_precision: 'day', type: 'armed_clash',
    actors: [PAK_FORCES, TALIBAN_FORCES], where: { none: 'border', country: null, name: 'Along the Afghanistan–Pakistan border' },
    claims: [
      claim(200, 'militants killed', 'Pakistan', CSM, 'more than'),
      claim(17, 'Afghan civilians killed', 'UN Assistance Mission in Afghanistan (UNAMA)', GUARDIAN, 'at least'),
      claim(50, 'dead in a week of Pakistani bombing, with 550 injured', 'Abdullah Baheer, Kabul-based analyst', AL_JAZEERA, 'about'),
      claim(null, 'killed (“dozens”), with hundreds wounded', 'Al Jazeera (unattributed)', AL_JAZEERA),
    ],
    summary: 'More than a week of cross-border fighting, the worst between the two since 2021, ran until the Doha ceasefire. Each side claimed heavy losses on the other; the UN counted Afghan civilian deaths separately.',
    sources: [AL_JAZEERA, CSM, GUARDIAN, CONVERSATION, NYT_FRAGILE],
    notes: ['The Monitor dates the start of the fighting to 10 October, Al Jazeera to 11 October.'],
  },
  {
    id: '2025-10-15-kabul-airstrikes', date: '2025-10-15', date_precision: 'day', type: 'airstrike',
    actors: [PAK_FORCES], target: 'Alleged TTP sites', where: { place: 'Kabul' }, admin1_text: 'Kabul',
    claims: [],
    summary: 'After the Taliban raids, Pakistan struck Kabul again, in a day of attacks across the border. A Pakistani military official said the targets were militant groups such as the TTP.',
    sources: [NYT_FRAGILE, CONVERSATION_DERIVATIVE],
    notes: ['Dated from “last Wednesday” in The New York Times’ report of the Sunday ceasefire.'],
  },
  {
    id: '2025-10-15-kandahar-airstrikes', date: '2025-10-15', date_precision: 'day', type: 'airstrike',
    actors: [PAK_FORCES], target: 'Alleged TTP sites', where: { place: 'Kandahar' }, admin1_text: 'Kandahar',
    claims: [],
    summary: 'On the same day Pakistani aircraft hit Kandahar, Afghanistan’s second city and the seat of the Taliban’s hard-line leadership. Islamabad said it was aiming at militants.',
    sources: [NYT_FRAGILE, CONVERSATION_DERIVATIVE],
  },
  {
    id: '2025-10-15-48-hour-ceasefire', date: '2025-10-15', end_date: '2025-10-17', date_precision: 'day', type: 'ceasefire',
    actors: [PAK_GOV, TALIBAN_GOV], where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border' },
    claims: [],
    summary: 'Hours after the strikes on Kabul and Kandahar a 48-hour truce began. Strikes across the border went on during it, and fighting resumed when it lapsed on Friday.',
    sources: [NEWS_ON_SUNDAY, GUARDIAN, NYT_FRAGILE, CONVERSATION_DERIVATIVE],
    notes: [
      'The News on Sunday says the truce took effect on Wednesday (15 October) but also dates a partial ceasefire to 16 October.',
      'The Guardian says the truce was declared on Wednesday night as delegations met in Doha.',
    ],
  },
  {
    id: '2025-10-17-paktika-airstrikes', date: '2025-10-17', date_precision: 'day', type: 'airstrike',
    actors: [PAK_FORCES], where: { province: 'Paktika' }, admin1_text: 'Paktika',
    claims: [
      claim(8, 'killed, three of them local cricket players', 'Taliban', GUARDIAN),
      claim(3, 'members of a cricket team killed, several people wounded', 'Hurriyat Radio (Taliban-controlled)', NYT_LOST, 'at least'),
      claim(0, 'civilians killed: Pakistan says it targeted militants', 'Pakistan', NYT_FRAGILE),
    ],
    summary: 'Once the 48-hour truce expired, Pakistani airstrikes hit the border province of Paktika. Afghan sources said local cricket players were among the dead; Pakistan denied killing civilians.',
    sources: [GUARDIAN, NYT_LOST, NYT_FRAGILE, CONVERSATION_DERIVATIVE],
  },
  {
    id: '2025-10-17-afghan-retaliation-on-outposts', date: '2025-10-17', date_precision: 'day', type: 'attack_on_post',
    actors: [TALIBAN_FORCES], target: 'Pakistani military outposts', where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border (place not given)' },
    claims: [],
    summary: 'Late that Friday, Taliban-controlled radio said Afghan forces had launched “retaliatory operations” against Pakistani outposts in answer to the Paktika strikes.',
    sources: [NYT_LOST],
  },
  {
    id: '2025-10-18-doha-talks', date: '2025-10-18', date_precision: 'day', type: 'talks',
    actors: [PAK_GOV, TALIBAN_GOV, 'Qatar (mediator)', 'Turkey (mediator)'], where: { foreign: 'Doha', country: 'QAT' },
    claims: [],
    summary: 'Delegations led by Pakistan’s defence minister Khawaja Asif and his Afghan counterpart Mullah Muhammad Yaqoob met in Doha under Qatari and Turkish mediation.',
    sources: [NYT_FRAGILE, REUTERS, AL_JAZEERA],
  },
  {
    id: '2025-10-19-doha-ceasefire', date: '2025-10-19', date_precision: 'day', type: 'ceasefire',
    actors: [PAK_GOV, TALIBAN_GOV, 'Qatar (mediator)', 'Turkey (mediator)'], where: { foreign: 'Doha', country: 'QAT' },
    claims: [],
    summary: 'Qatar announced an immediate ceasefire: both sides would respect each other’s territory and refrain from attacking each other’s forces, civilians and infrastructure, with a follow-up meeting set for Istanbul on 25 October. Pakistan says the deal stands or falls on Kabul reining in the TTP.',
    sources: [GUARDIAN, AL_JAZEERA, REUTERS, NYT_FRAGILE, CSM, CONVERSATION, TOLO_UK, TOLO_ZAEEF],
    notes: [
      'Pakistan’s defence minister said cross-border terrorism from Afghanistan would stop at once; the Taliban spokesman said Afghanistan would not support groups attacking Pakistan’s government. There was no joint statement (The New York Times).',
      'The United Kingdom welcomed the ceasefire (TOLOnews); a former Taliban envoy called Pakistan’s strikes war crimes (TOLOnews).',
    ],
  },
  {
    id: '2025-10-afghan-returns-from-pakistan', date: '2025-10', date_precision: 'month', type: 'deportation',
    actors: [PAK_GOV], target: 'Afghan refugees and migrants', where: { none: 'country', country: 'PAK', name: 'Pakistan (nationwide)' },
    claims: [
      claim(1_500_000, 'Afghans repatriated', 'Local news reports', CSM, 'about'),
      claim(null, 'refugees deported (“tens of thousands”)', 'The Conversation (Amin Saikal)', CONVERSATION),
    ],
    summary: 'Pakistan has pushed Afghans out in a large deportation drive, which it links to TTP attacks. The articles give very different scales; the figure is cumulative as of October 2025.',
    sources: [CSM, CONVERSATION],
    notes: ['The text does not say when the drive began; the date is when the count was reported.'],
  },
  {
    id: '2025-10-18-islamabad-one-week-deadline', date: '2025-10-18', date_precision: 'day', type: 'deportation',
    actors: [PAK_GOV, 'Prime Minister Shehbaz Sharif'], target: 'Afghan migrants, including visa holders', where: { place: 'Islamabad' }, admin1_text: 'Islamabad Capital Territory',
    claims: [],
    summary: 'Pakistan’s prime minister ordered the “immediate return” of Afghans living in the country illegally, and Afghans holding visas in Islamabad were told to leave within a week. A migrant quoted by TOLOnews said the provinces set the same deadline.',
    sources: [TOLO_MIGRANTS],
  },
  {
    id: '2025-karachi-manghopir-demolitions', date: '2025', date_precision: 'year', type: 'demolition',
    actors: ['Pakistani authorities'], target: 'Afghan refugee settlement in Manghopir', where: { place: 'Karachi', name: 'Manghopir, Karachi' }, admin1_text: 'Sindh',
    claims: [
      claim(1200, 'homes and shops demolished', 'Pakistani officials', TOLO_KARACHI, 'more than'),
      claim(90, 'per cent of residents already gone to Afghanistan', 'Manghopir police (deputy superintendent)', TOLO_KARACHI, 'more than'),
      claim([800, 1000], 'more residents expected to leave', 'Manghopir police (deputy superintendent)', TOLO_KARACHI),
    ],
    summary: 'Demolition of an Afghan settlement dating from 1984 in Karachi’s Manghopir area ran for at least five days as part of the deportation drive. Rights activists warned families were being left without shelter.',
    sources: [TOLO_KARACHI],
    notes: ['Our copy of the TOLOnews report is undated; it sits among articles from 18 to 21 October 2025, so it most likely dates from October 2025. Drawn at Karachi: Manghopir is not in our places layer.'],
  },
];
