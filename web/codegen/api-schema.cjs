/**
 * Loads the API schema from the composed supergraph: what clients of the
 * gateway see, without the federation's join and link definitions.
 */
const { readFileSync } = require('node:fs');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = function loadApiSchema(pointer) {
  return Supergraph.build(readFileSync(pointer, 'utf8')).apiSchema().toGraphQLJSSchema();
};
