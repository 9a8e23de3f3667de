import body from './body';
import httpCache from './http-cache';

export default { body, 'http-cache': httpCache };
