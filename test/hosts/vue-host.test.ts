import { mountApp } from '../../examples/vue/app.js';
import { hostBehaviours } from './host-behaviours.js';

describe('Vue 3 host (examples/vue)', () => {
  hostBehaviours((container, props) => {
    const app = mountApp(container, props);
    return () => app.unmount();
  });
});
