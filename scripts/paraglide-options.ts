/** One set of Paraglide options for the compile script and the Vite plugin. */
export const PARAGLIDE = {
  project: './project.inlang',
  outdir: './src/lib/i18n/paraglide',
  emitTsDeclarations: true,
  // The atlas owns the language (i18n/locale.svelte.ts): no cookie, no URL rewriting.
  strategy: ['globalVariable', 'baseLocale'] as ['globalVariable', 'baseLocale'],
  // One module per message, so a build keeps only the messages it uses. Said outright: the Vite
  // plugin's default while developing is one module per locale, which would make `npm start`
  // and `npm install` write different files.
  outputStructure: 'message-modules' as const,
};
