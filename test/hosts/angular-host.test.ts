// The JIT compiler first: the example is compiled in the browser, as in Angular's own unit tests.
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { BillingPageComponent } from '../../examples/angular/billing-page.component.js';
import { hostBehaviours } from './host-behaviours.js';

describe('Angular host (examples/angular)', () => {
  hostBehaviours(async (container, props) => {
    const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    const host = container.appendChild(document.createElement('billing-page'));
    const component = createComponent(BillingPageComponent, { environmentInjector: app.injector, hostElement: host });
    component.setInput('baseUrl', props.baseUrl);
    component.setInput('headers', props.headers);
    app.attachView(component.hostView);
    return () => app.destroy();
  });
});
