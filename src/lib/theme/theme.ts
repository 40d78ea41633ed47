/** The Durand Line's name and status, in the map's labels and every legend. */
export const DURAND_NAME = 'Durand Line';
export const DURAND_STATUS = 'not recognised by Afghanistan';

/** Colours and fonts of the offline basemap. One object so print and screen can share it. */
export const theme = {
  sea: '#c6d9e4',
  land: '#ebe7df',
  subjectLand: '#faf8f3',
  countryLine: '#7d7468',
  /** De facto lines (Kashmir): held, not agreed. */
  deFactoLine: '#6a5d8c',
  provinceLine: '#bdb5a8',
  focusFill: '#f2c879',
  focusLine: '#b8741a',
  /** The province shading by count, from none to the most. */
  choroplethLow: '#fff5e6',
  choroplethHigh: '#b8741a',
  durand: '#b3261e',
  durandCasing: '#ffffff',
  placeDot: '#2c3540',
  label: '#2c3540',
  labelSoft: '#6b6257',
  halo: '#ffffff',
  fonts: {
    regular: ['Atlas Sans'],
    bold: ['Atlas Sans Bold'],
    italic: ['Atlas Sans Italic'],
  },
} as const;

export type Theme = typeof theme;

/**
 * The ring drawn round the incidents of each imported dataset, in the order datasets are added
 * (the bundled data has none). Dark enough to read against every type colour and the basemap.
 */
export const DATASET_COLOURS = ['#6a3d9a', '#1b7837', '#8c510a', '#2166ac', '#c51b7d', '#01665e'] as const;

/** The ring round each incident of an opened tile archive: apart from the dataset colours. */
export const ARCHIVE_COLOUR = '#2d004b';
