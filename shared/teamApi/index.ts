export * from './teamApiPage';
