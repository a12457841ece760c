import { fitSlides } from './fit';

/** The deck file's script: fit each slide to the canvas, then present. */
const root = document.querySelector<HTMLElement>('[data-deck]');
if (root) {
  fitSlides(root);
  root.dataset.ready = 'true';
}
