/** One set of Paraglide options for the compile script and the Vite plugin. */
export const PARAGLIDE = {
  project: './project.inlang',
  outdir: './src/lib/i18n/paraglide',
  emitTsDeclarations: true,
  // The atlas owns the language (state/i18n.svelte.ts): no cookie, no URL rewriting.
  strategy: ['globalVariable', 'baseLocale'] as ['globalVariable', 'baseLocale'],
};
