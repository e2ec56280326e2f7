// A check of Google Cloud Managed Service for Prometheus' PodMonitoring (monitoring.googleapis.com/v1),
// for which no npm package publishes a model. Written for this project after the fields of the
// published CRD that the manifests use; unknown fields are refused, as the API server's strict
// field validation would.
const duration = /^((\d+)(y|w|d|h|m|s|ms))+$/;

function fail(path, message) {
  throw new Error(`${path}: ${message}`);
}

function only(object, path, allowed) {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) fail(path, 'must be an object');
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, 'is not a field of PodMonitoring');
  }
}

function labels(object, path) {
  only(object, path, Object.keys(object));
  for (const [key, value] of Object.entries(object)) {
    if (typeof value !== 'string') fail(`${path}.${key}`, 'must be a string');
  }
}

export class PodMonitoring {
  constructor(object) {
    this.object = object;
  }

  validate() {
    const { spec } = this.object;
    only(this.object, '', ['apiVersion', 'kind', 'metadata', 'spec']);
    only(spec, 'spec', ['endpoints', 'selector', 'targetLabels', 'limits', 'filterRunning']);
    only(spec.selector, 'spec.selector', ['matchLabels', 'matchExpressions']);
    if (spec.selector.matchLabels) labels(spec.selector.matchLabels, 'spec.selector.matchLabels');
    if (!Array.isArray(spec.endpoints) || spec.endpoints.length === 0) fail('spec.endpoints', 'must list at least one endpoint');
    spec.endpoints.forEach((endpoint, index) => {
      const path = `spec.endpoints[${index}]`;
      only(endpoint, path, ['port', 'path', 'scheme', 'interval', 'timeout', 'params', 'metricRelabeling']);
      const portOk = (Number.isInteger(endpoint.port) && endpoint.port > 0 && endpoint.port < 65536)
        || (typeof endpoint.port === 'string' && endpoint.port.length > 0);
      if (!portOk) fail(`${path}.port`, 'must be a port number or name');
      if (typeof endpoint.interval !== 'string' || !duration.test(endpoint.interval)) fail(`${path}.interval`, 'must be a duration such as 30s');
      if (endpoint.timeout !== undefined && !duration.test(endpoint.timeout)) fail(`${path}.timeout`, 'must be a duration such as 10s');
      if (endpoint.path !== undefined && !String(endpoint.path).startsWith('/')) fail(`${path}.path`, 'must start with /');
      if (endpoint.scheme !== undefined && !['http', 'https'].includes(endpoint.scheme)) fail(`${path}.scheme`, 'must be http or https');
    });
  }
}
