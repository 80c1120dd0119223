/** The curated sample organisation: twelve product teams of a mid-sized company's IT. */
export interface SampleTeamSpec {
  key: string;
  name: string;
  service: string;
  mission: string;
  developers: number;
  extras: readonly ('projectManager' | 'architect' | 'systemAdministrator' | 'designer')[];
}

export const SAMPLE_TEAMS: readonly SampleTeamSpec[] = [
  { key: 'payments', name: 'Payments Platform', service: 'Card and bank payments', mission: 'Let customers pay us any way they like, safely and in seconds.', developers: 4, extras: ['architect', 'systemAdministrator'] },
  { key: 'portal', name: 'Customer Portal', service: 'Self-service customer portal', mission: 'Customers solve their own problems without calling us.', developers: 3, extras: ['designer'] },
  { key: 'identity', name: 'Identity & Access', service: 'Single sign-on and access reviews', mission: 'Everyone gets the access they need on day one, and loses it on their last.', developers: 2, extras: [] },
  { key: 'data', name: 'Data Platform', service: 'Analytics warehouse', mission: 'Trusted numbers, one definition, available to every team by morning.', developers: 3, extras: ['architect'] },
  { key: 'field', name: 'Field Service App', service: 'Technician mobile app', mission: 'Technicians fix it on the first visit, with everything they need in their pocket.', developers: 3, extras: ['designer', 'projectManager'] },
  { key: 'billing', name: 'Billing & Invoicing', service: 'Invoicing and collections', mission: 'Every invoice right the first time, paid on time.', developers: 3, extras: [] },
  { key: 'hr', name: 'People Systems', service: 'HR and payroll integrations', mission: 'Hiring, onboarding and payroll that just work for every employee.', developers: 2, extras: ['projectManager'] },
  { key: 'crm', name: 'Sales CRM', service: 'CRM and quoting', mission: 'Sellers spend their time with customers, not with spreadsheets.', developers: 3, extras: [] },
  { key: 'supply', name: 'Supply Chain Visibility', service: 'Order and shipment tracking', mission: 'Know where every order is, and tell the customer before they ask.', developers: 6, extras: ['architect', 'projectManager', 'designer', 'systemAdministrator'] },
  { key: 'web', name: 'Website & Content', service: 'Public website', mission: 'Our website answers questions and wins customers.', developers: 2, extras: ['designer'] },
  { key: 'cloud', name: 'Cloud Infrastructure', service: 'Cloud hosting platform', mission: 'Teams ship to production safely, many times a day.', developers: 3, extras: ['systemAdministrator'] },
  { key: 'servicedesk', name: 'Service Desk', service: 'IT service management', mission: 'Colleagues get help fast, and the same problem never happens twice.', developers: 2, extras: ['systemAdministrator'] },
];

export interface SampleObjectiveSpec {
  key: string;
  title: string;
  owners: readonly string[];
  parent?: string;
  kind?: 'committed' | 'aspirational';
  keyResults: readonly {
    title: string;
    metric: 'increase' | 'decrease' | 'stayAbove' | 'stayBelow' | 'milestone';
    start: number;
    target: number;
    unit: string;
    /** Share of the way to the target reached by today (drives the generated check-ins). */
    pace: number;
  }[];
}

export const SAMPLE_OBJECTIVES: readonly SampleObjectiveSpec[] = [
  { key: 'self-service', title: 'Customers help themselves', owners: ['portal', 'servicedesk', 'crm'], kind: 'committed', keyResults: [
    { title: 'Share of support requests solved in the portal', metric: 'increase', start: 22, target: 45, unit: '%', pace: 0.8 },
    { title: 'Calls to the contact centre per week', metric: 'decrease', start: 4200, target: 3000, unit: 'calls', pace: 0.5 },
    { title: 'Portal satisfaction score stays above 4.2', metric: 'stayAbove', start: 4.1, target: 4.2, unit: 'of 5', pace: 1 },
  ] },
  { key: 'pay-faster', title: 'Get paid faster and with fewer errors', owners: ['billing', 'payments'], parent: 'self-service', keyResults: [
    { title: 'Days sales outstanding', metric: 'decrease', start: 48, target: 38, unit: 'days', pace: 0.3 },
    { title: 'Invoices corrected after sending', metric: 'decrease', start: 6.5, target: 2, unit: '%', pace: 0.7 },
    { title: 'Instant bank payments live for all customers', metric: 'milestone', start: 0, target: 1, unit: '', pace: 0 },
  ] },
  { key: 'trusted-data', title: 'One trusted set of numbers for every decision', owners: ['data', 'crm', 'billing'], kind: 'aspirational', keyResults: [
    { title: 'Board metrics served from the warehouse', metric: 'increase', start: 4, target: 20, unit: 'metrics', pace: 0.9 },
    { title: 'Data incidents per month', metric: 'stayBelow', start: 3, target: 2, unit: 'incidents', pace: 1 },
  ] },
  { key: 'secure-access', title: 'Access is secure and painless', owners: ['identity', 'hr', 'cloud'], keyResults: [
    { title: 'Applications behind single sign-on', metric: 'increase', start: 61, target: 90, unit: '%', pace: 0.6 },
    { title: 'Days to remove access for leavers', metric: 'decrease', start: 9, target: 1, unit: 'days', pace: 0.2 },
    { title: 'Quarterly access review completed', metric: 'milestone', start: 0, target: 1, unit: '', pace: 0 },
  ] },
  { key: 'first-visit', title: 'Fix it on the first visit', owners: ['field', 'supply'], keyResults: [
    { title: 'First-time fix rate', metric: 'increase', start: 71, target: 85, unit: '%', pace: 0.95 },
    { title: 'Parts shortages at the customer site', metric: 'decrease', start: 120, target: 60, unit: 'per month', pace: 0.4 },
  ] },
  { key: 'ship-safely', title: 'Ship to production safely, many times a day', owners: ['cloud'], keyResults: [
    { title: 'Deployments per week', metric: 'increase', start: 35, target: 120, unit: 'deploys', pace: 0.75 },
    { title: 'Change failure rate stays below 10%', metric: 'stayBelow', start: 12, target: 10, unit: '%', pace: 1 },
  ] },
  { key: 'web-leads', title: 'Our website wins customers', owners: ['web', 'crm'], parent: 'trusted-data', keyResults: [
    { title: 'Qualified leads from the website per month', metric: 'increase', start: 300, target: 500, unit: 'leads', pace: 0.55 },
    { title: 'Page load time on mobile', metric: 'decrease', start: 4.8, target: 2.5, unit: 's', pace: 0.9 },
  ] },
  { key: 'onboarding', title: 'New colleagues productive from day one', owners: ['hr', 'identity', 'servicedesk'], keyResults: [
    { title: 'New starters with a working laptop and access on day one', metric: 'increase', start: 55, target: 95, unit: '%', pace: 0.65 },
    { title: 'Onboarding survey score', metric: 'increase', start: 6.1, target: 8, unit: 'of 10', pace: 0.5 },
  ] },
];
