// Setup for the `component` vitest project (jsdom): Testing Library matchers, a fake IndexedDB,
// and a clean DOM after every test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The user's locale, as the end-to-end tests set it: dates read "16 Nov 2026" (renderer/ui/dates.ts).
Object.defineProperty(window.navigator, 'languages', { value: ['en-GB'], configurable: true });

// A 2-core CI box running every suite at once is slow: wait up to 5 s for what appears asynchronously.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
