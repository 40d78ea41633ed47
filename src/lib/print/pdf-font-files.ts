/**
 * The PDF's font files in the browser: Vite copies them as assets and gives their URLs, and
 * they are fetched only when a PDF is made.
 */
import notoLatin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import notoLatin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import notoLatinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import notoLatinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import vazirmatnArabic400 from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff?url';
import vazirmatnArabic700 from '@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff?url';
import urdu400 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff?url';
import urdu700 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff?url';
import type { FontBytes } from './pdf-fonts.ts';
import { m } from '../i18n/messages.ts';
import { plain } from './words.ts';

/** Every file that `faceSpecs` names in any language, by that name. */
export const FONT_URLS: Record<string, string> = {
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff': notoLatin400,
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff': notoLatin700,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff': notoLatinExt400,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff': notoLatinExt700,
  '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff': vazirmatnArabic400,
  '@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff': vazirmatnArabic700,
  '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff': urdu400,
  '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff': urdu700,
};

export const fetchFontBytes: FontBytes = async (file) => {
  const url = FONT_URLS[file];
  if (!url) throw new Error(m.print_error_font_missing({ file }));
  const response = await fetch(url);
  if (!response.ok) throw new Error(m.print_error_font_load({ file, status: plain(response.status) }));
  return new Uint8Array(await response.arrayBuffer());
};
