/**
 * The REST API's OpenAPI document, for the portal teams who integrate with it: the problem responses
 * every operation can answer ({@link org.learningsociety.workflow.api.openapi.ProblemResponses}) and
 * the Vietnamese examples of every schema ({@link org.learningsociety.workflow.api.openapi.SchemaExamples},
 * kept in {@code examples.json} beside them). Summaries and descriptions come from the controllers'
 * Javadoc, which springdoc reads at run time through therapi-runtime-javadoc
 * ({@link org.learningsociety.workflow.api.openapi.PlainSummaries} makes the summaries plain text). Made by
 * {@link org.learningsociety.workflow.api.openapi.ApiDocumentAutoConfiguration} when springdoc is present.
 */
package org.learningsociety.workflow.api.openapi;
