/**
 * Word lists for the synthetic incidents of `bench/synthetic.ts`: types with their weights,
 * actors, outlets, what claims count and the phrases summaries are built from. Invented
 * wording in the style of the real reports; no real event is described.
 */
import type { IncidentType, LocationPrecision } from '../src/lib/data/schema.ts';

/** How often each type occurs (relative weights). */
export const TYPE_WEIGHTS: [IncidentType, number][] = [
  ['armed_clash', 18],
  ['shelling', 14],
  ['militant_attack', 14],
  ['airstrike', 10],
  ['drone_strike', 8],
  ['deportation', 7],
  ['attack_on_post', 6],
  ['suicide_bombing', 5],
  ['talks', 5],
  ['demolition', 3],
  ['policy', 3],
  ['capture_of_post', 2],
  ['ceasefire', 2],
  ['political_change', 2],
  ['ceasefire_collapse', 1],
];

export const PRECISION_WEIGHTS: [LocationPrecision, number][] = [
  ['exact', 30],
  ['town', 25],
  ['district', 15],
  ['province', 10],
  ['border', 8],
  ['country', 7],
  ['unknown', 5],
];

/** Actors, most frequent first (weights fall off like a Zipf law). */
export const ACTORS = [
  'Pakistani armed forces',
  'Afghan Taliban forces',
  'Tehrik-e-Taliban Pakistan (TTP)',
  'Government of Pakistan',
  'Taliban government of Afghanistan',
  'Frontier Corps (Pakistan)',
  'Afghan Taliban border guards',
  'Islamic State Khorasan Province (ISKP)',
  'Hafiz Gul Bahadur group',
  'Lashkar-e-Islam',
  'Balochistan Liberation Army (BLA)',
  'Jamaat-ul-Ahrar',
  'Pakistani police',
  'Counter Terrorism Department (Pakistan)',
  'Khyber Pakhtunkhwa police',
  'Levies (Balochistan)',
  'Unidentified attackers',
  'Unidentified gunmen',
  'Local tribal lashkar',
  'Pakistani Air Force',
  'Inter-Services Public Relations (ISPR)',
  'Afghan Ministry of Defence',
  'Afghan Ministry of Refugees and Repatriation',
  'UNHCR',
  'International Organization for Migration (IOM)',
  'Qatar (mediator)',
  'Turkey (mediator)',
  'Government of China',
  'Government of Iran',
  'Government of India',
  'Ittehad-ul-Mujahideen Pakistan',
  'Tehreek-e-Labbaik Pakistan',
  'Pashtun Tahafuz Movement',
  'Kurram tribal elders',
  'Jirga of North Waziristan elders',
  'Afghan refugees',
  'Pakistani customs officials',
  'Afghan traders',
  'Hizb-ul-Ahrar',
  'Lashkar-e-Jhangvi',
];

export const OUTLETS: [slug: string, name: string][] = [
  ['dawn', 'Dawn'],
  ['tribune', 'The Express Tribune'],
  ['tolonews', 'TOLOnews'],
  ['pajhwok', 'Pajhwok Afghan News'],
  ['reuters', 'Reuters'],
  ['ap', 'Associated Press'],
  ['aljazeera', 'Al Jazeera'],
  ['bbc-urdu', 'BBC Urdu'],
  ['khaama', 'Khaama Press'],
  ['amu', 'Amu TV'],
  ['thenews', 'The News International'],
  ['geo', 'Geo News'],
  ['rferl', 'Radio Free Europe/Radio Liberty'],
  ['diplomat', 'The Diplomat'],
  ['arabnews', 'Arab News'],
];

export const AUTHORS = [
  'Staff reporter',
  'Our correspondent',
  'Ayesha Siddiqa',
  'Ahmad Shah Erfanmal',
  'Saleem Shahid',
  'Ali Akbar',
  'Zia ur Rehman',
  'Lynne O’Donnell',
  'Mushtaq Yusufzai',
  'Abubakar Siddique',
];

export const CLAIM_WHATS = [
  'militants killed',
  'soldiers killed',
  'civilians killed',
  'people injured',
  'border guards killed',
  'homes destroyed',
  'people deported',
  'posts captured',
  'people detained',
];

export const CLAIMANTS = [
  'Inter-Services Public Relations (ISPR)',
  'Taliban spokesman',
  'provincial health officials',
  'local elders',
  'district police chief',
  'UN Assistance Mission in Afghanistan',
  'a hospital official',
  'Afghan Ministry of Defence',
];

export const WORDINGS = ['dozens', 'several', 'hundreds', 'many', 'a number of'];

/** What each type did, as a verb phrase after the actor. */
export const VERBS: Record<IncidentType, string[]> = {
  airstrike: ['carried out airstrikes on hideouts near', 'bombed compounds close to'],
  drone_strike: ['struck a vehicle with a drone near', 'hit a house in a drone strike at'],
  shelling: ['shelled villages around', 'fired mortar rounds across the border at'],
  armed_clash: ['clashed with fighters near', 'exchanged heavy fire with border forces at'],
  attack_on_post: ['attacked a checkpost at', 'stormed a border post outside'],
  capture_of_post: ['captured a border post near', 'took over two checkposts at'],
  militant_attack: ['ambushed a convoy near', 'opened fire on a police patrol in'],
  suicide_bombing: ['sent a suicide bomber to a market in', 'detonated explosives at a gathering in'],
  ceasefire: ['agreed to hold fire around', 'announced a truce covering'],
  ceasefire_collapse: ['broke off the truce around', 'resumed fighting after the ceasefire near'],
  talks: ['met mediators to discuss the crossings at', 'held talks on trade and security about'],
  deportation: ['deported families through the crossing at', 'expelled undocumented migrants via'],
  demolition: ['demolished shops and homes in', 'bulldozed a market near'],
  policy: ['ordered new border rules for', 'closed the trade route through'],
  political_change: ['named a new administration for', 'announced changes affecting'],
  protest: ['gathered to protest the border closure at', 'marched against the deportations in'],
  other: ['was reported in an unclassified incident near', 'was named in a report about'],
};

export const CONTEXT = [
  'Residents said the crossing stayed closed for several days and trucks queued on both sides.',
  'Officials on the other side of the border rejected the account and gave a different toll.',
  'The report could not be verified independently because journalists have no access to the area.',
  'Local elders called for a jirga to settle the dispute over the fencing of the frontier.',
  'Hospitals in the provincial capital received the wounded late in the evening.',
  'Traders complained of losses as fruit and vegetables rotted at the closed gate.',
  'The incident follows weeks of rising tension over the fence and cross-border raids.',
  'Families displaced by the fighting moved to relatives in nearby towns.',
  'A spokesman said investigations were under way and promised a response.',
  'Mobile networks were suspended in the district for two days afterwards.',
];

export const VILLAGES = [
  'Shawal',
  'Angoor Adda',
  'Ghulam Khan',
  'Kharlachi',
  'Nawa Pass',
  'Torkham',
  'Badini',
  'Dand-e-Patan',
  'Zazai Maidan',
  'Gurbaz',
  'Tani',
  'Bermal',
  'Dangam',
  'Sarkano',
  'Marawara',
  'Lalpur',
  'Goshta',
  'Tirah',
  'Bara',
  'Mir Ali',
  'Razmak',
  'Makeen',
  'Ladha',
  'Saragarhi',
  'Toba Achakzai',
  'Qila Saifullah',
];
