import { mountApp } from '../../examples/react/app.tsx';
import { hostBehaviours } from './host-behaviours.js';

describe('React 19 host (examples/react)', () => {
  hostBehaviours((container, props) => {
    const root = mountApp(container, props);
    return () => root.unmount();
  });
});
