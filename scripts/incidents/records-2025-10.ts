/** The border fighting of 10–19 October 2025 and the Doha ceasefire. */
import { CIVILIANS, PAK_FORCES, PAK_GOV, TALIBAN_FORCES, TALIBAN_GOV, UNKNOWN, claim } from './actors.ts';
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
} from './sources.ts';

const NYT = 'The New York Times (unattributed)';
const HURRIYAT = 'Hurriyat Radio (Taliban-controlled)';
const UNAMA = 'UN Assistance Mission in Afghanistan (UNAMA)';
const BAHEER = 'Abdullah Baheer, Kabul-based analyst';
const MILITANT_TARGETS = 'Militant groups such as the TTP, according to a Pakistani military official';
const BORDER_UNNAMED = 'Afghanistan–Pakistan border (place not given)';

/** "Dozens killed, hundreds wounded", as three outlets put the toll without a number. */
const dozensAndHundreds = (source: typeof AL_JAZEERA, by: string, wounded: string) => [
  claim(source, by, 'people killed', { wording: 'dozens', side: UNKNOWN }),
  claim(source, by, `people ${wounded}`, { wording: 'hundreds', side: UNKNOWN }),
];

export const OCTOBER_CLASHES: IncidentRecord[] = [
  {
    id: '2025-10-11-taliban-attacks-pakistani-posts',
    date: '2025-10-10',
    end_date: '2025-10-11',
    date_precision: 'span',
    type: 'attack_on_post',
    actors: [TALIBAN_FORCES, PAK_FORCES],
    actor1: TALIBAN_FORCES,
    actor2: PAK_FORCES,
    target: 'Pakistani border posts',
    where: { none: 'border', country: null, name: 'Several fronts along the border' },
    claims: [
      claim(NEWS_ON_SUNDAY, 'Taliban', 'Pakistani soldiers killed', { wording: 'dozens', side: PAK_FORCES }),
      claim(NYT_FRAGILE, NYT, 'Pakistani soldiers killed in the cross-border raids', {
        figure: 23,
        qualifier: 'at least',
        side: PAK_FORCES,
      }),
    ],
    summary:
      'Taliban forces hit back at Pakistan with raids on Pakistani border posts on several fronts. ' +
      'The Taliban claimed dozens of soldiers killed (The News on Sunday); The New York Times puts the ' +
      'toll at 23 or more.',
    sources: [CSM, NEWS_ON_SUNDAY, NYT_FRAGILE, AL_JAZEERA, GUARDIAN],
    notes: [
      'The Christian Science Monitor says cross-border fighting began the day after the 9 October strikes, ' +
        'Al Jazeera that it broke out on 11 October: the day is 10 or 11 October.',
      'The Guardian says only that Afghan troops opened fire on Pakistani posts in the days after the ' +
        'Kabul blasts.',
    ],
  },
  {
    id: '2025-10-pakistan-captures-afghan-posts',
    date: '2025-10-10',
    end_date: '2025-10-16',
    date_precision: 'span',
    type: 'capture_of_post',
    actors: [PAK_FORCES, TALIBAN_FORCES],
    actor1: PAK_FORCES,
    actor2: TALIBAN_FORCES,
    target: 'Afghan border posts',
    where: { none: 'border', country: null, name: BORDER_UNNAMED },
    claims: [
      claim(NEWS_ON_SUNDAY, 'The News on Sunday (unattributed)', 'Afghan border posts captured', {
        wording: 'several',
      }),
    ],
    summary:
      'After the Taliban raids, the Pakistan Army seized several Afghan border posts before the ' +
      'fighting eased, The News on Sunday reports. It gives no place, and the day falls somewhere between ' +
      'the start of the clashes and the partial ceasefire of 16 October.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2025-10-pakistan-mortar-and-drone-response',
    date: '2025-10-10',
    date_precision: 'week',
    type: 'shelling',
    actors: [PAK_FORCES, TALIBAN_FORCES],
    actor1: PAK_FORCES,
    actor2: TALIBAN_FORCES,
    target: 'Afghan forces',
    where: { none: 'border', country: null, name: BORDER_UNNAMED },
    claims: [],
    summary:
      'When Afghan troops opened fire on Pakistani posts in the days after the Kabul blasts, ' +
      'Pakistan answered with mortar rounds and drone strikes, The Guardian reports. It names no place.',
    sources: [GUARDIAN],
    notes: [
      'Dated to the 7 days from 10 October: The Guardian says it came in the days after the Kabul ' +
        'blasts (9 October), before the truce of 15 October.',
    ],
  },
  {
    id: '2025-10-11-border-clashes',
    date: '2025-10-10',
    end_date: '2025-10-19',
    date_precision: 'day',
    type: 'armed_clash',
    actors: [PAK_FORCES, TALIBAN_FORCES],
    actor1: PAK_FORCES,
    actor2: TALIBAN_FORCES,
    where: { none: 'border', country: null, name: 'Along the Afghanistan–Pakistan border' },
    clarity: 'aggregate',
    parts: [
      '2025-10-11-taliban-attacks-pakistani-posts',
      '2025-10-pakistan-captures-afghan-posts',
      '2025-10-pakistan-mortar-and-drone-response',
      '2025-10-15-kabul-airstrikes',
      '2025-10-15-kandahar-airstrikes',
      '2025-10-17-paktika-airstrikes',
      '2025-10-17-afghan-retaliation-on-outposts',
    ],
    claims: [
      claim(CSM, 'Pakistan', 'militants killed', { figure: 200, qualifier: 'more than', side: UNKNOWN }),
      claim(CSM, 'Taliban', 'Pakistani soldiers killed', { figure: 58, side: PAK_FORCES }),
      claim(GUARDIAN, UNAMA, 'Afghan civilians killed', {
        figure: 17,
        qualifier: 'at least',
        side: CIVILIANS,
      }),
      claim(GUARDIAN, UNAMA, 'Afghan civilians wounded', { wording: 'hundreds', side: CIVILIANS }),
      claim(AL_JAZEERA, BAHEER, 'dead in the past week of Pakistani bombing of Afghanistan', {
        figure: 50,
        qualifier: '-odd',
        side: UNKNOWN,
      }),
      claim(AL_JAZEERA, BAHEER, 'injured in the past week of Pakistani bombing of Afghanistan', {
        figure: 550,
        side: UNKNOWN,
      }),
      ...dozensAndHundreds(AL_JAZEERA, 'Al Jazeera (unattributed)', 'wounded'),
      ...dozensAndHundreds(NYT_FRAGILE, NYT, 'injured'),
      ...dozensAndHundreds(CONVERSATION, 'The Conversation (Amin Saikal)', 'wounded'),
      claim(NYT_LOST, NYT, 'people killed in the conflict this month', { wording: 'scores', side: UNKNOWN }),
    ],
    summary:
      'From 10 or 11 October until the Doha ceasefire of 19 October the two sides fought across the ' +
      'border, the worst bout since the Taliban’s return in 2021. Each claimed heavy losses on the other: ' +
      'Pakistan more than 200 militants killed, the Taliban 58 Pakistani soldiers (Christian Science ' +
      'Monitor); the UN counted at least 17 Afghan civilians dead.',
    sources: [AL_JAZEERA, CSM, GUARDIAN, CONVERSATION, NYT_FRAGILE, NYT_LOST],
    notes: [
      'This entry sums up the fighting also recorded as separate incidents (its parts); the app counts it ' +
        'only when none of them is shown.',
      'The Christian Science Monitor dates the start to 10 October, the day after the Kabul strikes; Al ' +
        'Jazeera to 11 October.',
      'Abdullah Baheer’s figures count only the past week of Pakistani bombing of Afghanistan; The New ' +
        'York Times’ toll covers nearly two weeks of attacks by both sides; UNAMA’s count was given on 16 ' +
        'October.',
    ],
  },
  {
    id: '2025-10-15-kabul-airstrikes',
    date: '2025-10-15',
    date_precision: 'day',
    type: 'airstrike',
    actors: [PAK_FORCES],
    actor1: PAK_FORCES,
    target: MILITANT_TARGETS,
    where: { place: 'Kabul' },
    admin1_text: 'Kabul',
    claims: [],
    summary:
      'On Wednesday 15 October Pakistan hit back across the border and bombed Kabul again, The New ' +
      'York Times reports. A Pakistani military official, speaking anonymously, said the strikes were ' +
      'meant for militant groups such as the TTP.',
    sources: [NYT_FRAGILE, CONVERSATION_DERIVATIVE],
    notes: [
      'Dated from “last Wednesday” in The New York Times’ report of the Sunday ceasefire.',
      'The derivative copy of Saikal’s analysis says the strikes on Kabul and Kandahar hit alleged TTP ' +
        'sites and followed the police-school bombing.',
    ],
  },
  {
    id: '2025-10-15-kandahar-airstrikes',
    date: '2025-10-15',
    date_precision: 'day',
    type: 'airstrike',
    actors: [PAK_FORCES],
    actor1: PAK_FORCES,
    target: MILITANT_TARGETS,
    where: { place: 'Kandahar' },
    admin1_text: 'Kandahar',
    claims: [],
    summary:
      'The same day Pakistani aircraft also struck Kandahar, which The New York Times counts with ' +
      'Kabul as Afghanistan’s two largest cities. An anonymous Pakistani military official said the ' +
      'targets were militant groups such as the TTP.',
    sources: [NYT_FRAGILE, CONVERSATION_DERIVATIVE],
  },
  {
    id: '2025-10-15-48-hour-ceasefire',
    date: '2025-10-15',
    end_date: '2025-10-17',
    date_precision: 'day',
    type: 'ceasefire',
    actors: [PAK_GOV, TALIBAN_GOV],
    actor1: PAK_GOV,
    actor2: TALIBAN_GOV,
    where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border' },
    claims: [],
    summary:
      'Hours after the strikes on Kabul and Kandahar the two sides began a 48-hour truce. ' +
      'Cross-border strikes went on during it (The Guardian), and Pakistan resumed air strikes soon after ' +
      'it ran out on Friday (The New York Times).',
    sources: [NEWS_ON_SUNDAY, GUARDIAN, NYT_FRAGILE, CONVERSATION_DERIVATIVE],
    notes: [
      'The News on Sunday says the truce took effect from Wednesday (15 October) and also dates a partial ' +
        'ceasefire to 16 October, after six days of clashes.',
      'The Guardian has the truce announced late on Wednesday while delegations were meeting in Doha; The ' +
        'New York Times puts the Doha meeting on Saturday 18 October.',
      'The derivative copy of Saikal’s analysis says the truce broke down after Pakistani strikes ' +
        'allegedly killed Afghan civilians.',
    ],
  },
  {
    id: '2025-10-17-paktika-airstrikes',
    date: '2025-10-17',
    date_precision: 'day',
    type: 'airstrike',
    actors: [PAK_FORCES],
    actor1: PAK_FORCES,
    where: { province: 'Paktika' },
    admin1_text: 'Paktika',
    claims: [
      claim(GUARDIAN, 'Taliban', 'killed', { figure: 8, side: UNKNOWN }),
      claim(GUARDIAN, 'Taliban', 'local cricket players killed (among the eight)', {
        figure: 3,
        side: CIVILIANS,
      }),
      claim(NYT_LOST, HURRIYAT, 'members of a cricket team killed', {
        figure: 3,
        qualifier: 'at least',
        side: CIVILIANS,
      }),
      claim(NYT_LOST, HURRIYAT, 'people wounded', { wording: 'several', side: UNKNOWN }),
      claim(NYT_FRAGILE, 'Afghanistan', 'cricket players killed', { wording: 'several', side: CIVILIANS }),
    ],
    summary:
      'Once the 48-hour truce ran out on Friday 17 October, Pakistani air strikes hit the border ' +
      'province of Paktika. Afghan sources said cricket players were among the dead; Pakistan rejected the ' +
      'claim of civilian deaths, saying it had aimed at militants.',
    sources: [GUARDIAN, NYT_LOST, NYT_FRAGILE, CONVERSATION_DERIVATIVE],
    notes: [
      'Pakistan’s denial is not a figure: it says no civilians were killed and its targets were militants ' +
        '(The New York Times’ ceasefire report; the derivative copy of Saikal’s analysis also reports it).',
      'The Guardian gives the Taliban’s toll without naming a place; we take it to be this strike because ' +
        'it has the same Friday and the cricket players.',
      'Only the province is named, so the point is its capital, Sharana.',
    ],
  },
  {
    id: '2025-10-17-afghan-retaliation-on-outposts',
    date: '2025-10-17',
    date_precision: 'day',
    type: 'attack_on_post',
    actors: [TALIBAN_FORCES, PAK_FORCES],
    actor1: TALIBAN_FORCES,
    actor2: PAK_FORCES,
    target: 'Pakistani military outposts',
    where: { none: 'border', country: null, name: BORDER_UNNAMED },
    claims: [],
    summary:
      'Late on Friday 17 October, Taliban-controlled Hurriyat Radio said Afghan forces were ' +
      'mounting “retaliatory operations” against Pakistani military outposts in answer to the Paktika ' +
      'strikes. No place is given.',
    sources: [NYT_LOST, CONVERSATION_DERIVATIVE],
  },
];
