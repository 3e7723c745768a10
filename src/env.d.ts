/// <reference types="astro/client" />

// The GC Design System's footer texts (src/pipeline/gc-footer.ts checks their shape at build time).
declare module '@gcds-core/components/dist/collection/components/gcds-footer/i18n/i18n.js' {
  const i18n: unknown;
  export default i18n;
}
