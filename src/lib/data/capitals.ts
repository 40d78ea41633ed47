/**
 * Where an area is drawn: each province at its capital (ACLED's rule). The data build checks
 * every name against GeoNames (scripts/geodata/seats.ts); the incident editor places a province
 * pick here. A district's seat is in provinces.geojson (`seat`).
 */

/** Province (as in provinces.geojson) → its capital (as in places.geojson). */
export const PROVINCE_CAPITALS: Record<string, string> = {
  // Afghanistan: the 22 provinces whose capital is in places.geojson.
  Badakhshan: 'Fayzabad',
  Balkh: 'Mazar-i-Sharif',
  Bamyan: 'Bamyan',
  Farah: 'Farah',
  Ghazni: 'Ghazni',
  Helmand: 'Lashkar Gah',
  Herat: 'Herat',
  Kabul: 'Kabul',
  Kandahar: 'Kandahar',
  Khost: 'Khost',
  Kunar: 'Asadabad',
  Kunduz: 'Kunduz',
  Laghman: 'Mehtar Lam',
  Logar: 'Pul-e Alam',
  Nangarhar: 'Jalalabad',
  Nimroz: 'Zaranj',
  Paktia: 'Gardez',
  Paktika: 'Sharana',
  Parwan: 'Charikar',
  Takhar: 'Taloqan',
  Uruzgan: 'Tarinkot',
  Zabul: 'Qalat',
  // Pakistan: every first-level unit.
  'Azad Jammu and Kashmir': 'Muzaffarabad',
  Balochistan: 'Quetta',
  'Gilgit-Baltistan': 'Gilgit',
  'Islamabad Capital Territory': 'Islamabad',
  'Khyber Pakhtunkhwa': 'Peshawar',
  Punjab: 'Lahore',
  Sindh: 'Karachi',
};
