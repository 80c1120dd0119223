export * from './origins';
export * from './contentSecurityPolicy';
export * from './contentTypes';
export * from './requestPath';
export * from './responseHeaders';
export * from './payloadSize';
export * from './syncServerAddress';
