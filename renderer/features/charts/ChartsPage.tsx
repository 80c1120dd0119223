import { PageHeader } from '../../ui/PageHeader';

/** The charts feature (org chart and PDF export) fills this page; until then it says so plainly. */
export function ChartsPage() {
  return (
    <>
      <PageHeader title="Charts" summary="Print-quality charts of your teams, their roles, health and shared OKRs." />
      <p>
        Team charts and PDF export are not available in this version yet. Your teams and OKRs are ready for them: everything you
        enter on the Teams and OKRs pages will appear on the charts.
      </p>
    </>
  );
}
