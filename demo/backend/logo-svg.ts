/**
 * The demo reseller logo as SVG (Northwind Hosting, 240×64), for resellers whose logo is a drawing: PDFs draw it in
 * the page (a worker cannot draw SVG), and `<notification-settings-form>` warns that e-mail clients do not show it.
 */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">
  <rect x="4" y="8" width="48" height="48" rx="12" fill="#1f4ed8"/>
  <path d="M12 26c8-6 16-6 24 0s16 6 24 0M12 36c8-6 16-6 24 0s16 6 24 0M12 46c8-6 16-6 24 0" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" transform="translate(0 -2) scale(0.9) translate(3 3)"/>
  <text x="64" y="38" font-family="Helvetica, Arial, sans-serif" font-size="26" font-weight="700" fill="#111827">Northwind</text>
  <text x="66" y="54" font-family="Helvetica, Arial, sans-serif" font-size="10" letter-spacing="3" fill="#4b5563">HOSTING</text>
</svg>
`;

/**
 * A logo that tries to run script in every way an SVG can (for tests): drawn as an image, none of it may run.
 * `window.svgLogoRan` is what it would set.
 */
export const HOSTILE_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" onload="window.parent.svgLogoRan = true">
  <script>window.parent.svgLogoRan = true; window.svgLogoRan = true;</script>
  <rect width="100" height="40" fill="#c00"/>
  <image href="javascript:window.svgLogoRan=true" width="1" height="1"/>
</svg>
`;
