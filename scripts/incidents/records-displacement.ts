/** Deportations, deadlines and demolitions: Pakistan's drive to send Afghans back (2025). */
import { PAK_GOV, claim } from './actors.ts';
import type { IncidentRecord } from './records.ts';
import { CONVERSATION, CONVERSATION_DERIVATIVE, CSM, TOLO_KARACHI, TOLO_MIGRANTS } from './sources.ts';

const AUTHORITIES = 'Pakistani authorities';
const SHARIF = 'Prime Minister Shehbaz Sharif';
const MANGHOPIR_POLICE = 'Manghopir police (deputy superintendent)';

export const DISPLACEMENT: IncidentRecord[] = [
  {
    id: '2025-10-afghan-returns-from-pakistan',
    date: '2025-10',
    date_precision: 'month',
    type: 'deportation',
    actors: [PAK_GOV],
    actor1: PAK_GOV,
    target: 'Afghan refugees and migrants',
    where: { none: 'country', country: 'PAK', name: 'Pakistan (nationwide)' },
    claims: [
      claim(CSM, 'Local news reports, cited by the Christian Science Monitor', 'Afghans repatriated', {
        figure: 1_500_000,
        qualifier: 'about',
        best: 1_500_000,
      }),
      claim(CONVERSATION, 'The Conversation (Amin Saikal)', 'refugees deported', {
        wording: 'tens and thousands',
      }),
      claim(CONVERSATION_DERIVATIVE, 'The Conversation (derivative copy)', 'Afghan refugees deported', {
        wording: 'tens of thousands',
      }),
    ],
    summary:
      'Pakistan has pushed Afghans out in a mass deportation drive, which the Christian Science ' +
      'Monitor ties to the rise in TTP attacks. By mid-October 2025 about 1.5 million had been sent back, ' +
      'according to local reports the Monitor cites; Amin Saikal speaks of tens of thousands.',
    sources: [CSM, CONVERSATION, CONVERSATION_DERIVATIVE],
    notes: [
      'The drive’s start is not given; the date is when the count was reported.',
      'Our copy of Saikal’s article reads “tens and thousands”, probably a slip for “tens of thousands”, ' +
        'which is what the derivative copy says.',
    ],
  },
  {
    id: '2025-10-18-islamabad-one-week-deadline',
    date: '2025-10-18',
    date_precision: 'day',
    type: 'deportation',
    actors: [PAK_GOV, SHARIF],
    actor1: PAK_GOV,
    target: 'Afghan migrants, including visa holders',
    where: { place: 'Islamabad' },
    admin1_text: 'Islamabad Capital Territory',
    claims: [],
    summary:
      'On 18 October Pakistan’s prime minister, Shehbaz Sharif, asked provincial governments and ' +
      'state bodies to work together on the “immediate return” of Afghans living in the country illegally, ' +
      'and Afghans with visas in Islamabad were given a week to leave. A migrant quoted by TOLOnews said ' +
      'Punjab, Sindh, Balochistan and Khyber Pakhtunkhwa set the same deadline.',
    sources: [TOLO_MIGRANTS],
    notes: ['Dated from “yesterday” in the TOLOnews report of 19 October 2025.'],
  },
  {
    id: '2025-karachi-manghopir-demolitions',
    date: '2025',
    date_precision: 'year',
    type: 'demolition',
    actors: [AUTHORITIES],
    actor1: AUTHORITIES,
    target: 'Afghan refugee settlement in Manghopir',
    where: { place: 'Karachi', name: 'Manghopir, Karachi' },
    admin1_text: 'Sindh',
    claims: [
      claim(TOLO_KARACHI, 'Pakistani officials', 'homes and shops demolished', {
        figure: 1200,
        qualifier: 'more than',
      }),
      claim(TOLO_KARACHI, MANGHOPIR_POLICE, 'per cent of residents already gone to Afghanistan', {
        figure: 90,
        qualifier: 'more than',
      }),
      claim(TOLO_KARACHI, MANGHOPIR_POLICE, 'more residents expected to leave', {
        figure: [800, 1000],
        low: 800,
        high: 1000,
      }),
    ],
    summary:
      'Pakistani authorities spent at least five days demolishing an Afghan refugee settlement ' +
      'founded in 1984 in Karachi’s Manghopir area, part of the nationwide deportation drive; officials ' +
      'put the homes and shops destroyed at more than 1,200. Rights activists warned that families were ' +
      'being left with no roof.',
    sources: [TOLO_KARACHI],
    notes: [
      'Our copy of the TOLOnews report is undated (the authorities spoke “on Monday”); it sits among ' +
        'articles from 18 to 21 October 2025, so it most likely dates from October 2025. Drawn at Karachi: ' +
        'Manghopir is not in our places layer.',
    ],
  },
];
