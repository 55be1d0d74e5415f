/** The configuration file's `addons:` map: add-on releases by name, validated by the schema. */
import { parseConfigText } from '../../src/clusters/config.js';
import { ConfigError } from '../../src/ports/errors.js';

describe('addons in the configuration file', () => {
  it.each<[string, Record<string, string>]>([
    ['addons:\n  cert-manager: "1.14"\n  istio: "1.20"\n', { 'cert-manager': '1.14', istio: '1.20' }],
    ['addons:\n  cert-manager: 1.14\n', { 'cert-manager': '1.14' }],
    ['addons:\n  istio: 1.20\n', { istio: '1.20' }],
    ['addons:\n  cert-manager: v1.5.3\n', { 'cert-manager': 'v1.5.3' }],
    ['addons: {}\n', {}],
  ])('%j is read', (text, addons) => {
    expect(parseConfigText(text, 'cfg.yaml').config.addons).toEqual(addons);
  });

  it.each([
    ['addons:\n  cert-manager: latest\n', /^cfg\.yaml:2: addons\.cert-manager: expected an add-on release MAJOR\.MINOR or MAJOR\.MINOR\.PATCH such as "1\.14", got "latest"/],
    ['addons:\n  istio: 1\n', /^cfg\.yaml:2: addons\.istio: /],
    ['addons: [cert-manager]\n', /^cfg\.yaml:1: addons: /],
  ])('%j is refused with its line', (text, message) => {
    expect(() => parseConfigText(text, 'cfg.yaml')).toThrow(ConfigError);
    try {
      parseConfigText(text, 'cfg.yaml');
    } catch (err) {
      expect((err as Error).message).toMatch(message);
    }
  });
});
