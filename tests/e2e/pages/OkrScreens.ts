import { expect, type Locator, type Page } from '@playwright/test';

export interface KeyResultFields {
  title: string;
  metric: 'Increase to' | 'Decrease to' | 'Stay above' | 'Stay below' | 'Milestone';
  start?: string;
  target?: string;
  unit?: string;
  weight?: string;
}

export interface CheckInFields {
  value: string;
  confidence: string;
  date?: string;
  note?: string;
}

/** The OKR screens as a person uses them: by role and label, never by CSS class. */
export class OkrScreens {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/#/okrs${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'OKRs' })).toBeVisible();
  }

  async openFromNavigation(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'OKRs' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'OKRs' })).toBeVisible();
  }

  get objectives(): Locator {
    return this.page.getByRole('list', { name: 'Objectives' });
  }

  objectiveCard(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  keyResult(title: string): Locator {
    return this.page.getByRole('list', { name: 'Key results' }).getByRole('article', { name: title });
  }

  async createObjective(fields: { title: string; owners: string[]; description?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New objective' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New objective' });
    await dialog.getByLabel('Objective', { exact: true }).fill(fields.title);
    if (fields.description) await dialog.getByLabel('Description').fill(fields.description);
    const owners = dialog.getByRole('group', { name: 'Owner teams' });
    for (const owner of fields.owners) await owners.getByLabel(owner).check();
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible();
  }

  async addKeyResult(fields: KeyResultFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Add key result' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New key result' });
    await dialog.getByLabel('Key result', { exact: true }).fill(fields.title);
    await dialog.getByLabel('Metric').selectOption({ label: fields.metric });
    if (fields.start !== undefined) await dialog.getByLabel(/^(Start value|Current value)$/).fill(fields.start);
    if (fields.target !== undefined) await dialog.getByLabel(/^(Target value|Line to stay (above|below))$/).fill(fields.target);
    if (fields.unit !== undefined) await dialog.getByLabel('Unit').fill(fields.unit);
    if (fields.weight !== undefined) await dialog.getByLabel('Weight (optional)').fill(fields.weight);
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.keyResult(fields.title)).toBeVisible();
  }

  async openKeyResult(title: string): Promise<void> {
    await this.page.getByRole('link', { name: `Check in on ${title}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get checkInForm(): Locator {
    return this.page.getByRole('form', { name: 'Check in' });
  }

  /** Fills and submits the check-in form; the caller checks the outcome (recorded or refused). */
  async submitCheckIn(fields: CheckInFields): Promise<void> {
    const form = this.checkInForm;
    const value = form.getByLabel(/^New value/);
    if (await value.count()) await value.fill(fields.value);
    else await form.getByLabel('Milestone').selectOption(fields.value);
    await form.getByLabel('Confidence (0–10)').fill(fields.confidence);
    if (fields.date) await form.getByLabel('Date').fill(fields.date);
    if (fields.note) await form.getByLabel('Note').fill(fields.note);
    await form.getByRole('button', { name: 'Record check-in' }).click();
  }

  async checkIn(fields: CheckInFields): Promise<void> {
    await this.submitCheckIn(fields);
    await expect(this.checkInForm.getByRole('status')).toContainText('recorded');
  }

  get checkInRows(): Locator {
    return this.page.getByRole('table', { name: /^Check-ins/ }).getByRole('row');
  }

  get statusPanel(): Locator {
    return this.page.getByRole('region', { name: 'Status' });
  }

  async backToObjective(title: string): Promise<void> {
    await this.page.getByRole('link', { name: `← ${title}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}
