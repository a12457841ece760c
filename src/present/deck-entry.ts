import { fitSlides } from './fit';
import { startPresenter } from './presenter';
import { attachTooltips } from './tooltips';

/** The deck file's script: present the slides with the keyboard, shrink overfull ones, hover tips on the charts. */
const root = document.querySelector<HTMLElement>('[data-deck]');
if (root) {
  startPresenter(root, { lang: root.dataset.lang });
  // After the runtime's styles are in: hidden slides keep their layout (visibility), so each can be measured.
  fitSlides(root);
  attachTooltips(root);
  root.dataset.ready = 'true';
}
