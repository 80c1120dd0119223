import { expect, type Locator, type Page } from '@playwright/test';

export interface PrintViewOptions {
  plan?: string;
  preset?: 'deck' | 'onePage';
  paper?: 'A4' | 'Letter' | 'A3';
  orientation?: 'portrait' | 'landscape';
  overview?: boolean;
  teamPages?: boolean;
  title?: string;
  group?: 'none' | 'champion' | 'department' | 'group';
}

/** The Charts page and the chart print view, as a person (or the PDF exporter) uses them. */
export class ChartsScreen {
  readonly chart: Locator;
  readonly zoomLevel: Locator;

  constructor(readonly page: Page) {
    this.chart = page.getByRole('region', { name: /^Org chart of \d+ teams/ });
    this.zoomLevel = page.getByRole('status', { name: 'Zoom level' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/charts');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  }

  /** A team's card on the chart (a link to the team); only cards near the view are drawn. */
  card(name: string): Locator {
    return this.chart.getByRole('link', { name, exact: true });
  }

  /** Finds a team or person with the chart's search and flies to the first match. */
  async find(query: string): Promise<void> {
    const search = this.page.getByRole('combobox', { name: 'Find a team or person' });
    await search.fill(query);
    await expect(this.page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first()).toBeVisible();
    await search.press('Enter');
  }

  /** A group's box on the chart, which collapses and expands it. */
  group(title: string): Locator {
    return this.chart.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) });
  }

  async groupBy(label: 'No grouping' | 'Executive champion' | 'Department' | 'Team group'): Promise<void> {
    await this.page.getByLabel('Group by').selectOption({ label });
  }

  async leaveOut(teamName: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Choose teams/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Choose teams' });
    await dialog.getByRole('checkbox', { name: teamName }).uncheck();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The print view for these options, once its pages are drawn and its fonts loaded. Returns the page count. */
  async openPrintView(options: PrintViewOptions = {}): Promise<number> {
    const query = new URLSearchParams({
      plan: options.plan ?? 'plan:live',
      preset: options.preset ?? 'deck',
      paper: options.paper ?? 'A4',
      orientation: options.orientation ?? 'landscape',
      overview: options.overview === false ? '0' : '1',
      teams: options.teamPages === false ? '0' : '1',
      title: options.title ?? 'Product teams',
      group: options.group ?? 'none',
    });
    await this.page.goto(`/#/print/chart?${query.toString()}`);
    return this.waitForPrintReady();
  }

  /** The status and the page count read in one step: a redraw between two reads would lose the count. */
  async waitForPrintReady(timeout = 60_000): Promise<number> {
    const handle = await this.page.waitForFunction(
      () => {
        const { printStatus, printPages } = document.documentElement.dataset;
        return printStatus === 'ready' && printPages ? Number(printPages) : null;
      },
      null,
      { timeout },
    );
    return Number(await handle.jsonValue());
  }
}
