/**
 * Compiles the message catalogues (messages/{locale}/*.json, settings in project.inlang) into
 * typed message functions in src/lib/i18n/paraglide (generated, not committed). Run by
 * `npm install` (prepare) and by the Vite plugin while developing.
 */
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE } from './paraglide-options.ts';

await compile(PARAGLIDE);
