/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:deck-runtime' {
  /** The deck runtime (src/present/deck-entry.ts bundled as one IIFE), served by scripts/deck-runtime.ts. */
  const js: string;
  export default js;
}
