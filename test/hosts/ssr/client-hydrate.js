// The same page script for an app that loads Lit's hydration support (it must run before Lit itself): the
// elements take over their server markup the same way, and the support module must not get in their way.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './client.js';
