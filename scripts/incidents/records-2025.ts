/** 2025 before the border fighting: Kashmir, diplomacy, and the first attacks of October. */
import { CIVILIANS, INDIA_GOV, PAK_FORCES, PAK_GOV, TALIBAN_GOV, TTP, UNKNOWN, claim } from './actors.ts';
import type { IncidentRecord } from './records.ts';
import {
  AL_JAZEERA,
  CONVERSATION,
  CONVERSATION_DERIVATIVE,
  CSM,
  GUARDIAN,
  NEWS_ON_SUNDAY,
  NYT_FRAGILE,
  NYT_LOST,
  REUTERS,
} from './sources.ts';

const ATTACKERS = 'Unidentified attackers';
const INDIAN_FORCES = 'Indian armed forces';
const RUSSIA = 'Government of Russia';
const DELEGATION = 'Pakistani delegation led by Muhammad Ibrahim Khan';
const MUTTAQI = 'Amir Khan Muttaqi (Taliban foreign minister)';
const NYT_UNATTRIBUTED = 'The New York Times (unattributed)';

export const BEFORE_THE_CLASHES: IncidentRecord[] = [
  {
    id: '2025-kashmir-attack-on-tourists',
    date: '2025',
    date_precision: 'year',
    type: 'militant_attack',
    actors: [ATTACKERS],
    actor1: ATTACKERS,
    where: { none: 'country', country: 'IND', name: 'Indian-administered Kashmir' },
    claims: [
      claim(CSM, 'Christian Science Monitor (unattributed)', 'tourists killed', {
        figure: 26,
        side: CIVILIANS,
      }),
    ],
    summary:
      'The Christian Science Monitor says India and Pakistan went to war in May 2025 after an ' +
      'attack in Indian-administered Kashmir killed 26 tourists. It names no attacker and gives no date ' +
      'beyond placing the attack before the war.',
    sources: [CSM],
    notes: [
      'The Monitor calls the area Indian-occupied Kashmir; we use the neutral term ' +
        'Indian-administered Kashmir.',
    ],
  },
  {
    id: '2025-05-india-pakistan-war',
    date: '2025-05',
    date_precision: 'month',
    type: 'armed_clash',
    actors: [INDIAN_FORCES, PAK_FORCES],
    actor1: INDIAN_FORCES,
    actor2: PAK_FORCES,
    where: { none: 'unknown', country: null, name: 'India–Pakistan (place not given)' },
    claims: [],
    summary:
      'India and Pakistan fought a war in May 2025 after the attack on tourists in Kashmir. The ' +
      'Monitor recalls it to show the risk if Afghanistan is drawn into their rivalry; it gives no place.',
    sources: [CSM],
  },
  {
    id: '2025-russia-recognises-taliban',
    date: '2025',
    date_precision: 'year',
    type: 'political_change',
    actors: [RUSSIA, TALIBAN_GOV],
    actor1: RUSSIA,
    actor2: TALIBAN_GOV,
    where: { none: 'unknown', country: null, name: 'Place not given' },
    claims: [],
    summary:
      'Russia was the first state to recognise the Taliban government, earlier in 2025, The New ' +
      'York Times notes in its report on the October ceasefire. It gives neither the month nor a place.',
    sources: [NYT_FRAGILE],
  },
  {
    id: '2025-kabul-trilateral-meeting',
    date: '2025-06',
    end_date: '2025-08',
    date_precision: 'month',
    type: 'talks',
    actors: ['China', PAK_GOV, TALIBAN_GOV],
    where: { place: 'Kabul' },
    admin1_text: 'Kabul',
    claims: [],
    summary:
      'A three-way meeting in Kabul in the summer of 2025, part of China’s efforts to mediate ' +
      'between Pakistan and Afghanistan, ended without a joint agreement on security, according to The New ' +
      'York Times. The article says only “this summer”, drawn here as June to August.',
    sources: [NYT_FRAGILE],
    notes: [
      'The article does not list who took part or who hosted: it mentions the meeting while ' +
        'describing China’s mediation, so we take the parties to be China, Pakistan and the Taliban ' +
        'government.',
    ],
  },
  {
    id: '2025-09-pakistani-delegation-to-kabul',
    date: '2025-09',
    date_precision: 'month',
    type: 'talks',
    actors: [DELEGATION, TALIBAN_GOV],
    actor1: DELEGATION,
    actor2: TALIBAN_GOV,
    where: { place: 'Kabul' },
    admin1_text: 'Kabul',
    claims: [],
    summary:
      'A delegation led by Muhammad Ibrahim Khan, once a Pakistani senator, went to Kabul in ' +
      'September 2025. By his account, his Taliban hosts said a deal had been within reach under Imran ' +
      'Khan and that everything changed once he was ousted (the article labelled The New York Times).',
    sources: [NYT_LOST],
    notes: ['Dated from “last month” in the article of 18 October 2025.'],
  },
  {
    id: '2025-09-afghanistan-internet-outage',
    date: '2025-09',
    date_precision: 'month',
    type: 'policy',
    actors: [],
    where: { none: 'country', country: 'AFG', name: 'Afghanistan (nationwide)' },
    claims: [],
    summary:
      'Afghanistan lost internet access nationwide for 48 hours in September 2025, and the TTP went ' +
      'silent online at the same time, which the article labelled The New York Times takes as a sign the ' +
      'group operates from Afghan soil. It does not say who cut the connection or why.',
    sources: [NYT_LOST],
    notes: [
      'Recorded as a policy decision, the nearest type we have; the article does not say the outage ' +
        'was ordered, nor by whom, so no actor is named.',
    ],
  },
  {
    id: '2025-10-ttp-police-training-school-bombing',
    date: '2025-10',
    date_precision: 'month',
    type: 'suicide_bombing',
    actors: [TTP],
    actor1: TTP,
    target: 'A police training school',
    where: {
      none: 'country',
      country: 'PAK',
      name: 'A police training school in Pakistan (place not given)',
    },
    claims: [
      claim(CONVERSATION_DERIVATIVE, 'The Conversation (derivative copy, unattributed)', 'killed', {
        figure: 23,
        side: UNKNOWN,
      }),
    ],
    summary:
      'Only the derivative copy of Amin Saikal’s analysis reports it: a TTP suicide bombing at a ' +
      'police training school, with 23 dead, which it says set off the month of fighting. It names no ' +
      'town and no day.',
    sources: [CONVERSATION_DERIVATIVE],
    notes: [
      'Dated October 2025 because the copy has it open the month of fighting that ended on 19 October; it ' +
        'may have fallen in late September.',
      'No other article mentions this bombing, and 23 is also the toll The New York Times gives for ' +
        'Pakistani soldiers killed in the Taliban’s raids: treat this report with caution.',
    ],
  },
  {
    id: '2025-10-ttp-attack-kills-11-soldiers',
    date: '2025-10',
    date_precision: 'month',
    type: 'militant_attack',
    actors: [TTP, PAK_FORCES],
    actor1: TTP,
    actor2: PAK_FORCES,
    target: 'Pakistani soldiers',
    where: { none: 'country', country: 'PAK', name: 'Pakistan (place not given)' },
    claims: [
      claim(NYT_FRAGILE, NYT_UNATTRIBUTED, 'Pakistani soldiers killed', { figure: 11, side: PAK_FORCES }),
    ],
    summary:
      'A TTP attack killed 11 Pakistani soldiers a few days before the Kabul explosions that opened ' +
      'the October crisis, The New York Times reports. It gives neither the place nor the day.',
    sources: [NYT_FRAGILE],
    notes: [
      'Dated October 2025: the attack came “just days” before the Kabul blasts (9 October in other ' +
        'reports), so it may fall in late September.',
    ],
  },
  {
    id: '2025-10-muttaqi-visit-to-india',
    date: '2025-10',
    date_precision: 'month',
    type: 'talks',
    actors: [MUTTAQI, INDIA_GOV],
    actor1: MUTTAQI,
    actor2: INDIA_GOV,
    where: { foreign: 'New Delhi', country: 'IND' },
    claims: [],
    summary:
      'Amir Khan Muttaqi, the Taliban’s foreign minister, visited New Delhi as the October crisis ' +
      'began, and India announced it planned to reopen its embassy in Kabul. A joint statement calling ' +
      'Jammu and Kashmir part of India drew Pakistan’s condemnation, the Christian Science Monitor reports.',
    sources: [CSM, NEWS_ON_SUNDAY, NYT_FRAGILE, CONVERSATION],
    notes: [
      'The New York Times says the first strikes in Kabul and eastern Afghanistan came while Muttaqi ' +
        'was in India; The News on Sunday says he went after a planned trip to Islamabad was called off.',
    ],
  },
  {
    id: '2025-10-09-kabul-airstrike',
    date: '2025-10-09',
    date_precision: 'day',
    type: 'airstrike',
    actors: [PAK_FORCES, TTP],
    actor1: PAK_FORCES,
    actor2: TTP,
    target: 'TTP leader Noor Wali Mehsud, according to Pakistani security officials',
    where: { place: 'Kabul', name: 'Central Kabul' },
    admin1_text: 'Kabul',
    claims: [
      claim(NYT_FRAGILE, NYT_UNATTRIBUTED, 'explosions in central Kabul', { figure: 2 }),
      claim(NEWS_ON_SUNDAY, 'The News on Sunday (unattributed)', 'fate of TTP leader Noor Wali Mehsud', {
        wording: 'taken out in a precision attack',
        side: TTP,
      }),
      claim(REUTERS, 'Reuters (unattributed)', 'fate of TTP leader Noor Wali Mehsud', {
        wording: 'alive (seen in a video)',
        side: TTP,
      }),
      claim(NYT_LOST, 'Pakistani official speaking anonymously', 'fate of TTP leader Noor Wali Mehsud', {
        wording: 'survived',
        side: TTP,
      }),
      claim(GUARDIAN, 'TTP (an unverified voice note from Mehsud)', 'fate of TTP leader Noor Wali Mehsud', {
        wording: 'still alive',
        side: TTP,
      }),
    ],
    summary:
      'Two explosions shook central Kabul on 9 October 2025; Pakistani security officials later ' +
      'said the military had carried out air strikes there, one of them aimed at the TTP leader, Noor Wali ' +
      'Mehsud. Pakistan never claimed the attack publicly, and the accounts of his fate conflict.',
    sources: [CSM, REUTERS, GUARDIAN, NYT_LOST, NYT_FRAGILE, NEWS_ON_SUNDAY, AL_JAZEERA],
    notes: [
      'The article labelled Reuters quotes Pakistani security officials saying the military struck Kabul; ' +
        'an anonymous Pakistani official in the article labelled The New York Times of 18 October says the ' +
        'same and adds that Pakistan has not claimed it. The New York Times’ ceasefire report says ' +
        'Afghanistan blamed Pakistan, which neither confirmed nor denied it; Al Jazeera calls the strikes ' +
        'alleged.',
      'The News on Sunday says Mehsud was “taken out”. The article labelled Reuters says he later appeared ' +
        'alive in a video; the official quoted on 18 October says he survived; The Guardian reports an ' +
        'unverified voice note in which he says he is alive.',
    ],
  },
  {
    id: '2025-10-paktika-strikes-before-clashes',
    date: '2025-10',
    date_precision: 'month',
    type: 'airstrike',
    actors: [PAK_FORCES],
    target: 'What Pakistan said were armed groups linked to attacks inside Pakistan',
    where: { province: 'Paktika' },
    admin1_text: 'Paktika',
    claims: [],
    summary:
      'Before the border fighting broke out on 11 October, Pakistan allegedly struck targets in the ' +
      'south-eastern province of Paktika as well as Kabul, Al Jazeera reports; Pakistan said it was ' +
      'hitting armed groups tied to attacks at home. Only the province is named, so the point is its ' +
      'capital, Sharana.',
    sources: [AL_JAZEERA],
    notes: [
      'Al Jazeera calls the strikes alleged and gives no day, only that they came before 11 October. ' +
        'Pakistan is listed among the actors as the accused party, not as actor1.',
      'It may be the same strike The New York Times places on a market in eastern Afghanistan; neither ' +
        'article says so.',
    ],
  },
  {
    id: '2025-10-eastern-afghanistan-market-strike',
    date: '2025-10',
    date_precision: 'month',
    type: 'airstrike',
    actors: [PAK_FORCES],
    target: 'A market',
    where: { none: 'country', country: 'AFG', name: 'A market in eastern Afghanistan (province not named)' },
    claims: [],
    summary:
      'Around the time of the Kabul blasts, an air strike struck a market somewhere in eastern ' +
      'Afghanistan, The New York Times reports. No province or town is named, so there is no point.',
    sources: [NYT_FRAGILE],
    notes: [
      'Afghanistan blamed Pakistan, which neither confirmed nor denied it (The New York Times’ ' +
        'ceasefire report). Pakistan is listed among the actors as the accused party, not as actor1.',
    ],
  },
];
