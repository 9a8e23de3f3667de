import fieldPaths from './field-paths';
import httpCache from './http-cache';

export default { 'field-paths': fieldPaths, 'http-cache': httpCache };
