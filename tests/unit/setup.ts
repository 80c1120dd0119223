// Setup for the `unit` vitest project (node environment). Rules tests need nothing here: every rule
// is pure and takes `today` as an argument. Add shared test setup here, not in individual files.
export {};
