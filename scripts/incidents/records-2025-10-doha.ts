/** The Doha talks and the ceasefire of 19 October 2025 that ended the border fighting. */
import { PAK_GOV, QATAR, TALIBAN_GOV, TURKEY } from './actors.ts';
import type { IncidentRecord } from './records.ts';
import { AL_JAZEERA, CONVERSATION, CONVERSATION_DERIVATIVE, CSM, GUARDIAN } from './sources.ts';
import { NYT_FRAGILE, NYT_LOST, REUTERS, TOLO_UK, TOLO_ZAEEF } from './sources.ts';

export const DOHA: IncidentRecord[] = [
  {
    id: '2025-10-18-doha-talks',
    date: '2025-10-18',
    date_precision: 'day',
    type: 'talks',
    actors: [PAK_GOV, TALIBAN_GOV, QATAR, TURKEY],
    actor1: PAK_GOV,
    actor2: TALIBAN_GOV,
    where: { foreign: 'Doha', country: 'QAT' },
    claims: [],
    summary:
      'Pakistan’s defence minister, Khawaja Asif, and the Taliban’s Mullah Muhammad Yaqoob led ' +
      'their delegations at talks in Doha on Saturday 18 October, with Qatar and Turkey mediating.',
    sources: [NYT_FRAGILE, REUTERS, AL_JAZEERA, NYT_LOST],
  },
  {
    id: '2025-10-19-doha-ceasefire',
    date: '2025-10-19',
    date_precision: 'day',
    type: 'ceasefire',
    actors: [PAK_GOV, TALIBAN_GOV, QATAR, TURKEY],
    actor1: PAK_GOV,
    actor2: TALIBAN_GOV,
    where: { foreign: 'Doha', country: 'QAT' },
    claims: [],
    summary:
      'Qatar announced on 19 October that the two sides had agreed to an immediate ceasefire, to ' +
      'respect each other’s territory and to stop targeting each other’s forces, civilians and ' +
      'infrastructure, with follow-up talks set for Istanbul on 25 October. Pakistan says the deal depends ' +
      'on Kabul restraining the TTP.',
    sources: [
      GUARDIAN,
      AL_JAZEERA,
      REUTERS,
      NYT_FRAGILE,
      CSM,
      CONVERSATION,
      CONVERSATION_DERIVATIVE,
      TOLO_UK,
      TOLO_ZAEEF,
    ],
    notes: [
      'Khawaja Asif said terrorism from Afghan soil would stop at once; Zabihullah Mujahid, the Taliban ' +
        'spokesman, said neither side would act against the other and Afghanistan would not back groups ' +
        'attacking Pakistan’s government. There was no joint statement (The New York Times).',
      'The United Kingdom welcomed the ceasefire (TOLOnews). Abdul Salam Zaeef, a former Taliban ' +
        'ambassador to Islamabad, called Pakistan’s strikes war crimes and said the truce will last only ' +
        'if both sides keep their word (TOLOnews).',
    ],
  },
];
