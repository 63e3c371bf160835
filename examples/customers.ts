/** The customers the example hosts can switch between (ids from the reference backend's seed data). */
export const EXAMPLE_CUSTOMERS = [
  { id: 'cus-small', label: 'Small Business Ltd (USD)' },
  { id: 'cus-medium', label: 'Medium GmbH (EUR)' },
  { id: 'cus-greek', label: 'Ελληνική Φιλοξενία (EUR)' },
] as const;
