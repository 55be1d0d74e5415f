import pkg from '../../package.json' with { type: 'json' };

export const TOOL: { name: string; version: string } = { name: pkg.name, version: pkg.version };
