// Validates Kubernetes and Istio objects against the schemas published in the npm packages
// kubernetes-models and @kubernetes-models/istio.
// Usage: node validate.mjs FILE...   (each a multi-document YAML file, e.g. `kubectl kustomize` output)
// Prints one line per object, "ok" or "invalid" with the reason, and exits 1 if any is invalid.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

// networking.istio.io/v1 -> @kubernetes-models/istio/networking.istio.io/v1; apps/v1 -> kubernetes-models/apps/v1
const modulePath = (apiVersion) =>
  /\.istio\.io\//.test(apiVersion) ? `@kubernetes-models/istio/${apiVersion}` : `kubernetes-models/${apiVersion}`;

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
