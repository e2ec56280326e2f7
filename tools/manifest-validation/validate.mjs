// Validates Kubernetes, Istio and Gateway API objects against the schemas published in the npm packages
// kubernetes-models, @kubernetes-models/istio and @kubernetes-models/gateway-api; PodMonitoring with
// podmonitoring.mjs.
// Usage: node validate.mjs FILE...   (each a multi-document YAML file, e.g. `kubectl kustomize` output)
// Prints one line per object, "ok" or "invalid" with the reason, and exits 1 if any is invalid.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

// networking.istio.io/v1 -> @kubernetes-models/istio/networking.istio.io/v1; apps/v1 -> kubernetes-models/apps/v1;
// gateway.networking.k8s.io/v1 -> @kubernetes-models/gateway-api/...; monitoring.googleapis.com/v1 -> ./podmonitoring.mjs
const modulePath = (apiVersion) => {
  if (/\.istio\.io\//.test(apiVersion)) return `@kubernetes-models/istio/${apiVersion}`;
  if (apiVersion.startsWith('gateway.networking.k8s.io/')) return `@kubernetes-models/gateway-api/${apiVersion}`;
  if (apiVersion === 'monitoring.googleapis.com/v1') return './podmonitoring.mjs';
  return `kubernetes-models/${apiVersion}`;
};

async function validate(object) {
  const { apiVersion, kind } = object;
  let module;
  try {
    module = await import(modulePath(apiVersion));
  } catch {
    throw new Error(`no published schema for apiVersion ${apiVersion}`);
  }
  const Model = module[kind];
  if (!Model) {
    throw new Error(`no published schema for ${kind} in ${apiVersion}`);
  }
  new Model(object).validate();
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length > 0) {
      console.log(`invalid ${file}: ${document.errors[0].message}`);
      invalid++;
      continue;
    }
    const object = document.toJS();
    if (object === null) {
      continue;
    }
    const name = `${object.apiVersion} ${object.kind} ${object.metadata?.namespace ?? ''}/${object.metadata?.name}`;
    try {
      await validate(object);
      console.log(`ok ${name}`);
    } catch (error) {
      console.log(`invalid ${name}: ${error.message}`);
      invalid++;
    }
  }
}
process.exit(invalid === 0 ? 0 : 1);
