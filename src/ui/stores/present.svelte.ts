import type { ExportMeta } from '../../charts/export-svg';

/** A page's chart shown on the projector canvas: where it is drawn on the page, and its title, legend and notes. */
export interface ChartShow {
  chart: () => Element | null;
  meta: () => ExportMeta;
}

/** The chart "Present" shows over the page (one slide; Esc leaves), or none. */
class Showing {
  chart = $state.raw<ChartShow | null>(null);

  show(chart: ChartShow) {
    this.chart = chart;
  }

  leave() {
    this.chart = null;
  }
}

/** The app's one chart on show. */
export const showing = new Showing();
