/** Where an entry's figures come from: an imported dataset given the entry's dataset role, else the demo study. */
export function sourceOf(
  imported: { title: string; role?: string | null }[],
  dataset: string | null,
  demo: string,
): { source: string; synthetic: boolean } {
  const own = dataset ? imported.find((d) => d.role === dataset) : undefined;
  return own ? { source: own.title, synthetic: false } : { source: demo, synthetic: true };
}
