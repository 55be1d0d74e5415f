/** The Ingress rewrite in each style a map can be written in: block, flow, JSON, quoted keys, comments. */
import { fixText } from '../../src/fix/fix-text.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';

const catalog = loadApiCatalog();
const head = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: x\n';
const headV1 = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: x\n';

describe('fixText: Ingress backends and paths in every style', () => {
  it.each([
    {
      name: 'flow backend on one line in a block document',
      before: `${head}spec:\n  backend: {serviceName: web, servicePort: 80}\n`,
      after: `${headV1}spec:\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n`,
    },
    {
      name: 'flow path without path: pathType goes first',
      before: `${head}spec:\n  rules:\n  - http:\n      paths:\n      - {backend: {serviceName: a, servicePort: https}}\n`,
      after: `${headV1}spec:\n  rules:\n  - http:\n      paths:\n      - {pathType: ImplementationSpecific, backend: {service: {name: a, port: {name: https}}}}\n`,
    },
    {
      name: 'single-quoted keys and values keep their quotes',
      before: `${head}spec:\n  rules:\n  - http:\n      paths:\n      - 'path': '/a'\n        'backend':\n          'serviceName': 'web'\n          'servicePort': 80\n`,
      after: `${headV1}spec:\n  rules:\n  - http:\n      paths:\n      - 'path': '/a'\n        'pathType': 'ImplementationSpecific'\n        'backend':\n          'service':\n            'name': 'web'\n            'port':\n              'number': 80\n`,
    },
    {
      name: 'servicePort first, its comment stays with the port',
      before: `${head}spec:\n  backend:\n    servicePort: 80 # the port\n    serviceName: web\n`,
      after: `${headV1}spec:\n  defaultBackend:\n    service:\n      name: web\n      port:\n        number: 80 # the port\n`,
    },
    {
      name: 'a comment after the pair stays after it',
      before: `${head}spec:\n  backend:\n    serviceName: web\n    servicePort: 80 # last\n  # trailing\n`,
      after: `${headV1}spec:\n  defaultBackend:\n    service:\n      name: web\n      port:\n        number: 80 # last\n  # trailing\n`,
    },
    {
      name: 'a pathType already set is kept',
      before: `${head}spec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Exact\n        backend: {serviceName: a, servicePort: 1}\n`,
      after: `${headV1}spec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Exact\n        backend: {service: {name: a, port: {number: 1}}}\n`,
    },
    {
      name: 'JSON path object without path, on lines of its own',
      before: '{"apiVersion": "extensions/v1beta1", "kind": "Ingress", "spec": {"rules": [{"http": {"paths": [\n  {\n    "backend": {"serviceName": "a", "servicePort": 80}\n  }\n]}}]}}\n',
      after: '{"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "spec": {"rules": [{"http": {"paths": [\n  {\n    "pathType": "ImplementationSpecific",\n    "backend": {"service": {"name": "a", "port": {"number": 80}}}\n  }\n]}}]}}\n',
    },
    {
      name: 'an Ingress without spec changes only its apiVersion',
      before: head,
      after: headV1,
    },
    {
      name: 'CRLF JSON keeps CRLF in the new lines',
      before: '{\r\n  "apiVersion": "networking.k8s.io/v1beta1",\r\n  "kind": "Ingress",\r\n  "spec": {\r\n    "backend": {\r\n      "serviceName": "a",\r\n      "servicePort": 80\r\n    }\r\n  }\r\n}\r\n',
      after: '{\r\n  "apiVersion": "networking.k8s.io/v1",\r\n  "kind": "Ingress",\r\n  "spec": {\r\n    "defaultBackend": {\r\n      "service": {\r\n        "name": "a",\r\n        "port": {\r\n          "number": 80\r\n        }\r\n      }\r\n    }\r\n  }\r\n}\r\n',
    },
  ])('$name', ({ before, after }) => {
    const r = fixText(before, '1.35', catalog);
    expect(r.outcomes.map((o) => o.type)).toEqual(['changed']);
    expect(r.text).toBe(after);
  });

  it('leaves a file whose objects cannot be read as YAML', () => {
    const text = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: a}\nmetadata: {name: b}\n';
    const r = fixText(text, '1.35', catalog);
    expect(r.text).toBe(text);
    expect(r.outcomes).toEqual([{ type: 'advice', line: 1, text: 'change apiVersion batch/v1beta1 to batch/v1 (not valid YAML, so not rewritten)' }]);
  });
});
