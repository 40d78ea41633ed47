/** Earlier events the articles recall, from the Peshawar school attack to December 2024. */
import {
  CIVILIANS,
  INDIA_GOV,
  PAK_FORCES,
  PAK_GOV,
  TALIBAN_FORCES,
  TALIBAN_GOV,
  TTP,
  claim,
} from './actors.ts';
import type { IncidentRecord } from './records.ts';
import { AL_JAZEERA, CONVERSATION, CSM, NEWS_ON_SUNDAY, NYT_LOST } from './sources.ts';

const TNS_UNATTRIBUTED = 'The News on Sunday (unattributed)';
const ISI_CHIEF = 'Head of Pakistan’s intelligence service';

export const EARLIER: IncidentRecord[] = [
  {
    id: '2014-12-peshawar-army-public-school-attack',
    date: '2014-12',
    date_precision: 'month',
    type: 'militant_attack',
    actors: [TTP],
    actor1: TTP,
    civilian_targeting: true,
    target: 'Army Public School, Peshawar',
    where: { place: 'Peshawar', name: 'Army Public School, Peshawar' },
    admin1_text: 'Khyber Pakhtunkhwa',
    claims: [
      claim(AL_JAZEERA, 'Al Jazeera (unattributed)', 'students killed', {
        figure: 130,
        qualifier: 'more than',
        side: CIVILIANS,
      }),
    ],
    summary:
      'Al Jazeera recalls the TTP’s assault on the Army Public School in Peshawar, with more than ' +
      '130 students killed, as the deadliest attack of a group founded in 2007. It gives the month, ' +
      'December 2014, but not the day.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2018-fata-merger',
    date: '2018',
    date_precision: 'year',
    type: 'policy',
    actors: [PAK_GOV],
    where: { province: 'Khyber Pakhtunkhwa', name: 'Former tribal areas (now part of Khyber Pakhtunkhwa)' },
    admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary:
      'In 2018 the tribal areas along the border became part of Khyber Pakhtunkhwa province; ' +
      'undoing the merger is among the TTP’s demands, Al Jazeera reports. The point is Peshawar, the ' +
      'provincial capital, standing for the province: the former tribal areas have no boundary of their ' +
      'own here.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2021-08-taliban-take-kabul',
    date: '2021-08',
    date_precision: 'month',
    type: 'political_change',
    actors: [TALIBAN_FORCES],
    actor1: TALIBAN_FORCES,
    where: { place: 'Kabul' },
    admin1_text: 'Kabul',
    claims: [],
    summary:
      'The Taliban captured Kabul in August 2021, returning to power as the United States and its ' +
      'allies withdrew. Al Jazeera gives the month; the other articles say only 2021, mid-2021 or the ' +
      'summer of that year.',
    sources: [AL_JAZEERA, NYT_LOST, CSM, CONVERSATION],
    notes: [
      'The article labelled The New York Times recalls that Imran Khan, then Pakistan’s prime ' +
        'minister, hailed the takeover.',
    ],
  },
  {
    id: '2021-09-taliban-mediated-ttp-talks',
    date: '2021-09',
    date_precision: 'month',
    type: 'talks',
    actors: [TALIBAN_GOV, PAK_FORCES, TTP],
    actor1: PAK_FORCES,
    actor2: TTP,
    where: { none: 'unknown', country: null, name: 'Place not given' },
    claims: [],
    summary:
      'A month or so after taking Kabul, the Taliban brokered talks between Pakistan’s military and ' +
      'the TTP, a step Imran Khan, then prime minister, backed (Al Jazeera). Pakistani officials quoted ' +
      'in the article labelled The New York Times say the talks later broke down and militant attacks ' +
      'surged. Neither article says where the talks took place.',
    sources: [AL_JAZEERA, NYT_LOST],
    notes: [
      'Pakistani officials quoted in the article labelled The New York Times say Sirajuddin Haqqani, ' +
        'now Afghanistan’s interior minister, took part in the 2021 talks.',
    ],
  },
  {
    id: '2021-pakistan-intelligence-chief-visits-taliban',
    date: '2021',
    date_precision: 'year',
    type: 'talks',
    actors: [ISI_CHIEF, TALIBAN_GOV],
    actor1: ISI_CHIEF,
    actor2: TALIBAN_GOV,
    where: { none: 'country', country: 'AFG', name: 'Afghanistan (place not given)' },
    claims: [],
    summary:
      'Pakistan’s intelligence chief was among the first foreign officials to call on the restored ' +
      'Taliban government, telling reporters that all would be fine. The article labelled The New York ' +
      'Times gives only the year and no place.',
    sources: [NYT_LOST],
    notes: ['Dated 2021: the article places the visit after Kabul fell that year, without the month.'],
  },
  {
    id: '2021-12-india-co-sponsors-unsc-resolution',
    date: '2021-12',
    date_precision: 'month',
    type: 'policy',
    actors: [INDIA_GOV, 'UN Security Council'],
    actor1: INDIA_GOV,
    where: { none: 'unknown', country: null, name: 'UN Security Council (place not given)' },
    claims: [],
    summary:
      'According to The News on Sunday, India co-sponsored a UN Security Council resolution in ' +
      'December 2021 that condemned the Taliban’s seizure of power. The paper recalls it to show how far ' +
      'India has moved since, now that it plans to reopen its embassy.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2021-india-shuts-embassy-in-afghanistan',
    date: '2021',
    date_precision: 'year',
    type: 'policy',
    actors: [INDIA_GOV],
    actor1: INDIA_GOV,
    where: { none: 'country', country: 'AFG', name: 'India’s embassy and consulates in Afghanistan' },
    claims: [],
    summary:
      'India closed its embassy and consulates in Afghanistan after the Taliban takeover, The News ' +
      'on Sunday says. In October 2025 India announced plans to reopen the embassy in Kabul (Christian ' +
      'Science Monitor).',
    sources: [NEWS_ON_SUNDAY, CSM],
    notes: [
      'The News on Sunday gives no date for the closure: it says India shut them “following”, just ' +
        'after naming the takeover and the December 2021 resolution. We read it as following the takeover ' +
        'and date it to 2021; it may be later.',
    ],
  },
  {
    id: '2022-04-imran-khan-removed',
    date: '2022-04',
    date_precision: 'month',
    type: 'political_change',
    actors: ['Imran Khan'],
    where: { none: 'country', country: 'PAK', name: 'Pakistan (place not given)' },
    claims: [],
    summary:
      'Imran Khan, who had pushed for talks with the TTP, lost the office of prime minister in ' +
      'April 2022 (Al Jazeera). The article labelled The New York Times adds that he was later convicted ' +
      'of corruption and jailed, charges he denied.',
    sources: [AL_JAZEERA, NYT_LOST],
    notes: [
      'Al Jazeera gives April 2022, the article labelled The New York Times only 2022. Neither says ' +
        'who removed him or where.',
    ],
  },
  {
    id: '2022-ttp-ends-ceasefire',
    date: '2022',
    date_precision: 'year',
    type: 'ceasefire_collapse',
    actors: [TTP],
    actor1: TTP,
    where: { none: 'country', country: 'PAK', name: 'Pakistan' },
    claims: [],
    summary:
      'The TTP walked away from its truce with the Pakistani state, accusing Islamabad of resuming ' +
      'military operations, and violence in Pakistan rose sharply afterwards. Al Jazeera gives the year ' +
      'only.',
    sources: [AL_JAZEERA],
  },
  {
    id: '2024-03-khost-airstrikes',
    date: '2024-03',
    date_precision: 'month',
    type: 'airstrike',
    actors: [PAK_FORCES],
    actor1: PAK_FORCES,
    target: 'What The News on Sunday calls TTP hideouts',
    where: { province: 'Khost' },
    admin1_text: 'Khost',
    claims: [],
    summary:
      'In March 2024 Pakistani aircraft struck targets in Khost province that The News on Sunday ' +
      'describes as TTP hideouts, the peak of a year of heavy border fighting in its account. Only the ' +
      'province is named, so the point is its capital, Khost city.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-03-paktika-airstrikes',
    date: '2024-03',
    date_precision: 'month',
    type: 'airstrike',
    actors: [PAK_FORCES],
    actor1: PAK_FORCES,
    target: 'What The News on Sunday calls TTP hideouts',
    where: { province: 'Paktika' },
    admin1_text: 'Paktika',
    claims: [],
    summary:
      'Paktika, named alongside Khost in the same account, was also hit by Pakistani airstrikes in ' +
      'March 2024 on what The News on Sunday calls TTP hideouts. No casualty figures are given; the point ' +
      'is Sharana, the provincial capital.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-09-border-guards-frontier-corps-clash',
    date: '2024-09',
    date_precision: 'month',
    type: 'armed_clash',
    actors: ['Afghan Taliban border guards', 'Frontier Corps (Pakistan)'],
    actor1: 'Afghan Taliban border guards',
    actor2: 'Frontier Corps (Pakistan)',
    where: { none: 'border', country: null, name: 'Afghanistan–Pakistan border (place not given)' },
    claims: [
      claim(NEWS_ON_SUNDAY, TNS_UNATTRIBUTED, 'Taliban T-62 tanks destroyed by Pakistan', { figure: 1 }),
    ],
    summary:
      'The News on Sunday reports a clash in September 2024 between Taliban border guards and ' +
      'Pakistan’s Frontier Corps, in which Pakistan knocked out a Taliban T-62 tank. It does not say ' +
      'where along the border.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-12-25-barmal-airstrikes',
    date: '2024-12-25',
    date_precision: 'day',
    type: 'airstrike',
    actors: [PAK_FORCES, TTP],
    target: 'Seven sites The News on Sunday calls TTP locations',
    where: { province: 'Paktika', district: 'Barmal', name: 'Barmal district, Paktika' },
    admin1_text: 'Paktika',
    claims: [
      claim(NEWS_ON_SUNDAY, TNS_UNATTRIBUTED, 'militants killed', {
        figure: [20, 25],
        low: 20,
        high: 25,
        side: TTP,
      }),
      claim(NEWS_ON_SUNDAY, TNS_UNATTRIBUTED, 'TTP locations struck', { figure: 7 }),
    ],
    summary:
      'Airstrikes on 25 December 2024 hit seven sites in Barmal district of Paktika that The News ' +
      'on Sunday calls TTP locations, killing 20 to 25 militants by its count. The paper does not say who ' +
      'carried them out; it implies Pakistan, since the Taliban then retaliated against Pakistani posts.',
    sources: [NEWS_ON_SUNDAY],
    notes: [
      'Pakistan is listed among the actors as the party the text implies, not as actor1: the article never ' +
        'names who struck.',
      'Drawn at Sharana, the capital of Paktika, with province precision: GeoNames lists Barmal only as a ' +
        'district (admin-2 AF.29.2909) with no seat, and no other open source here gives one.',
    ],
  },
  {
    id: '2024-12-28-kurram-posts-attacked',
    date: '2024-12-28',
    date_precision: 'day',
    type: 'attack_on_post',
    actors: [TALIBAN_FORCES, PAK_FORCES],
    actor1: TALIBAN_FORCES,
    actor2: PAK_FORCES,
    target: 'Pakistani posts',
    where: { district: 'Kurram', name: 'Kurram district' },
    admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary:
      'On 28 December 2024, three days after the Barmal strikes, Taliban forces retaliated against ' +
      'Pakistani posts in Kurram, The News on Sunday reports. The point is Parachinar, the district’s seat.',
    sources: [NEWS_ON_SUNDAY],
  },
  {
    id: '2024-12-28-north-waziristan-posts-attacked',
    date: '2024-12-28',
    date_precision: 'day',
    type: 'attack_on_post',
    actors: [TALIBAN_FORCES, PAK_FORCES],
    actor1: TALIBAN_FORCES,
    actor2: PAK_FORCES,
    target: 'Pakistani posts',
    where: { district: 'North Waziristan', name: 'North Waziristan district' },
    admin1_text: 'Khyber Pakhtunkhwa',
    claims: [],
    summary:
      'In the same retaliation on 28 December 2024, Taliban forces struck Pakistani posts in North ' +
      'Waziristan, according to The News on Sunday. The point is Miran Shah, the district’s seat.',
    sources: [NEWS_ON_SUNDAY],
  },
];
