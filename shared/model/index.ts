export * from './common';
export * from './organisation';
export * from './okr';
export * from './settings';
export * from './defaults';
export * from './periods';
