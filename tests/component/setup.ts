// Setup for the `component` vitest project (jsdom): Testing Library matchers, a fake IndexedDB,
// and a clean DOM after every test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
