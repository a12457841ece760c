// The redraw benchmark's baseline: the same 20-region choropleth drawn with bare Observable Plot, no app around it.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import topo from '../../../data/reference/kz-regions.topo.json';

const t = topo as unknown as Parameters<typeof feature>[0] & { objects: { regions: Parameters<typeof feature>[1] } };
const features = (feature(t, t.objects.regions) as unknown as { features: { properties: { code: string } }[] })
  .features;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function drawOnce(seed: number): Promise<number> {
  const el = document.getElementById('chart')!;
  const data = features.map((f, i) => ({ ...f, value: ((i * 37 + seed * 11) % 100) / 2 + 30 }));
  const t0 = performance.now();
  const svg = Plot.plot({
    width: 960,
    height: 538,
    projection: {
      type: 'conic-equal-area',
      parallels: [44, 52],
      rotate: [-67, 0],
      domain: { type: 'FeatureCollection', features } as never,
    },
    color: { type: 'quantile', n: 5, scheme: 'blues' },
    marks: [Plot.geo(data, { fill: 'value', stroke: 'white' })],
  });
  el.replaceChildren(svg);
  await frame();
  return performance.now() - t0;
}

const times: number[] = [];
for (let i = 0; i < 60; i++) times.push(await drawOnce(i));
(window as unknown as { result: number[] }).result = times.slice(10);
