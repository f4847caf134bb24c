// Runs the Flemish government's own validator for decision publications,
// @lblod/lib-decision-validation (the library behind the LBLOD validatietool), on saved HTML
// pages, offline, and prints one JSON report on stdout:
//
//   node validate_publications.js page1.html page2.html ...
//
// Offline: every request the library (or Comunica inside it) makes is answered with an empty
// document and recorded in `remoteLookups`: the Mandatendatabank lookups of mandataris URIs on
// data.lblod.info, and the JSON-LD context (schema.org) of the page's structured data.
//
// Failing checks are everything the validatietool shows in red: a property of a validated
// resource that is not valid (any maturity level, also the Bonusniveau and properties without
// one), a SHACL-SPARQL result, a class the maturity level needs that is missing, and an optional
// property of a maturity level that is used nowhere in the document. The library means to check
// that last rule itself, but its query does not parse in 1.0.51 (a missing comma in a NOT IN
// list), so it silently finds nothing; this script runs the query as it was meant, for Niveau 1
// and Niveau 3. Missing classes of Niveau 3 are computed here too: the library only looks for
// them once Niveau 2 is reached, which needs the Mandatendatabank.
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');

const remoteLookups = [];

function emptyAnswer(url, accept) {
  remoteLookups.push(url);
  if (/ld\+json/.test(accept) && !/turtle/.test(accept)) {
    return new Response('{"@context": {}}', {
      status: 200,
      headers: { 'content-type': 'application/ld+json' },
    });
  }
  return new Response('', { status: 200, headers: { 'content-type': 'text/turtle' } });
}

// With VALIDATE_AS_IF_REGISTERED=1 a mandataris URI on data.lblod.info is answered with the one
// triple the Mandatendatabank would at least give (that it is a mandaat:Mandataris): what the
// validator sees once a deployment has entered the Mandatendatabank URIs (docs/decisions.md).
const asIfRegistered = process.env.VALIDATE_AS_IF_REGISTERED === '1';
const MANDATARISSEN = /^https?:\/\/data\.lblod\.info\/id\/mandatarissen\//;

globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input.url || String(input);
  const headers = (init && init.headers) || {};
  const accept = String((headers.get ? headers.get('accept') : headers.accept) || '');
  if (asIfRegistered && MANDATARISSEN.test(url)) {
    remoteLookups.push(url);
    const subject = url.replace(/^https:/, 'http:');
    return new Response(`<${subject}> a <http://data.vlaanderen.be/ns/mandaat#Mandataris> .`, {
      status: 200,
      headers: { 'content-type': 'text/turtle' },
    });
  }
  return emptyAnswer(url, accept);
};
for (const module of [http, https]) {
  const refuse = (target) => {
    remoteLookups.push(String((target && (target.href || target.host)) || target));
    throw new Error('offline: no request leaves the machine');
  };
  module.request = refuse;
  module.get = refuse;
}

const validation = require('@lblod/lib-decision-validation');
const utils = require('@lblod/lib-decision-validation/dist/utils');

const MATURITY_ORDER = ['Niveau 0', 'Niveau 1', 'Niveau 2', 'Niveau 3'];

// The library's getMissingOptionalPropertiesOfMaturityLevel query, with the comma it lacks.
function optionalPropertiesQuery(level) {
  return `
    PREFIX sh: <http://www.w3.org/ns/shacl#>
    PREFIX lblodBesluit: <http://lblod.data.gift/vocabularies/besluit/>
    SELECT DISTINCT ?targetClass ?path
    WHERE {
      ?shape a sh:NodeShape ;
        sh:targetClass ?targetClass ;
        sh:property ?prop .
      ?prop lblodBesluit:maturiteitsniveau "${level}" ;
        sh:minCount 0 ;
        sh:path ?path .
      FILTER NOT EXISTS {
        ?instance a ?targetClass ;
          ?path ?propertyValue .
      }
      FILTER (?path NOT IN (<http://data.vlaanderen.be/ns/besluit#heeftOnthouder>,
                            <http://data.vlaanderen.be/ns/besluit#heeftTegenstander>))
    }`;
}

async function runQuery(query, store) {
  const { QueryEngine } = require('@comunica/query-sparql');
  const bindings = await new QueryEngine().queryBindings(query, { sources: [store] });
  return bindings.toArray();
}

async function validateFile(file) {
  const html = fs.readFileSync(file, 'utf8');
  const publication = await validation.getPublicationFromFileContent(html);
  const triples = publication.length;
  const documentType = validation.determineDocumentType(publication);
  if (documentType === 'unknown document type') {
    return { file, documentType, triples, maturity: null, failing: ['geen documenttype gevonden'] };
  }
  const blueprint = await validation.getBlueprintOfDocumentType(documentType);
  const example = validation.getExampleOfDocumentType(documentType);
  // The library adds what it looks up to the publication it is given: keep the page's own.
  const own = publication.slice();
  const result = await validation.validatePublication(publication, blueprint, example);

  const failing = [];
  let checkedProperties = 0;
  for (const collection of result.classes) {
    for (const subject of collection.objects) {
      for (const property of subject.properties || []) {
        if (property.valid === undefined) continue;
        checkedProperties += 1;
        if (!property.valid) {
          failing.push(
            `${collection.className} <${subject.uri}>: ${property.name} (${property.path}), ` +
              `${property.actualCount} gevonden`,
          );
        }
      }
      for (const sparql of subject.sparqlValidationResults || []) {
        failing.push(`${collection.className} <${subject.uri}>: ${sparql.resultMessage}`);
      }
    }
    for (const sparql of collection.sparqlValidationResults || []) {
      failing.push(`${collection.className}: ${sparql.resultMessage}`);
    }
  }

  const store = utils.getStoreFromSPOBindings(own.concat(blueprint));
  const optionalMissing = [];
  for (const level of ['Niveau 1', 'Niveau 3']) {
    for (const row of await runQuery(optionalPropertiesQuery(level), store)) {
      optionalMissing.push(
        `${level}: optionele eigenschap ${row.get('path').value} van klasse ` +
          `${row.get('targetClass').value} wordt nergens gebruikt`,
      );
    }
  }
  const classesMissing = [];
  for (const level of ['Niveau 1', 'Niveau 3']) {
    for (const missing of await utils.getMissingClassesOfMaturityLevel(level, store)) {
      classesMissing.push(`${level}: klasse ${missing} ontbreekt`);
    }
  }
  // The library reports these too when it gets that far; count each only once.
  for (const message of [...optionalMissing, ...classesMissing]) {
    if (!failing.includes(message)) failing.push(message);
  }

  const report = result.maturityLevelReport;
  return {
    file,
    documentType,
    triples,
    checkedProperties,
    maturity: result.maturity,
    maturityRank: MATURITY_ORDER.indexOf(result.maturity),
    failing,
    libraryOptionalPropertiesMissing: report.maturityLevel1Report.missingOptionalProperties.length,
    mandatarissenNotDereferenced: report.maturityLevel2Report.mandatarissenThatAreNotDereferenced,
  };
}

(async () => {
  const documents = [];
  for (const file of process.argv.slice(2)) {
    documents.push(await validateFile(file));
  }
  process.stdout.write(JSON.stringify({ documents, remoteLookups }, null, 1));
})().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(2);
});
