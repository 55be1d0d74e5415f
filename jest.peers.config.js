/** Peer regression suite: needs ../shared/peers (present in CI); see __tests__/peers/. */
import base from './jest.config.js';
export default { ...base, testPathIgnorePatterns: [], roots: ['<rootDir>/__tests__/peers'] };
